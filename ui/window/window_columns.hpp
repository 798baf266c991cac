// SPDX-License-Identifier: MIT
// The window's columns at every size: the demo and its code on the left, the timeline over the
// console on the right, the quiz and the narration across the bottom. The code column is sized
// to the listing's longest line (or, while the learner edits a program, to the program's) (the code font
// shrinks down to a floor, then the line numbers give way), the console folds away when the timeline would
// fall below its legible height, and presentation mode scales the timeline and the narration with the
// window's height (see "Layout at every size" in the architecture page). Preferences keep the user's
// dividers.
#pragma once

#include <QObject>
#include <QVariantList>

class QLabel;
class QSplitter;
class QWidget;

namespace ys::ui {

class CodeView;
struct CodeFitTarget;
class ConsolePanel;
class NarrationBanner;
class PresentationPanels;
class ProgramEditor;
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
    // The code panel's area in the left column, which the program editor shares with it.
    QWidget* codeArea() const { return codeArea_; }
    // Fits the columns again for each new run and each time the trace grows.
    void followSession();
    // The code panel's title again, in the language installed now.
    void retranslate();
    // Presentation mode's fonts, scales and column widths.
    void setPresenting(bool on);
    // Stops fitting: the panels are going away.
    void detach();
    // While the learner's program is edited, the code column is fitted to `editor`'s text (its
    // longest line with room to type, its gutter and frame, the same limits as a listing's)
    // and the code font, which the editor follows, sized for it; nullptr: to the run's listing
    // again. Fits at once; the editor's owner calls it again when the text's width changed.
    void fitToProgram(const ProgramEditor* editor);

    // The dividers as the user left them, and back (a layout brought back counts as the user's).
    QVariantList saveLayout() const;
    void restoreLayout(const QVariantList& layouts);

signals:
    // The code column was fitted to the program being edited (fitToProgram(), a resize, a new
    // run, presentation mode): what was fitted is the program as it is now.
    void fittedToProgram();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitCodeColumn();
    CodeFitTarget listingTarget() const;
    CodeFitTarget programTarget() const;
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
    QLabel* codeTitle_ = nullptr;
    QWidget* codeArea_ = nullptr;
    // The program being edited, when the column is fitted to it.
    const ProgramEditor* program_ = nullptr;
    QSplitter* columns_ = nullptr;
    QSplitter* timelineAndConsole_ = nullptr;
    bool columnsSetByUser_ = false;
    bool presenting_ = false;
};

} // namespace ys::ui
