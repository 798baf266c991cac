// SPDX-License-Identifier: MIT
#include "core/js/event_loop.hpp"

#include <algorithm>

namespace ys {

void EventLoop::addTimer(std::int64_t delay, Job* job)
{
    timers_.push_back(Timer{now_ + std::max<std::int64_t>(delay, 0), timerOrder_++, job});
    std::push_heap(timers_.begin(), timers_.end(), later);
}

bool EventLoop::runOne()
{
    if (Job* job = microtasks_.popFront()) {
        job->run();
        return true;
    }
    if (timers_.empty()) return false;
    std::pop_heap(timers_.begin(), timers_.end(), later);
    const Timer timer = timers_.back();
    timers_.pop_back();
    now_ = timer.due;
    timer.job->run();
    return true;
}

void EventLoop::clear()
{
    microtasks_.discardAll();
    for (Timer& timer : timers_)
        timer.job->discard();
    timers_.clear();
}

} // namespace ys
