// SPDX-License-Identifier: MIT
// range: a hand-written async iterable; its iterator's `async next()` waits `delay` ms, then
// returns {done: false, value: current++} while current <= last, else {done: true}.
// Mirrors resources/demos/range.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/js/async_function.hpp"
#include "core/js/for_await.hpp"

namespace ys::demos {
namespace {

struct Lines {
    int next, timer, value, loop, log;
};
const Lines& lines();

// The object returned by range[Symbol.asyncIterator]().
struct RangeIterator {
    using value_type = std::int64_t;
    using Result = IterResult<std::int64_t>;

    Runtime* rt;
    std::int64_t current; // current: this.from
    std::int64_t last;    // last: this.to
    std::int64_t delay;

    // async next()
    Promise<Result> next() { return nextBody(StartLine{lines().next}).promise(); }

    Async<Result, Actor::Producer> nextBody(StartLine)
    {
        const Lines& L = lines();
        co_await rt->sleep(delay, L.timer); // await new Promise(resolve => setTimeout(resolve, delay));
        if (current <= last) {
            const std::uint32_t id = rt->valueId(current);
            rt->record(Actor::Producer, Kind::Yielded, L.value, id);
            co_return Result{current++, false, id}; // return {done: false, value: this.current++};
        }
        co_return Result{std::nullopt, true}; // return {done: true};
    }
};

// (async () => { for await (let value of range) console.log(value); })()
Async<void> run(Runtime& rt, std::int64_t from, std::int64_t to, std::int64_t delay)
{
    const Lines& L = lines();
    ForAwait loop(rt, RangeIterator{&rt, from, to, delay}, L.loop);
    while (auto value = co_await loop.next()) {
        rt.log(L.log, std::to_string(*value)); // console.log(value);
    }
}

} // namespace

const Demo& range()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "range";
        d.title = YS_TRANSLATE_NOOP("Demo", "Range (hand-written iterator)");
        d.summary = YS_TRANSLATE_NOOP(
            "Demo",
            "An object with [Symbol.asyncIterator]() whose async next() waits, then returns {done, value}.");
        d.shape =
            DemoShape{ProducerKind::IteratorNext, "async next()", "return {done: true};", true, "for await",
                      "console.log(value)"};
        d.params = {
            {"from", YS_TRANSLATE_NOOP("Demo", "the first value"), -1'000'000, 1'000'000, {1}},
            {"to", YS_TRANSLATE_NOOP("Demo", "the last value"), -1'000'000, 1'000'000, {5}},
            {"delay",
             YS_TRANSLATE_NOOP("Demo", "milliseconds next() waits before answering"),
             0,
             86'400'000,
             {1000}},
        };
        d.start = [](Runtime& rt, const Params& p) {
            run(rt, p.integer("from"), p.integer("to"), p.integer("delay"));
        };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = range();
    static const Lines l{d.line("async next()"), d.line("setTimeout(resolve"), d.line("return {done: false"),
                         d.line("for await"), d.line("console.log(value)")};
    return l;
}
} // namespace

} // namespace ys::demos
