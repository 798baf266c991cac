// SPDX-License-Identifier: MIT
#include "player.hpp"

#include "run_session.hpp"

#include <algorithm>
#include <cmath>

namespace ys::ui {

Player::Player(RunSession& session, QObject* parent) : QObject(parent), session_(session)
{
    timer_.setSingleShot(true);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &Player::advance);
    // A new run, or a jump to the end, ends playback.
    connect(&session_, &RunSession::runStarted, this, &Player::pause);
    connect(&session_, &RunSession::jumpingChanged, this, [this](bool jumping) {
        if (jumping) pause();
    });
}

void Player::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == speed_) return;
    speed_ = speed;
    emit speedChanged(speed_);
}

int Player::waitMs(std::int64_t previous, std::int64_t next, double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    const double virtualWait = static_cast<double>(std::max<std::int64_t>(0, next - previous)) / speed;
    const double wait = std::max(virtualWait, kMinPacingMs / speed);
    return static_cast<int>(std::lround(std::min(wait, static_cast<double>(kMaxWaitMs))));
}

void Player::play()
{
    if (playing_) return;
    if (session_.jumping()) return;
    if (session_.atEnd()) session_.jumpToStart();
    playing_ = true;
    emit playingChanged(true);
    scheduleNext();
}

void Player::pause()
{
    timer_.stop();
    if (!playing_) return;
    playing_ = false;
    emit playingChanged(false);
}

void Player::toggle()
{
    if (playing_) {
        pause();
    } else {
        play();
    }
}

void Player::scheduleNext()
{
    if (!playing_) return;
    if (!session_.prefetch()) {
        pause(); // the run has ended
        return;
    }
    const Trace& trace = *session_.trace();
    const std::size_t next = session_.hasCursor() ? session_.cursor() + 1 : 0;
    const std::int64_t previousT = session_.hasCursor() ? trace[session_.cursor()].t : trace[next].t;
    timer_.start(waitMs(previousT, trace[next].t, speed_));
}

void Player::advance()
{
    if (!playing_) return;
    session_.stepForward();
    scheduleNext();
}

} // namespace ys::ui
