// SPDX-License-Identifier: MIT
// When each frame of a recording is taken, and what it shows: the run played as the Player
// paces it (Player::waitMs at the chosen speed), sampled at a fixed frame rate on a virtual
// clock. Frame k is taken k / fps seconds after Play is pressed at the start of the run; the
// last event then stays on screen for kEndHoldMs. The schedule is pure arithmetic on integer
// milliseconds, so the same trace, fps and speed always give the same frames.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ys {
class Trace;
} // namespace ys

namespace ys::ui {

class FrameSchedule {
public:
    // How long the last event stays on screen at the end of a recording, in real ms.
    static constexpr std::int64_t kEndHoldMs = 2000;

    FrameSchedule(const Trace& trace, int fps, double speed);
    // The same from the events' virtual times (ms), in order.
    FrameSchedule(const std::vector<std::int64_t>& eventTimes, int fps, double speed);

    struct Frame {
        std::size_t shown = 0;        // events shown: 0 before the first, else cursor + 1
        std::int64_t sinceStepMs = 0; // real ms since the last of them appeared (or since Play)
    };

    std::int64_t frameCount() const { return frameCount_; }
    // Real milliseconds from Play to the end of the recording.
    std::int64_t durationMs() const { return durationMs_; }
    int fps() const { return fps_; }
    // What frame `index` (0 .. frameCount() - 1) shows.
    Frame frame(std::int64_t index) const;
    // Real ms after Play at which event `seq` appears.
    std::int64_t stepAtMs(std::size_t seq) const { return stepAtMs_[seq]; }

private:
    std::vector<std::int64_t> stepAtMs_;
    int fps_ = 1;
    std::int64_t durationMs_ = 0;
    std::int64_t frameCount_ = 0;
};

// The number of frames a recording of `trace` at `fps` and `speed` has.
std::int64_t recordingFrameCount(const Trace& trace, int fps, double speed);

} // namespace ys::ui
