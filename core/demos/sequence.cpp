// SPDX-License-Identifier: MIT
// sequence: asyncSequence yields promises that a timer resolves; an async generator's yield
// awaits the promise it yields, so the loop receives numbers, one per `ms`.
// Mirrors resources/demos/sequence.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/js/async_function.hpp"
#include "core/js/async_generator.hpp"
#include "core/js/for_await.hpp"

namespace ys::demos {
namespace {

struct Lines {
    int header, yield, timer, loop, log;
};
const Lines& lines();

// async function* asyncSequence(start, end)
AsyncGenerator<std::int64_t> asyncSequence(StartLine, Runtime& rt, std::int64_t start, std::int64_t end,
                                           std::int64_t ms)
{
    const Lines& L = lines();
    for (std::int64_t i = start; i <= end; i++) {
        // yield new Promise((resolve, reject) => { setTimeout(() => { resolve(i); }, ms); });
        co_yield at(L.yield, rt.operation<std::int64_t>(Operation::timer(ms), L.timer, ms, i));
    }
}

Async<void> run(Runtime& rt, std::int64_t start, std::int64_t end, std::int64_t ms)
{
    const Lines& L = lines();
    ForAwait loop(rt, asyncSequence(StartLine{L.header}, rt, start, end, ms), L.loop); // let seq = ...
    while (auto num = co_await loop.next()) {
        rt.log(L.log, std::to_string(*num)); // console.log(num);
    }
}

} // namespace

const Demo& sequence()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "sequence";
        d.title = YS_TRANSLATE_NOOP("Demo", "Yielding promises");
        d.summary = YS_TRANSLATE_NOOP(
            "Demo", "An async generator that yields promises: each yield waits for its promise.");
        d.shape = DemoShape{ProducerKind::AsyncGenerator,
                            "async function* asyncSequence",
                            "}, {{ms}});",
                            true,
                            "for await",
                            "console.log(num)"};
        d.params = {
            {"start", YS_TRANSLATE_NOOP("Demo", "the first number"), -1'000'000, 1'000'000, {1}},
            {"end", YS_TRANSLATE_NOOP("Demo", "the last number"), -1'000'000, 1'000'000, {5}},
            {"ms", YS_TRANSLATE_NOOP("Demo", "milliseconds each promise takes"), 0, 86'400'000, {1000}},
        };
        d.start = [](Runtime& rt, const Params& p) {
            run(rt, p.integer("start"), p.integer("end"), p.integer("ms"));
        };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = sequence();
    static const Lines l{d.line("async function* asyncSequence"), d.line("yield new Promise"),
                         d.line("setTimeout(() =>"), d.line("for await"), d.line("console.log(num)")};
    return l;
}
} // namespace

} // namespace ys::demos
