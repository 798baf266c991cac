// SPDX-License-Identifier: MIT
// cleanup: withCleanup() yields 1 and 2 inside try/finally; the consumer breaks after
// `breakAfter` values, and the hidden return() -> finally -> done path of `break` runs.
// Mirrors resources/demos/cleanup.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/js/async_function.hpp"
#include "core/js/async_generator.hpp"
#include "core/js/for_await.hpp"

#include <exception>

namespace ys::demos {
namespace {

struct Lines {
    int header, yield1, yield2, finally, log, loop, value, breakLine;
};
const Lines& lines();

// async function* withCleanup()
AsyncGenerator<std::int64_t> withCleanup(StartLine, Runtime& rt)
{
    const Lines& L = lines();
    std::exception_ptr unwinding; // try { ... } finally { ... }: the finally runs on every path
    try {
        co_yield at(L.yield1, std::int64_t{1}); // yield 1;
        co_yield at(L.yield2, std::int64_t{2}); // yield 2;
    } catch (...) {
        unwinding = std::current_exception();
    }
    rt.record(Actor::Producer, Kind::Cleanup, L.finally); // } finally {
    rt.log(L.log, "cleanup ran");                         // console.log("cleanup ran");
    if (unwinding) std::rethrow_exception(unwinding);
}

// async function main()
Async<void> mainFn(Runtime& rt, std::int64_t breakAfter)
{
    const Lines& L = lines();
    std::int64_t count = 0;
    ForAwait loop(rt, withCleanup(StartLine{L.header}, rt), L.loop);
    while (auto value = co_await loop.next()) {
        rt.log(L.value, std::to_string(*value));       // console.log(value);
        if (breakAfter > 0 && ++count == breakAfter) { // if (++count === breakAfter) break;
            co_await loop.close(L.breakLine);
            break;
        }
    }
}

} // namespace

const Demo& cleanup()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "cleanup";
        d.title = YS_TRANSLATE_NOOP("Demo", "Cleanup on break");
        d.summary = YS_TRANSLATE_NOOP(
            "Demo", "Breaking out of for await calls return(): the generator's finally block runs.");
        d.params = {{"breakAfter",
                     YS_TRANSLATE_NOOP("Demo", "values read before the loop breaks (0: read all)"),
                     0,
                     3,
                     {1}}};
        d.shape = DemoShape{ProducerKind::AsyncGenerator,
                            "async function* withCleanup",
                            "console.log(\"cleanup ran\")",
                            true,
                            "for await",
                            "{{breakLine}}"};
        d.params = {{"breakAfter", "values read before the loop breaks (0: read all)", 0, 3, {1}}};
        d.placeholder = [](std::string_view key, const Params& p) -> std::string {
            if (key != "breakLine") return p.text(key);
            const std::int64_t n = p.integer("breakAfter");
            if (n == 0) return "// no break: the loop reads every value";
            return "if (++count === " + std::to_string(n) + ") break;";
        };
        d.start = [](Runtime& rt, const Params& p) { mainFn(rt, p.integer("breakAfter")); };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = cleanup();
    static const Lines l{d.line("async function* withCleanup"),
                         d.line("yield 1;"),
                         d.line("yield 2;"),
                         d.line("} finally {"),
                         d.line("console.log(\"cleanup ran\")"),
                         d.line("for await"),
                         d.line("console.log(value)"),
                         d.line("{{breakLine}}")};
    return l;
}
} // namespace

} // namespace ys::demos
