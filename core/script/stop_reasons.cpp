// SPDX-License-Identifier: MIT
// The limits a run is held to: why it was stopped, in words, and the memory the watchdog reads.
#include "core/script/run.hpp"

#include <cstdio>
#include <unistd.h>

namespace ys::script::host {

std::string stopSentence(Stop stop, const Limits& limits)
{
    switch (stop) {
    case Stop::WallTime:
        return "Stopped after " + std::to_string(limits.wallTime.count()) +
               " ms of real time: the program never finished (an endless loop?).";
    case Stop::Jobs:
        return "Stopped after " + std::to_string(limits.jobs) +
               " promise jobs: the program never stopped queueing work (an endless chain of microtasks?).";
    case Stop::VirtualTime:
        return "Stopped when the virtual clock passed " + std::to_string(limits.virtualMs / 86'400'000) +
               " days: the program never stopped setting timers (an endless chain of timers?).";
    case Stop::Timers:
        return "Stopped after " + std::to_string(limits.timers) +
               " timers: the program never stopped setting timers (an endless chain of timers?).";
    case Stop::Memory:
        return "Stopped when the program had taken " + std::to_string(limits.residentGrowth >> 20) +
               " MiB of memory (an endless allocation?).";
    case Stop::Events:
        return "Stopped after " + std::to_string(limits.events) + " events: the program never finished.";
    case Stop::Requested:
        return "Stopped before the program finished, as asked.";
    case Stop::None:
        break;
    }
    return {};
}

std::size_t residentBytes()
{
    std::FILE* f = std::fopen("/proc/self/statm", "r");
    if (f == nullptr) return 0;
    unsigned long size = 0;
    unsigned long resident = 0;
    const int read = std::fscanf(f, "%lu %lu", &size, &resident);
    std::fclose(f);
    return read == 2 ? resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE)) : 0;
}

Result Run::stopped()
{
    Result r;
    r.outcome = Outcome::Stopped;
    r.message = stopSentence(stop.load(), limits_);
    r.jobs = jobsRun_;
    JS_ClearPendingException(cx_);
    return r;
}

} // namespace ys::script::host
