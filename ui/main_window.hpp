// SPDX-License-Identifier: MIT
// The main window: demo chooser and parameters, the code panel, the timeline, the narration
// banner, the console and the status line, driven by a RunSession and its Player.
#pragma once

#include "console_view.hpp"
#include "demo.hpp"
#include "export/timeline_extent.hpp"
#include "files/trace_file_task.hpp"
#include "params.hpp"
#include "presentation/presentation_size.hpp"
#include "theme.hpp"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QSplitter;

namespace ys::ui {

class CodeView;
class EditorController;
class ChromeTraceExportTask;
class FileProgressDialog;
class WindowInputBlocker;
class PresentationPanels;
class NarrationBanner;
class ParamEditor;
class AnnotationController;
class Player;
class QuizPanel;
class QuizSession;
class RunSession;
class TimelineView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class ThemeMode { System, Light, Dark, HighContrast };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Chooses a demo (as the chooser does) and starts its run with its defaults.
    void selectDemo(const QString& name);
    // Starts a run of the current demo with these values (as the parameter editor does).
    void setParams(const Params& params);
    void setThemeMode(ThemeMode mode);
    ThemeMode themeMode() const { return themeMode_; }

    // Replays the run saved in `path` (File > Open). The file is read on a worker thread: the
    // window goes on painting, takes no input meanwhile, and shows a progress dialog with Cancel
    // when it takes longer than a second. A bad file, or Cancel, leaves the current run as it is
    // (same demo, events, cursor) and shows one message naming the file, the line and the
    // problem (fileMessage()). Ends with fileTaskFinished(); false (nothing starts) while
    // another file is being opened or saved.
    bool beginOpenTraceFile(const QString& path);
    // Saves the whole run, with its demo, parameters and annotations (File > Save), the same
    // way. A failed or cancelled save leaves the file at `path` as it was.
    bool beginSaveTraceFile(const QString& path);
    // The same, returning once done (the window paints meanwhile): true when opened or saved.
    bool openTraceFile(const QString& path);
    bool saveTraceFile(const QString& path);
    // A file is being opened or saved.
    bool fileTaskRunning() const { return fileTask_ != nullptr; }
    // Stops the file being opened or saved, as Cancel in its progress dialog does.
    void cancelFileTask();
    // The progress dialog of the file being opened or saved (hidden in its first second);
    // nullptr when none is.
    FileProgressDialog* fileProgressDialog() const { return fileProgress_; }
    // The last message about opening or saving a file, as the status bar shows it.
    QString fileMessage() const { return fileMessage_; }

    // Presentation mode (View > Presentation mode, F11): full screen, a larger timeline, code,
    // console and narration, for the back of a classroom. Leaving it restores the window.
    bool presentationMode() const { return presentationMode_; }
    void setPresentationMode(bool on);
    // The size presentation mode lays the window out at (View > Presentation size): empty for
    // full screen, else exactly that size, as a video of it would be.
    void setPresentationSize(const QSize& size);
    QSize presentationSize() const { return presentationSize_.size(); }
    // The panels presentation mode keeps (View > Panels).
    PresentationPanels& presentationPanels() { return *presentationPanels_; }

    // The whole window as it is drawn now (code, timeline, console, narration), as a PNG of
    // its size (File > Export window as PNG).
    bool exportWindowPng(const QString& path);

    // The timeline as a PNG of its size × scale (File > Export timeline): as it is drawn now,
    // or the whole run so far fitted to its size (the view is left as it was).
    bool exportTimelinePng(const QString& path, qreal scale, TimelineExtent extent = TimelineExtent::View);
    // The same as an SVG of the timeline's size.
    bool exportTimelineSvg(const QString& path, TimelineExtent extent = TimelineExtent::View);
    // The whole run in the Trace Event Format, for Perfetto (File > Export as Chrome trace),
    // written on a worker as File > Save writes (progress dialog after a second, Cancel, the
    // window painting but taking no input meanwhile). Ends with chromeTraceExportFinished();
    // false (nothing starts) while a file is being opened, saved or exported.
    bool beginExportChromeTrace(const QString& path);
    // The same, returning once done (the window paints meanwhile): true when exported.
    bool exportChromeTraceFile(const QString& path);
    // Stops the export under way, as Cancel in its progress dialog does.
    void cancelChromeTraceExport();
    // The whole run as one web page that steps in any browser (File > Export as web page); a
    // run over the page's event limit gets a message box naming the limit, and no file.
    bool exportWebPage(const QString& path);
    // A program of one's own: Demo > Edit this demo, New program, Run (ui/editor/).
    EditorController* programEditor() const { return editor_; }
    // The presenter's notes on events (Notes menu, N; right-click on the timeline).
    AnnotationController* notes() const { return notes_; }

    RunSession& session() { return *session_; }
    Player& player() { return *player_; }
    // Quiz mode (View > Quiz mode, Q): the class guesses each next event.
    QuizSession& quiz() { return *quiz_; }
    QuizPanel* quizPanel() const { return quizPanel_; }
    TimelineView* timeline() const { return timeline_; }
    CodeView* codeView() const { return code_; }
    // The console; it holds the latest outputs and loads earlier ones as the reader scrolls up.
    ConsoleView* console() const { return console_; }
    NarrationBanner* narration() const { return narration_; }
    ParamEditor* paramEditor() const { return params_; }
    QComboBox* demoChooser() const { return demoChooser_; }
    QComboBox* speedChooser() const { return speedChooser_; }
    // The narration without markup, and the status line's parts joined.
    QString narrationText() const;
    QString statusText() const;
    QString consoleText() const;

