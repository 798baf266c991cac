// SPDX-License-Identifier: MIT
// A program of one's own in the window: Demo > Edit this demo copies the current listing (its
// parameters filled in) into the editor, Demo > New program starts from a short example, Run
// (Ctrl+Enter) runs it on the embedded engine off the window's thread, and the run is then
// shown as a recorded run is (timeline, lit lines, narration, console, stepping back, saving,
// exports, recording). The editor takes the code panel's place while one edits; after a run
// the code panel is back, lighting the program's lines, with the editor one click away.
//
// A syntax error is marked in the editor where the engine found it, the cursor moved there, and
// said in the engine's words in the narration banner; an uncaught error and a runaway stop are
// said there too (and stay above the editor). The program is kept in the settings as it is
// typed (ProgramStore) and offered back when the app is opened again.
#pragma once

#include "core/script/script_engine.hpp"

#include <QObject>
#include <QString>
#include <QStringList>

#include <string>

class QAction;
class QBoxLayout;
class QFrame;
class QLabel;
class QPushButton;
class QWidget;

namespace ys::ui {

class CodeView;
class MainWindow;
class ProgramEditor;
class ProgramRun;
class ProgramStore;
class ProgramWidth;
struct SavedProgram;

class EditorController : public QObject {
    Q_OBJECT

public:
    enum class Mode {
        Off,      // a demo or a file: the code panel, no editor
        Editing,  // the editor in the code panel's place
        Watching, // a run of the program: the code panel lights its lines; the editor folded
    };
    Q_ENUM(Mode)

    // Builds the editor panel above `codePanel` (in its layout) and the actions; the window
    // adds the actions to its menus.
    EditorController(MainWindow& window, QWidget* codePanel);
    ~EditorController() override;

    QAction* editDemoAction() const { return editDemo_; }
    QAction* newProgramAction() const { return newProgram_; }
    QAction* runAction() const { return run_; }
    QAction* stopAction() const { return stop_; }

    ProgramEditor* editor() const { return editor_; }
    // Presentation mode: the editor stays where it is, in the code panel's large font (the
    // column is fitted to the program), without scroll bars, as the code panel is shown.
    void setPresenting(bool on);
    QWidget* panel() const { return panel_; }
    Mode mode() const { return mode_; }
    bool running() const;
    // What the panel says of the last run ("" before any).
    QString message() const;
    // The source shown in the editor.
    QString program() const;

    // The program in `path` (yieldscope FILE.js): into the editor, ready to run. A file that
    // cannot be read, is not UTF-8 or is over 1 MiB: false, `error` one line (in the status bar
    // too), the editor as it was. `pathBytes`: the file's name as bytes, when not UTF-8.
    bool openProgramFile(const QString& path, QString& error, const std::string& pathBytes = {});
    // Offers the program kept from the last session, if any (a bar above the code).
    bool offerSavedProgram();
    // The offer's bar (visible while it is made).
    QFrame* offerBar() const { return offerBar_; }

public slots:
    void editThisDemo();
    void newProgram();
    // Takes the kept program into the editor (the offer's "Open it").
    void reopenSavedProgram();
    void run();
    void stop();
    void showEditor();

signals:
    // A run has ended (its result is shown); the session shows it unless it did not compile.
    void runFinished(ys::script::Outcome outcome);
    // The editor was opened, folded for a run of the program, or closed for a demo or a file.
    void modeChanged(ys::ui::EditorController::Mode mode);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The constructor's steps, in its order.
    void buildActions();
    void buildPanel();
    QFrame* buildOfferBar();
    QBoxLayout* buildHeader();
    void placePanel();
    void connectButtons();
    // The words, in the language installed now: made with them and set again on a change.
    void applyActionTexts();
    void applyPanelTexts();

    void setMode(Mode mode);
    // The code column fitted to the program while it is edited, to the run's listing otherwise.
    void fitColumn();
    void startEditing(const QString& source, const QString& demo, const QStringList& params);
    void runEnded();
    void sessionChanged();
    void updateActions();
    void setMessage(const QString& text, bool problem);
    SavedProgram current() const;

    MainWindow& window_;
    CodeView* codeView_ = nullptr;
    const QObject* watchedCode_ = nullptr;  // codeView_ as the QObject its events come from
    const QObject* watchedPanel_ = nullptr; // panel_, likewise
    QWidget* codePanel_;
    QBoxLayout* column_ = nullptr;
    QWidget* panel_ = nullptr;
    QFrame* offerBar_ = nullptr;
    QPushButton* reopenButton_ = nullptr;
    QPushButton* dismissButton_ = nullptr;
    QLabel* offerText_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* message_ = nullptr;
    QPushButton* editButton_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    ProgramEditor* editor_ = nullptr;
    ProgramRun* programRun_ = nullptr;
    ProgramStore* store_ = nullptr;
    ProgramWidth* width_ = nullptr;
    QAction* editDemo_ = nullptr;
    QAction* newProgram_ = nullptr;
    QAction* run_ = nullptr;
    QAction* stop_ = nullptr;

    Mode mode_ = Mode::Off;
    // The demo and parameters the program was copied from: its world (fetch latencies, ...).
    QString demo_;
    QStringList params_;
    bool showingOwnRun_ = false;              // the session's run is the program's
    bool openingOwnRun_ = false;              // the session is being handed the program's run
    bool loading_ = false;                    // the editor's text is being set, not typed
    bool sessionChangedWhileRunning_ = false; // a demo or file chosen during the run: it stays
};

} // namespace ys::ui
