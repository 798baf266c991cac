// SPDX-License-Identifier: MIT
// The window's columns at every size: the demo and its code on the left, the timeline over the
// console on the right, the quiz and the narration across the bottom. The code column is sized
// to the listing's longest line (the code font shrinks down to a floor, then the line numbers
// give way), the console folds away when the timeline would fall below its legible height, and
// presentation mode scales the timeline and the narration with the window's height (see
// "Layout at every size" in the architecture page). Preferences keep the user's dividers.
#pragma once

#include <QObject>
#include <QVariantList>

class QLabel;
class QSplitter;
class QWidget;

namespace ys::ui {

class CodeView;
class ConsolePanel;
class NarrationBanner;
class PresentationPanels;
class QuizPanel;
class RunSession;
class TimelineView;

class WindowColumns : public QObject {
    Q_OBJECT

public:
    struct Panels {
        QWidget* demo;
        CodeView* code;
        TimelineView* timeline;
        ConsolePanel* console;
        QuizPanel* quiz;
        NarrationBanner* narration;
    };

    // Lays the panels out in a new central widget of `window`.
    WindowColumns(QWidget& window, const RunSession& session, const Panels& panels,
                  const PresentationPanels& presentationPanels);
    ~WindowColumns() override;

    QWidget* centralWidget() const { return central_; }
    // The code panel with its title.
    QWidget* codeBox() const { return codeBox_; }
    // Fits the columns again for each new run and each time the trace grows.
    void followSession();
    // Presentation mode's fonts, scales and column widths.
    void setPresenting(bool on);
    // Stops fitting: the panels are going away.
    void detach();

    // The dividers as the user left them, and back (a layout brought back counts as the user's).
    QVariantList saveLayout() const;
    void restoreLayout(const QVariantList& layouts);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitCodeColumn();
    void foldPanels();
    // Presentation mode scales with the window's height: 1 at 1080 lines, 2/3 at 720.
    qreal presentationFactor() const;
    void applyPresentationScale();
    QList<QSplitter*> splitters() const;

    QWidget& window_;
    const RunSession& session_;
    Panels panels_;
    const PresentationPanels& presentationPanels_;
    QWidget* central_ = nullptr;
    QWidget* codeBox_ = nullptr;
    QSplitter* columns_ = nullptr;
    QSplitter* timelineAndConsole_ = nullptr;
    bool columnsSetByUser_ = false;
    bool presenting_ = false;
};

} // namespace ys::ui
