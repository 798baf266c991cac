// SPDX-License-Identifier: MIT
// A playback clock the test advances by hand: pacing and speed are checked without waiting.
#pragma once

#include "ui/session/playback_clock.hpp"

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

class FakePlaybackClock : public ys::ui::PlaybackClock {
public:
    void callAfter(int ms, std::function<void()> due) override
    {
        due_ = std::move(due);
        dueAt_ = now_ + ms;
        waits_.push_back(ms);
    }
    void cancel() override { due_ = nullptr; }

    bool pending() const { return static_cast<bool>(due_); }
    std::int64_t now() const { return now_; }
    // Every wait asked for, in order.
    const std::vector<int>& waits() const { return waits_; }

    // Lets `ms` pass, making the calls that fall due meanwhile.
    void advance(std::int64_t ms)
    {
        const std::int64_t until = now_ + ms;
        while (due_ && dueAt_ <= until) {
            now_ = dueAt_;
            std::exchange(due_, nullptr)();
        }
        now_ = until;
    }
    // Lets time pass until nothing is pending (at most `limit` calls); the time that took.
    std::int64_t runUntilIdle(int limit = 1'000'000)
    {
        const std::int64_t start = now_;
        while (due_ && limit-- > 0) {
            now_ = dueAt_;
            std::exchange(due_, nullptr)();
        }
        return now_ - start;
    }

private:
    std::function<void()> due_;
    std::int64_t dueAt_ = 0;
    std::int64_t now_ = 0;
    std::vector<int> waits_;
};
