// SPDX-License-Identifier: MIT
// range-generator: the same range as the hand-written iterator, written as
// `async *[Symbol.asyncIterator]()` - the generator form of the protocol.
// Mirrors resources/demos/range-generator.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/js/async_function.hpp"
#include "core/js/async_generator.hpp"
#include "core/js/for_await.hpp"

namespace ys::demos {
namespace {

struct Lines {
    int header, timer, yield, loop, log;
};
const Lines& lines();

// async *[Symbol.asyncIterator]()
AsyncGenerator<std::int64_t> rangeValues(StartLine, Runtime& rt, std::int64_t from, std::int64_t to,
                                         std::int64_t delay)
{
    const Lines& L = lines();
    for (std::int64_t value = from; value <= to; value++) {
        co_await rt.sleep(delay, L.timer); // await new Promise(resolve => setTimeout(resolve, delay));
        co_yield at(L.yield, value);       // yield value;
    }
}

Async<void> run(Runtime& rt, std::int64_t from, std::int64_t to, std::int64_t delay)
{
    const Lines& L = lines();
    ForAwait loop(rt, rangeValues(StartLine{L.header}, rt, from, to, delay), L.loop);
    while (auto value = co_await loop.next()) {
        rt.log(L.log, std::to_string(*value)); // console.log(value);
    }
}

} // namespace

const Demo& rangeGenerator()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "range-generator";
        d.title = YS_TRANSLATE_NOOP("Demo", "Range (async generator)");
        d.summary = YS_TRANSLATE_NOOP(
            "Demo", "The range object again, its [Symbol.asyncIterator] written as an async generator.");
        d.shape = DemoShape{
            ProducerKind::AsyncGenerator, "async *[Symbol.asyncIterator]", "yield value;", true, "for await",
            "console.log(value)"};
        d.params = {
            {"from", YS_TRANSLATE_NOOP("Demo", "the first value"), -1'000'000, 1'000'000, {1}},
            {"to", YS_TRANSLATE_NOOP("Demo", "the last value"), -1'000'000, 1'000'000, {5}},
            {"delay",
             YS_TRANSLATE_NOOP("Demo", "milliseconds waited before each value"),
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
    const Demo& d = rangeGenerator();
    static const Lines l{d.line("async *[Symbol.asyncIterator]"), d.line("setTimeout(resolve"),
                         d.line("yield value;"), d.line("for await"), d.line("console.log(value)")};
    return l;
}
} // namespace

} // namespace ys::demos
