// SPDX-License-Identifier: MIT
// The console panel: what the program has printed up to the event shown, under a title that
// counts the outputs. It follows the session: a new run, the trace growing, a cursor move.
#pragma once

#include <QObject>

class QLabel;
class QWidget;

namespace ys::ui {

class ConsoleView;
class RunSession;
struct Theme;

class ConsolePanel : public QObject {
    Q_OBJECT

public:
    ConsolePanel(const RunSession& session, QObject* parent);

    ConsoleView* view() const { return view_; }
    QLabel* title() const { return title_; }
    // The title over the console: the panel as laid out.
    QWidget* widget() const { return box_; }
    void followSession();
    void setTheme(const Theme& theme);
    // The title, the console's name and tip again, in the language installed now.
    void retranslate();

private:
    void showRun();
    void showCursor();
    void showTitle();

    const RunSession& session_;
    ConsoleView* view_;
    QLabel* title_ = nullptr;
    QWidget* box_ = nullptr;
};

} // namespace ys::ui
