// SPDX-License-Identifier: MIT
#include "ui/session/player.hpp"

#include "ui/session/playback_clock.hpp"
#include "ui/session/playback_source.hpp"
#include "ui/session/run_session.hpp"

#include <QPointer>

#include <algorithm>
#include <cmath>

namespace ys::ui {
namespace {

// One run as a player sees it.
class RunSessionSource final : public PlaybackSource {
public:
    explicit RunSessionSource(RunSession& session) : session_(session) {}

    bool atStart() const override { return !session_.hasCursor(); }
    bool atEnd() const override { return session_.atEnd(); }
    std::optional<NextEvent> nextEvent() override
    {
        if (!session_.prefetch()) return std::nullopt;
        const Trace& trace = *session_.trace();
        const std::size_t next = session_.hasCursor() ? session_.cursor() + 1 : 0;
        // Before the first event there is nothing to wait for but the pacing.
        const std::int64_t from = session_.hasCursor() ? trace[session_.cursor()].t : trace[next].t;
        return NextEvent{from, trace[next].t};
    }
    bool stepForward() override { return session_.stepForward(); }
    bool stepBack() override { return session_.stepBack(); }
    void jumpToStart() override { session_.jumpToStart(); }
    void jumpToEnd() override { session_.jumpToEnd(); }
    bool busy() const override { return session_.jumping(); }
    void cancelBusy() override { session_.cancelJump(); }

private:
    RunSession& session_;
};

} // namespace

Player::Player(RunSession& session, QObject* parent)
    : QObject(parent), ownSource_(std::make_unique<RunSessionSource>(session)), source_(ownSource_.get())
{
    timer_.setSingleShot(true);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &Player::advance);
    // A new run, or a jump to the end, ends playback.
    connect(&session, &RunSession::runStarted, this, &Player::pause);
    connect(&session, &RunSession::jumpingChanged, this, [this](bool jumping) {
        if (jumping) pause();
    });
}

Player::Player(PlaybackSource& source, QObject* parent) : QObject(parent), source_(&source)
{
    timer_.setSingleShot(true);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &Player::advance);
}

// The clock is not touched here: it may already be gone (a test's, declared after the player's
// owner). A call it still holds does nothing once the player is gone (see scheduleNext).
Player::~Player() = default;

void Player::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == speed_) return;
    speed_ = speed;
    emit speedChanged(speed_);
}

void Player::setClock(PlaybackClock* clock)
{
    stopWaiting();
    clock_ = clock;
    scheduleNext();
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
    if (source_->busy()) return;
    if (source_->atEnd()) source_->jumpToStart();
    playing_ = true;
    emit playingChanged(true);
    scheduleNext();
}

void Player::pause()
{
    stopWaiting();
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

void Player::playOrPause()
{
    if (source_->busy()) {
        source_->cancelBusy();
        return;
    }
    toggle();
}

void Player::stepForward()
{
    pause();
    source_->stepForward();
}

void Player::stepBack()
{
    pause();
    source_->stepBack();
}

void Player::toStart()
{
    pause();
    source_->jumpToStart();
}

void Player::toEnd()
{
    pause();
    source_->jumpToEnd();
}

void Player::stopWaiting()
{
    timer_.stop();
    if (clock_ != nullptr) clock_->cancel();
}

void Player::scheduleNext()
{
    if (!playing_) return;
    const std::optional<PlaybackSource::NextEvent> next = source_->nextEvent();
    if (!next) {
        pause(); // the run has ended
        return;
    }
    const int wait = waitMs(next->fromT, next->t, speed_);
    if (clock_ != nullptr) {
        clock_->callAfter(wait, [self = QPointer<Player>(this)] {
            if (self) self->advance();
        });
    } else {
        timer_.start(wait);
    }
}

void Player::advance()
{
    if (!playing_) return;
    source_->stepForward();
    scheduleNext();
}

} // namespace ys::ui
