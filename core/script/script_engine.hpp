// SPDX-License-Identifier: MIT
// A program of the learner's own, run on an embedded JavaScript engine (SpiderMonkey) on the
// same virtual clock as the demos, recording into the same Trace the C++ engine writes.
//
// The engine lives on a thread of its own (its context is bound to one thread); runScript
// hands the program over and waits. One promise job runs at a time; timers fire in order of
// due time, then creation, and only when no job is left. The program's globals and the
// simulated sources are documented in docs/SCRIPTS.md.
#pragma once

#include "core/trace/trace.hpp"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ys {
class Params;
}

namespace ys::script {

// How far a program may go before it is stopped as runaway.
struct Limits {
    std::chrono::milliseconds wallTime{2000};
    std::uint64_t jobs = 5'000'000;                      // promise jobs run
    std::int64_t virtualMs = 400LL * 86'400'000;         // the clock's reach: 400 days
    std::uint64_t timers = 1'000'000;                    // timers created
    std::size_t residentGrowth = std::size_t{768} << 20; // process memory grown during the run
    std::size_t events = 20'000'000;                     // events recorded
    // Set from another thread to stop the run (the window's Stop); checked with the wall time.
    const std::atomic<bool>* stopRequested = nullptr;
};

// The settings of the simulated sources (fetch, the byte stream, the socket's pace, magic()).
// A demo's listing runs with its parameters here; a program of one's own with the defaults.
struct World {
    std::int64_t users = 20;
    std::int64_t pageSize = 5;
    std::int64_t latency = 300;          // ms a fetch takes
    std::vector<std::int64_t> latencies; // "/a.json" takes latencies[0] ms, "/b.json" [1], ...
    std::int64_t chunkSize = 8;          // bytes a chunk of the stream "/text" holds
    std::int64_t interval = 100;         // ms between two chunks
    std::int64_t step = 100;             // ms magic(i) takes
    bool wrapSyncLoops = false;          // record plain for...of loops too (the sync demo)
};

// The world a demo's listing runs in: its parameters applied to the simulated sources.
World worldFor(const Params& params);

enum class Outcome {
    Finished,    // ran to the end
    Uncaught,    // an error nobody caught (recorded as an error event)
    SyntaxError, // did not compile: nothing ran
    Stopped,     // runaway: stopped by a limit
};

struct Result {
    Outcome outcome = Outcome::Finished;
    std::string message; // the error in the engine's words, or why the run was stopped
    int line = 0;        // 1-based, 0 when unknown
    int column = 0;      // 1-based, 0 when unknown
    std::uint64_t jobs = 0;
};

// Runs `source` (UTF-8) to its end, appending its events to `trace` (listeners of the trace
// hear them on the engine's thread). Never throws for anything the program does.
Result runScript(std::string_view source, Trace& trace, const World& world = {}, const Limits& limits = {});

// One sentence for a result that is not Finished ("Line 3, column 7: missing ; before statement").
std::string describe(const Result& result);

// The largest program accepted, in bytes.
inline constexpr std::size_t kMaxSourceBytes = std::size_t{1} << 20;

// Bad program files: one line, or empty when `bytes` can be run (not over kMaxSourceBytes, UTF-8).
std::string checkSource(std::string_view bytes);

} // namespace ys::script
