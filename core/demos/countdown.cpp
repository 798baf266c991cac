// SPDX-License-Identifier: MIT
// countdown: an async generator that waits `ms` before each value, consumed by for await.
// Mirrors resources/demos/countdown.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/js/async_function.hpp"
#include "core/js/async_generator.hpp"
#include "core/js/for_await.hpp"

namespace ys::demos {
namespace {

struct Lines {
    int header, timer, yield, loop, log, liftoff;
};

// async function* countdown(from, ms)
AsyncGenerator<std::int64_t> countdownGen(StartLine, Runtime& rt, const Lines& L, std::int64_t from,
                                          std::int64_t ms)
{
    for (std::int64_t n = from; n > 0; n--) {
        co_await rt.sleep(ms, L.timer); // await new Promise((r) => setTimeout(r, ms));
        co_yield at(L.yield, n);        // yield n;
    }
}

// async function main()
Async<void> mainFn(Runtime& rt, const Lines& L, std::int64_t from, std::int64_t ms)
{
    ForAwait loop(rt, countdownGen(StartLine{L.header}, rt, L, from, ms), L.loop);
    while (auto n = co_await loop.next()) {
        rt.log(L.log, std::to_string(*n)); // console.log(n);
    }
    rt.log(L.liftoff, "liftoff"); // console.log("liftoff");
}

const Lines& lines();

} // namespace

const Demo& countdown()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "countdown";
        d.title = YS_TRANSLATE_NOOP("Demo", "Countdown");
        d.summary = YS_TRANSLATE_NOOP(
            "Demo", "An async generator waits before each value; for await receives them one by one.");
        d.shape = DemoShape{ProducerKind::AsyncGenerator,
                            "async function* countdown",
                            "yield n;",
                            true,
                            "for await",
                            "console.log(n)"};
        d.params = {
            {"from", YS_TRANSLATE_NOOP("Demo", "the number counted down from"), 0, 1'000'000, {3}},
            {"ms", YS_TRANSLATE_NOOP("Demo", "milliseconds waited before each number"), 0, 86'400'000, {500}},
        };
        d.start = [](Runtime& rt, const Params& p) {
            mainFn(rt, lines(), p.integer("from"), p.integer("ms")); // main();
        };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = countdown();
    static const Lines l{d.line("async function* countdown"),
                         d.line("setTimeout(r, ms)"),
                         d.line("yield n;"),
                         d.line("for await"),
                         d.line("console.log(n)"),
                         d.line("console.log(\"liftoff\")")};
    return l;
}
} // namespace

} // namespace ys::demos