    // The initial hint of the narration banner.
    static QString startHint();
    // The narration while a jump to the end runs from before the first event.
    static QString jumpingHint();

signals:
    // A trace file was opened or saved (File > Open Recent lists it).
    void traceFileUsed(const QString& path);
    // How far the file being opened or saved has come (as TraceFileTask::progressed).
    void fileProgress(ys::ui::TraceFileTask::Stage stage, qint64 done, qint64 total);
    // The file was opened or saved (Done), or not (Cancelled, Failed: fileMessage() says why).
    void fileTaskFinished(ys::ui::TraceFileTask::Outcome outcome);
    void chromeTraceExportFinished(ys::ui::TraceFileTask::Outcome outcome);

protected:
    void changeEvent(QEvent* event) override;
    // Refits the code column whenever the columns' splitter changes width (not the window's
    // resize: while the window is first shown, the splitter's width is not yet its own).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    class WholeRunView;

    void buildActions();
    void buildFileActions();
    void showFileMessage(const QString& message);
    void startFileTask(std::unique_ptr<TraceFileTask> task);
    void fileTaskEnded();
    void chromeTraceExportEnded();
    void showOpenedRun(TraceFile file, const QString& path);
    // Runs the event loop until the file task ends; true when it is Done.
    bool waitForFileTask();
    // Ends the file task now, as Cancel does, before the run changes: its worker may be reading it.
    void stopFileTask();
    void buildMenus();
    void buildToolBar();
    QWidget* buildDemoPanel();
    void buildCentre();
    void buildStatusBar();

    void runStarted();
    void cursorMoved(qint64 previous, qint64 current);
    void traceGrew();
    void updateNarration();
    void updateCode();
    void updateConsole();
    void updateStatus();
    void updateActions();
    void applyTheme();
    void setSpeedIndex(int index);
    // Sizes the code column to the listing's longest line: the code font shrinks down to a
    // floor, then the line numbers give way (see "Layout at every size" in the architecture page).
    void fitCodeColumn();
    // Folds the console when the timeline would otherwise fall below its legible height.
    void foldPanels();
    // Presentation mode scales with the window's height: 1 at 1080 lines, 2/3 at 720.
    qreal presentationFactor() const;
    // The timeline's and the narration's scale for the mode and the window's height.
    void applyPresentationScale();

    RunSession* session_;
    Player* player_;
    QuizSession* quiz_;
    QuizPanel* quizPanel_ = nullptr;
    AnnotationController* notes_ = nullptr;

    // Widgets.
    QComboBox* demoChooser_ = nullptr;
    QLabel* demoSummary_ = nullptr;
    ParamEditor* params_ = nullptr;
    CodeView* code_ = nullptr;
    TimelineView* timeline_ = nullptr;
    ConsoleView* console_ = nullptr;
    QLabel* consoleTitle_ = nullptr;
    NarrationBanner* narration_ = nullptr;
    QComboBox* speedChooser_ = nullptr;
    QLabel* timeLabel_ = nullptr;
    QLabel* eventLabel_ = nullptr;
    QLabel* stateLabel_ = nullptr;
    QSplitter* columns_ = nullptr;
    QSplitter* timelineAndConsole_ = nullptr;

    // Actions.
    QAction* playAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QAction* stepBackAction_ = nullptr;
    QAction* startAction_ = nullptr;
    QAction* endAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* resetAction_ = nullptr;
    QAction* fasterAction_ = nullptr;
    QAction* slowerAction_ = nullptr;
    QAction* defaultsAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* fitAction_ = nullptr;
    QAction* followAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    QAction* exportPngAction_ = nullptr;
    QAction* exportSvgAction_ = nullptr;
    QAction* exportChromeAction_ = nullptr;
    QAction* exportWebPageAction_ = nullptr;
    QAction* presentationAction_ = nullptr;
    QAction* quizAction_ = nullptr;
    QAction* shortcutsAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QActionGroup* demoActions_ = nullptr;
    QActionGroup* themeActions_ = nullptr;

    ThemeMode themeMode_ = ThemeMode::System;
    QPalette systemPalette_;
    Theme theme_;
    bool applyingTheme_ = false;
    bool columnsSetByUser_ = false;
    bool presentationMode_ = false;
    bool maximizedBeforePresentation_ = false;
    PresentationSize presentationSize_;
    PresentationPanels* presentationPanels_ = nullptr;
    QActionGroup* presentationSizeActions_ = nullptr;
    QAction* exportWindowAction_ = nullptr;
    QAction* recordAction_ = nullptr;
    QString fileMessage_;
    // The file being opened or saved (a child, deleted once it has ended), its progress dialog,
    // and what keeps the window from taking input meanwhile.
    TraceFileTask* fileTask_ = nullptr;
    // The Chrome trace being exported (a child, deleted once it has ended); it shares the
    // progress dialog and the input blocker: one file at a time.
    ChromeTraceExportTask* exportTask_ = nullptr;
    FileProgressDialog* fileProgress_ = nullptr;
    std::unique_ptr<WindowInputBlocker> inputBlocker_;
    // A program of one's own (ui/editor/): its editor takes the code panel's place.
    EditorController* editor_ = nullptr;
};

} // namespace ys::ui
