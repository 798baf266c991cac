// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary source fed to the embedded engine's host. Any input must be
// refused by checkSource, fail to compile, or run to an outcome within its limits - never crash
// the host, never hang it, never leave a trace whose events go back in time.
#include "core/script/script_engine.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

// The engine's one-time start-up (its caches live as long as the process) happens before the
// first input, so the leak check of each input sees only what that input leaves behind.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    for (const char* warmUp : {"1;", "for (;;\n", "(async function* () { yield 1; })().next();"}) {
        ys::Trace trace;
        ys::script::runScript(warmUp, trace);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view source(reinterpret_cast<const char*>(data), size);
    if (!ys::script::checkSource(source).empty()) return 0;
    ys::script::Limits limits;
    limits.wallTime = std::chrono::milliseconds(300);
    limits.jobs = 20'000;
    limits.timers = 2'000;
    limits.events = 20'000;
    ys::Trace trace;
    const ys::script::Result result = ys::script::runScript(source, trace, {}, limits);
    if (result.outcome == ys::script::Outcome::SyntaxError && !trace.empty()) std::abort(); // nothing may run
    for (std::size_t seq = 1; seq < trace.size(); ++seq) {
        if (trace[seq].t < trace[seq - 1].t) std::abort();
    }
    if (result.outcome != ys::script::Outcome::Finished && ys::script::describe(result).empty()) std::abort();
    return 0;
}
