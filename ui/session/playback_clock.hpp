// SPDX-License-Identifier: MIT
// What a Player waits with between events. By default it is the player's own timer; a test
// gives it a clock it advances by hand, so pacing and speed are checked without waiting.
#pragma once

#include <functional>

namespace ys::ui {

class PlaybackClock {
public:
    PlaybackClock() = default;
    PlaybackClock(const PlaybackClock&) = delete;
    PlaybackClock& operator=(const PlaybackClock&) = delete;
    virtual ~PlaybackClock() = default;

    // Calls `due` once, `ms` milliseconds from now; a call still pending is dropped.
    virtual void callAfter(int ms, std::function<void()> due) = 0;
    // Drops the pending call, if any.
    virtual void cancel() = 0;
};

} // namespace ys::ui
