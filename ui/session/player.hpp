// SPDX-License-Identifier: MIT
// Playback: steps a RunSession (or any PlaybackSource) forward on a timer, pacing the events by
// their virtual time.
//
// The wait before event i is (t_i - t_{i-1}) / speed real milliseconds, at least
// kMinPacingMs / speed so that events of the same instant still unfold one by one, and at
// most kMaxWaitMs so that a demo waiting for hours of virtual time does not stall a lesson.
#pragma once

#include <QObject>
#include <QTimer>

#include <array>
#include <cstdint>
#include <memory>

namespace ys::ui {

class PlaybackClock;
class PlaybackSource;
class RunSession;

class Player : public QObject {
    Q_OBJECT

public:
    // The speeds offered to play at, slowest first: the window's speed chooser, the Record
    // dialog and the web page's menu all list these. Any speed between the first and the last
    // plays (a recording's --speed 3, say).
    static constexpr std::array<double, 6> kSpeeds{0.25, 0.5, 1.0, 2.0, 4.0, 8.0};
    static constexpr double kDefaultSpeed = 1.0;
    static constexpr double kMinSpeed = kSpeeds.front();
    static constexpr double kMaxSpeed = kSpeeds.back();
    static constexpr int kMinPacingMs = 350;
    static constexpr int kMaxWaitMs = 6000;

    explicit Player(RunSession& session, QObject* parent = nullptr);
    // Plays any source (two runs on one clock). Unlike a RunSession, the source tells the player
    // nothing: its owner pauses the player when it loads new runs.
    explicit Player(PlaybackSource& source, QObject* parent = nullptr);
    ~Player() override;

    bool playing() const { return playing_; }
    double speed() const { return speed_; }
    // Clamped to [kMinSpeed, kMaxSpeed]; applies from the next wait on.
    void setSpeed(double speed);
    // What the player steps.
    PlaybackSource& source() const { return *source_; }
    // Waits on `clock` instead of the player's own timer (nullptr: the timer again). A clock
    // that goes before the player must be replaced (or the player paused for good) first.
    void setClock(PlaybackClock* clock);

    // Real milliseconds to wait before an event at virtual time `next` when the one shown is
    // at `previous`.
    static int waitMs(std::int64_t previous, std::int64_t next, double speed);

public slots:
    // Plays from the cursor; at the end of a run, from the start again.
    void play();
    void pause();
    void toggle();
    // What Play/Pause does: stops the source's work under way (a run running to its end) if
    // there is any, else toggles.
    void playOrPause();
    // The transport's moves: each pauses first.
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();

signals:
    void playingChanged(bool playing);
    void speedChanged(double speed);

private:
    void scheduleNext();
    void advance();
    void stopWaiting();

    std::unique_ptr<PlaybackSource> ownSource_; // a RunSession's adapter
    PlaybackSource* source_ = nullptr;
    PlaybackClock* clock_ = nullptr;
    QTimer timer_;
    bool playing_ = false;
    double speed_ = kDefaultSpeed;
};

} // namespace ys::ui
