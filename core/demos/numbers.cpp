// SPDX-License-Identifier: MIT
// numbers: the generator yields index, then awaits magic(index) from the server (index + 1
// after `step` ms), and stops when index passes 10.
// Mirrors resources/demos/numbers.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/js/async_function.hpp"
#include "core/js/async_generator.hpp"
#include "core/js/for_await.hpp"

namespace ys::demos {
namespace {

struct Lines {
    int header, yield, magic, loop, log;
};
const Lines& lines();

// The server's magic(index): index + 1 after `step` ms.
Await<std::int64_t> magic(Runtime& rt, std::int64_t index, std::int64_t step, int line)
{
    return at(line, rt.operation<std::int64_t>(Operation::other("magic(" + std::to_string(index) + ")"), line,
                                               step, index + 1));
}

// async function* numbers()
AsyncGenerator<std::int64_t> numbersGen(StartLine, Runtime& rt, std::int64_t step)
{
    const Lines& L = lines();
    std::int64_t index = 1;
    while (true) {
        co_yield at(L.yield, index);                      // yield index;
        index = co_await magic(rt, index, step, L.magic); // index = await magic(index);
        if (index > 10) break;
    }
}

Async<void> mainFn(Runtime& rt, std::int64_t step)
{
    const Lines& L = lines();
    ForAwait loop(rt, numbersGen(StartLine{L.header}, rt, step), L.loop);
    while (auto num = co_await loop.next()) {
        rt.log(L.log, std::to_string(*num)); // console.log(num);
    }
}

} // namespace

const Demo& numbers()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "numbers";
        d.title = YS_TRANSLATE_NOOP("Demo", "Numbers from a server");
        d.summary =
            YS_TRANSLATE_NOOP("Demo", "An async generator awaits the server's magic() between yields.");
        d.params = {{"step",
                     YS_TRANSLATE_NOOP("Demo", "milliseconds the server takes to answer"),
                     0,
                     86'400'000,
                     {100}}};
        d.shape = DemoShape{ProducerKind::AsyncGenerator,
                            "async function* numbers",
                            "break;",
                            true,
                            "for await",
                            "console.log(num)"};
        d.params = {{"step", "milliseconds the server takes to answer", 0, 86'400'000, {100}}};
        d.start = [](Runtime& rt, const Params& p) { mainFn(rt, p.integer("step")); };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = numbers();
    static const Lines l{d.line("async function* numbers"), d.line("yield index;"),
                         d.line("await magic(index)"), d.line("for await"), d.line("console.log(num)")};
    return l;
}
} // namespace

} // namespace ys::demos
