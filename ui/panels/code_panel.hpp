// SPDX-License-Identifier: MIT
// The code panel: the demo's listing, with the current event's line and the previous one lit.
// It follows the session: a new run shows its listing, a cursor move its lines.
#pragma once

#include <QObject>

namespace ys::ui {

class CodeView;
class RunSession;
struct Theme;

class CodePanel : public QObject {
    Q_OBJECT

public:
    CodePanel(const RunSession& session, QObject* parent);

    CodeView* view() const { return view_; }
    // From now on, shows each run and each cursor move of the session.
    void followSession();
    void setTheme(const Theme& theme);

private:
    void showRun();
    void showCursor();

    const RunSession& session_;
    CodeView* view_;
};

} // namespace ys::ui
