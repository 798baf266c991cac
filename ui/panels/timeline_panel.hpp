// SPDX-License-Identifier: MIT
// The timeline panel: every event of the run so far, with the cursor on the event shown. It
// follows the session (a new run, the trace growing, a cursor move, a jump to the end) and
// the player (while playing, the story so far stays in view); a click on an event shows it.
#pragma once

#include "ui/style/theme.hpp"

#include <QObject>

namespace ys::ui {

class Player;
class RunSession;
class TimelineView;

class TimelinePanel : public QObject {
    Q_OBJECT

public:
    TimelinePanel(RunSession& session, Player& player, QObject* parent);

    TimelineView* view() const { return view_; }
    void followSession();
    void setTheme(const Theme& theme);
    // Presentation mode draws the lines heavier and drops the legend.
    void setPresenting(bool on);
    // The view's name, tooltip and placeholder in the language in use: at the start, and from
    // the window on QEvent::LanguageChange.
    void retranslate();

private:
    void showRun();
    void showCursor(qint64 previous, qint64 current);
    void showProgress();

    RunSession& session_;
    Player& player_;
    TimelineView* view_;
    Theme theme_;
    bool presenting_ = false;
};

} // namespace ys::ui
