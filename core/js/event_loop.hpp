// SPDX-License-Identifier: MIT
// A deterministic, single-threaded event loop on a virtual clock, with JavaScript's ordering:
// a macrotask (a timer) runs only when the microtask queue is empty, and every microtask
// queued while running - including chains of them - runs before the next macrotask.
// Timers with the same due time fire in the order they were created. Nothing sleeps.
#pragma once

#include "core/js/job.hpp"

#include <cstdint>
#include <vector>

namespace ys {

class EventLoop : public OwnedJobs {
public:
    EventLoop() = default;
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;
    ~EventLoop() { clear(); }

    std::int64_t now() const { return now_; }

    void enqueueMicrotask(Job* job) { microtasks_.pushBack(job); }
    void enqueueMicrotasks(JobList& jobs) { microtasks_.spliceBack(jobs); }

    // Runs `job` as a macrotask `delay` virtual ms from now. The loop owns the job until it runs:
    // it must be a self-deleting job (see makeJob(loop, fn)).
    void addTimer(std::int64_t delay, Job* job);

    // Runs exactly one job: the next microtask, or else the next timer (advancing the clock).
    // Returns false when there is nothing left to run.
    bool runOne();

    bool idle() const { return microtasks_.empty() && timers_.empty(); }
    std::size_t pendingTimers() const { return timers_.size(); }

    // Drops every pending job and timer without running it, and deletes every job the loop
    // owns wherever it waits.
    void clear();

private:
    struct Timer {
        std::int64_t due;
        std::uint64_t order;
        Job* job;
    };
    static bool later(const Timer& a, const Timer& b)
    {
        return a.due != b.due ? a.due > b.due : a.order > b.order;
    }

    std::int64_t now_ = 0;
    std::uint64_t timerOrder_ = 0;
    JobList microtasks_;
    std::vector<Timer> timers_; // a min-heap by (due, order)
};

} // namespace ys
