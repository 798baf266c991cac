// SPDX-License-Identifier: MIT
#include "ui/recording/frame_schedule.hpp"

#include "core/trace/trace.hpp"
#include "ui/session/player.hpp"

#include <algorithm>

namespace ys::ui {
namespace {

std::vector<std::int64_t> timesOf(const Trace& trace)
{
    std::vector<std::int64_t> times;
    times.reserve(trace.size());
    for (std::size_t seq = 0; seq < trace.size(); ++seq)
        times.push_back(trace[seq].t);
    return times;
}

} // namespace

FrameSchedule::FrameSchedule(const Trace& trace, int fps, double speed)
    : FrameSchedule(timesOf(trace), fps, speed)
{
}

FrameSchedule::FrameSchedule(const std::vector<std::int64_t>& eventTimes, int fps, double speed)
    : fps_(std::max(1, fps))
{
    stepAtMs_.reserve(eventTimes.size());
    std::int64_t at = 0;
    for (std::size_t seq = 0; seq < eventTimes.size(); ++seq) {
        // Play from the start waits as if the event before the first were at its time.
        const std::int64_t previous = seq == 0 ? eventTimes[0] : eventTimes[seq - 1];
        at += Player::waitMs(previous, eventTimes[seq], speed);
        stepAtMs_.push_back(at);
    }
    durationMs_ = at + kEndHoldMs;
    // Frames at 0, 1000/fps, 2000/fps, ... strictly before the end.
    frameCount_ = (durationMs_ * fps_ + 999) / 1000;
}

FrameSchedule::Frame FrameSchedule::frame(std::int64_t index) const
{
    // Compared as index * 1000 against ms * fps: exact, no rounding of 1000 / fps.
    const std::int64_t scaledNow = index * 1000;
    const auto shownEnd =
        std::upper_bound(stepAtMs_.begin(), stepAtMs_.end(), scaledNow,
                         [this](std::int64_t now, std::int64_t at) { return now < at * fps_; });
    Frame f;
    f.shown = static_cast<std::size_t>(shownEnd - stepAtMs_.begin());
    const std::int64_t since = f.shown == 0 ? 0 : stepAtMs_[f.shown - 1];
    f.sinceStepMs = (scaledNow - since * fps_) / fps_;
    return f;
}

std::int64_t recordingFrameCount(const Trace& trace, int fps, double speed)
{
    return FrameSchedule(trace, fps, speed).frameCount();
}

} // namespace ys::ui
