// SPDX-License-Identifier: MIT
// The narration under the panels: one sentence about the event shown (with the presenter's
// note on it), or a hint before the first event. It follows the session and the notes.
#pragma once

#include "ui/style/theme.hpp"
#include "ui/timeline/instance_lanes.hpp"

#include <QObject>

#include <cstddef>

namespace ys::ui {

class NoteController;
class NarrationBanner;
class RunSession;

class NarrationPanel : public QObject {
    Q_OBJECT

public:
    NarrationPanel(const RunSession& session, QObject* parent);

    NarrationBanner* banner() const { return banner_; }
    // From now on, tells each run, cursor move, end and jump of the session, and each change
    // of `notes` (may be null).
    void followSession(const NoteController* notes);
    void setTheme(const Theme& theme);
    // Says the sentence (or the hint) again.
    void update();

    // The hint before the first event.
    static QString startHint();
    // The hint while a jump to the end runs from before the first event.
    static QString jumpingHint();

private:
    // The run's generators and loops, as the timeline's lanes hold them (fed as events come).
    const InstanceLanes& lanesOf(const Trace& trace);

    const RunSession& session_;
    NarrationBanner* banner_;
    const NoteController* notes_ = nullptr;
    Theme theme_;
    InstanceLanes lanes_;
    const Trace* lanesTrace_ = nullptr;
    std::size_t lanesFed_ = 0;
};

} // namespace ys::ui
