// SPDX-License-Identifier: MIT
// error: pages() yields 1, 2, ... each after a `ms` timer and throws at `failAt`; the rejection
// travels from the producer to the consumer's try/catch around for await.
// Mirrors resources/demos/error.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/js/async_function.hpp"
#include "core/js/async_generator.hpp"
#include "core/js/for_await.hpp"

namespace ys::demos {
namespace {

struct Lines {
    int header, timer, thrower, yield, loop, log, caught;
};
const Lines& lines();

// async function* pages(failAt, ms)
AsyncGenerator<std::int64_t> pages(StartLine, Runtime& rt, std::int64_t failAt, std::int64_t ms)
{
    const Lines& L = lines();
    for (std::int64_t page = 1;; page++) {
        co_await rt.sleep(ms, L.timer); // await new Promise((r) => setTimeout(r, ms));
        if (page == failAt) throw JsError("page " + std::to_string(failAt) + " failed");
        co_yield at(L.yield, page); // yield page;
    }
}

// async function main()
Async<void> mainFn(Runtime& rt, std::int64_t failAt, std::int64_t ms)
{
    const Lines& L = lines();
    try {
        ForAwait loop(rt, pages(StartLine{L.header}, rt, failAt, ms), L.loop);
        while (auto page = co_await loop.next()) {
            rt.log(L.log, std::to_string(*page)); // console.log(page);
        }
    } catch (const JsError& e) {
        rt.log(L.caught, "caught: " + e.message()); // console.log("caught: " + e.message);
    }
}

} // namespace

const Demo& error()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "error";
        d.title = YS_TRANSLATE_NOOP("Demo", "Errors");
        d.summary = YS_TRANSLATE_NOOP(
            "Demo",
            "An error thrown in the generator rejects next(); try/catch around for await catches it.");
        d.shape =
            DemoShape{ProducerKind::AsyncGenerator, "async function* pages", "yield page;", true, "for await",
                      "console.log(page)"};
        d.params = {
            {"failAt", YS_TRANSLATE_NOOP("Demo", "the page that fails"), 1, 100'000, {3}},
            {"ms", YS_TRANSLATE_NOOP("Demo", "milliseconds before each page"), 0, 86'400'000, {100}},
        };
        d.start = [](Runtime& rt, const Params& p) { mainFn(rt, p.integer("failAt"), p.integer("ms")); };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = error();
    static const Lines l{
        d.line("async function* pages"), d.line("setTimeout(r, ms)"), d.line("throw new Error"),
        d.line("yield page;"),           d.line("for await"),         d.line("console.log(page)"),
        d.line("console.log(\"caught")};
    return l;
}
} // namespace

} // namespace ys::demos
