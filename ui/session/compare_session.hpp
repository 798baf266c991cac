// SPDX-License-Identifier: MIT
// Two runs on one clock: each its own demo and parameters, stepped together in virtual-time
// order by the same Player as a single run, so a class sees the difference at a glance. No
// widgets: the compare window is a view of this.
//
// Both runs are recorded to the end when they are loaded (they are short; a run longer than
// kMaxEvents is cut there), so the shared axis is final from the first step and never moves
// while stepping. The cursors then reveal the recorded events in step order: the next step
// shows whichever side's next event comes first in time, A first on a tie.
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"
#include "core/trace/trace.hpp"
#include "ui/session/playback_source.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/shared_axis.hpp"

#include <QObject>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>

namespace ys::ui {

class CompareSession : public QObject, public PlaybackSource {
    Q_OBJECT

public:
    static constexpr int kSideA = 0;
    static constexpr int kSideB = 1;
    static constexpr std::size_t kNoCursor = RunSession::kNoCursor;
    // A run is recorded up to this many events.
    static constexpr std::size_t kMaxEvents = 200'000;

    explicit CompareSession(QObject* parent = nullptr);
    ~CompareSession() override;

    // Loads ready pair `index` of comparePairs(): both demos, parameters and labels. False
    // (nothing changes) for an index out of range or a pair naming an unknown demo or parameter.
    bool choosePair(int index);
    // The ready pair loaded, or -1 once a side was changed by hand.
    int pairIndex() const { return pair_; }
    // Runs `demo` with `params` on one side; the labels then say what each side runs.
    // Ignored while runs are loading (a view refilling its editors echoes the parameters back).
    void setRun(int side, const Demo& demo, const Params& params);

    const Demo* demo(int side) const { return run(side).demo(); }
    const Params& params(int side) const { return run(side).params(); }
    const Trace* trace(int side) const { return run(side).trace(); }
    // Events recorded on a side.
    std::size_t size(int side) const { return run(side).recorded(); }
    // The side's run was stopped at kMaxEvents.
    bool cut(int side) const;
    // What a side runs, as its heading says it.
    QString label(int side) const;
    // The event shown on a side, kNoCursor before its first.
    std::size_t cursor(int side) const { return run(side).cursor(); }
    // The side the next step advances (-1 at the end).
    int nextSide() const;
    // Virtual time of the latest event shown on either side (0 before the first).
    std::int64_t now() const;
    const SharedAxis& axis() const { return axis_; }
    // The one clock both runs are played on.
    Player& player() { return player_; }
    const Player& player() const { return player_; }

    // Both sides before their first event.
    bool atStart() const override;
    // Both sides show their last event.
    bool atEnd() const override;
    std::optional<NextEvent> nextEvent() override;

public slots:
    // Shows the next event of the two runs in step order; false at the end.
    bool stepForward() override;
    // Undoes the last step exactly; false at the start.
    bool stepBack() override;
    void jumpToStart() override;
    void jumpToEnd() override;
    // Shows everything up to event seq of `side` in step order (what a click on it does).
    void jumpTo(int side, std::size_t seq);
    // Runs both sides again from their parameters, back at the start.
    void reset();

signals:
    // The runs are about to be replaced: let go of their traces and of the axis.
    void runsAboutToLoad();
    // New runs are recorded and the axis is built; both cursors are at the start.
    void runsLoaded();
    // The cursors moved: by one step on `steppedSide`, or (-1) by a jump or a new load.
    void cursorsChanged(int steppedSide);
    // Both runs were jumped to their end (cursorsChanged came first).
    void jumpedToEnd();

private:
    static std::size_t index(int side) { return side == kSideB ? 1 : 0; }
    const RunSession& run(int side) const { return runs_[index(side)]; }
    RunSession& run(int side) { return runs_[index(side)]; }
    std::int64_t timeOf(int side, std::size_t seq) const { return (*trace(side))[seq].t; }
    // Records both runs again from their demos and parameters and lays out the shared axis.
    void load(const std::array<const Demo*, 2>& demos, const std::array<Params, 2>& params);
    void setCursors(std::size_t a, std::size_t b, int steppedSide);

    std::array<RunSession, 2> runs_;
    SharedAxis axis_;
    int pair_ = -1;
    bool loading_ = false;
    Player player_; // last: it stops before the runs go
};

} // namespace ys::ui
