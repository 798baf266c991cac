// SPDX-License-Identifier: MIT
// sync: the synchronous function* sequence with for...of - the whole run happens in one
// instant, the contrast the tutorials draw with the async protocol.
// Mirrors resources/demos/sync.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/js/sync_generator.hpp"

namespace ys::demos {
namespace {

struct Lines {
    int header, yield, loop, log;
};
const Lines& lines();

// function* sequence(start, end)
Generator<std::int64_t> sequenceGen(StartLine, std::int64_t start, std::int64_t end)
{
    const Lines& L = lines();
    for (std::int64_t i = start; i <= end; i++) {
        co_yield at(L.yield, i); // yield i;
    }
}

void run(Runtime& rt, std::int64_t start, std::int64_t end)
{
    const Lines& L = lines();
    ForOf loop(rt, sequenceGen(StartLine{L.header}, start, end), L.loop); // let seq = sequence(start, end);
    while (auto num = loop.next()) {
        rt.log(L.log, std::to_string(*num)); // console.log(num);
    }
}

} // namespace

const Demo& sync()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "sync";
        d.title = YS_TRANSLATE_NOOP("Demo", "Synchronous generator");
        d.summary =
            YS_TRANSLATE_NOOP("Demo", "function* with for...of: every step happens in the same instant.");
        // A synchronous loop is one macrotask: the engine cannot pause inside it, so a step
        // records all of it. Twenty thousand numbers keep that step short enough for the
        // window to stay responsive (and the timeline readable).
        d.shape = DemoShape{ProducerKind::SyncGenerator, "function* sequence", "yield i;", false,
                            "for (const num of seq)",    "console.log(num)"};
        d.params = {
            {"start", YS_TRANSLATE_NOOP("Demo", "the first number"), -10'000, 10'000, {1}},
            {"end", YS_TRANSLATE_NOOP("Demo", "the last number"), -10'000, 10'000, {5}},
        };
        d.start = [](Runtime& rt, const Params& p) { run(rt, p.integer("start"), p.integer("end")); };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = sync();
    static const Lines l{d.line("function* sequence"), d.line("yield i;"), d.line("for (const num of seq)"),
                         d.line("console.log(num)")};
    return l;
}
} // namespace

} // namespace ys::demos
