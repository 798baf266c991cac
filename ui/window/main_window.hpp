// SPDX-License-Identifier: MIT
// The main window: a composition of its parts. The demo panel, the code, the timeline, the
// console and the narration (ui/panels) follow a RunSession and its Player; the actions come
// from one table and fill the menus and the tool bar; the status line, the theme, the columns'
// layout and presentation mode each have a class of their own (ui/window).
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"
#include "ui/export/timeline_extent.hpp"
#include "ui/files/trace_file_task.hpp"
#include "ui/panels/console_view.hpp"
#include "ui/presentation/presentation_size.hpp"
#include "ui/style/theme.hpp"
#include "ui/window/action_table.hpp"
#include "ui/window/theme_controller.hpp"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;

namespace ys::ui {

class CodePanel;
class CodeView;
class ConsolePanel;
class DemoPanel;
class Exporter;
class EditorController;
class FileProgressDialog;
class FileTaskController;
struct ExportOptions;
class PresentationMode;
class PresentationPanels;
class NarrationBanner;
class NarrationPanel;
class ParamEditor;
class NoteController;
class Player;
class QuizPanel;
class QuizSession;
class RecentFilesMenu;
class RunSession;
class StatusLine;
class TimelinePanel;
class TimelineView;
class WindowColumns;
class TransportActions;

class MainWindow : public QMainWindow, private WindowCommands {
    Q_OBJECT

public:
    using ThemeMode = ys::ui::ThemeMode;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Chooses a demo (as the chooser does) and starts its run with its defaults.
    void selectDemo(const QString& name);
    // Starts a run of the current demo with these values (as the parameter editor does).
    void setParams(const Params& params);
    void setThemeMode(ThemeMode mode);
    ThemeMode themeMode() const;

    // Replays the run saved in `path` (File > Open). The file is read on a worker thread: the
    // window goes on painting, takes no input meanwhile, and shows a progress dialog with Cancel
    // when it takes longer than a second. A bad file, or Cancel, leaves the current run as it is
    // (same demo, events, cursor) and shows one message naming the file, the line and the
    // problem (fileMessage()). Ends with fileTaskFinished(); false (nothing starts) while
    // another file is being opened or saved.
    bool beginOpenTraceFile(const QString& path);
    // Saves the whole run, with its demo, parameters and notes (File > Save), the same
    // way. A failed or cancelled save leaves the file at `path` as it was.
    bool beginSaveTraceFile(const QString& path);
    // The same, returning once done (the window paints meanwhile): true when opened or saved.
    bool openTraceFile(const QString& path);
    bool saveTraceFile(const QString& path);
    // A file is being opened, saved or exported on a worker (see FileTaskController).
    bool fileTaskRunning() const;
    // Stops the file being opened, saved or exported, as Cancel in its progress dialog does.
    void cancelFileTask();
    // The progress dialog of the file being opened, saved or exported (hidden in its first
    // second); nullptr when none is.
    FileProgressDialog* fileProgressDialog() const;
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
    PresentationPanels& presentationPanels();

    // Writes the run with `exporter` (ui/export/exporters.hpp) as its File menu entry does, given
    // the path and options its dialogs would ask for; tells how it went (fileMessage()). True
    // when written, or for a background export when started.
    bool exportWith(const Exporter& exporter, const QString& path, const ExportOptions& options);

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
    NoteController* notes() const { return notes_; }

    RunSession& session() { return *session_; }
    Player& player() { return *player_; }
    // Play, the steps, Start, End, the speeds: the transport every window that plays runs has.
    TransportActions& transport() const { return *transport_; }
    QComboBox* speedChooser() const;
    // Quiz mode (View > Quiz mode, Q): the class guesses each next event.
    QuizSession& quiz() { return *quiz_; }
    QuizPanel* quizPanel() const { return quizPanel_; }
    TimelineView* timeline() const { return timeline_; }
    CodeView* codeView() const;
    // The console; it holds the latest outputs and loads earlier ones as the reader scrolls up.
    ConsoleView* console() const;
    NarrationBanner* narration() const;
    ParamEditor* paramEditor() const { return params_; }
    // The parts Preferences keeps between sessions.
    ThemeController& themes() { return *themes_; }
    RecentFilesMenu& recentFiles() { return *recent_; }
    WindowColumns& columns() { return *columns_; }
    StatusLine& statusLine() { return *status_; }
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
    // How far the file being opened, saved or exported has come (as TraceFileTask::progressed).
    void fileProgress(ys::ui::TraceFileTask::Stage stage, qint64 done, qint64 total);
    // The file was opened or saved (Done), or not (Cancelled, Failed: fileMessage() says why).
    void fileTaskFinished(ys::ui::TraceFileTask::Outcome outcome);
    void chromeTraceExportFinished(ys::ui::TraceFileTask::Outcome outcome);

protected:
    // Tells the theme when the desktop's palette changes; names the demos anew when the
    // language does.
    void changeEvent(QEvent* event) override;

private:
    // Open, the exporters' entries (ui/export/exporters.hpp) and Record, for the File menu.
    void buildFileActions();
    void showFileMessage(const QString& message);
    void showOpenedRun(TraceFile file, const QString& path);
    // Ends the file task now, as Cancel does, before the run changes: its worker may be reading it.
    void stopFileTask();

    void buildPanels();
    void buildMenus();
    // Each part follows the session's signals, in the order they show a change.
    void followSession();
    void showTheme(const Theme& theme);
    // The demo chooser and the Demo menu while the learner's own program is shown, or not.
    void showOwnProgram(bool on);

    // WindowCommands: what the actions of the table do.
    void stopRunning() override;
    void reset() override;
    void resetParameters() override;
    void zoomIn() override;
    void zoomOut() override;
    void fitTimeline() override;
    void setFollow(bool on) override;
    void setPresentation(bool on) override;
    void setQuiz(bool on) override;
    void compareRuns() override;
    void quit() override;
    void showShortcuts() override;
    void showAbout() override;

    RunSession* session_;
    Player* player_;
    QuizSession* quiz_;
    ThemeController* themes_;
    // The theme shown now (the theme controller's).
    const Theme& theme_;
    PresentationMode* presentation_;
    // Where presentation mode lays the window out (presentation mode's).
    PresentationSize& presentationSize_;
    WindowActions* actions_ = nullptr;
    TransportActions* transport_ = nullptr;
    RecentFilesMenu* recent_ = nullptr;
    NoteController* notes_ = nullptr;

    // Panels.
    DemoPanel* demoPanel_ = nullptr;
    CodePanel* codePanel_ = nullptr;
    TimelinePanel* timelinePanel_ = nullptr;
    ConsolePanel* consolePanel_ = nullptr;
    NarrationPanel* narrationPanel_ = nullptr;
    QuizPanel* quizPanel_ = nullptr;
    WindowColumns* columns_ = nullptr;
    StatusLine* status_ = nullptr;
    // The demo panel's parameters and the timeline, as opening a file shows them.
    ParamEditor* params_ = nullptr;
    TimelineView* timeline_ = nullptr;
    QActionGroup* demoActions_ = nullptr;
    // The demo the title bar names (none when it names an opened file).
    const Demo* titleDemo_ = nullptr;

    // The file actions (File menu).
    QAction* openAction_ = nullptr;
    QAction* recordAction_ = nullptr;
    // The File menu's entries above Quit (separators included).
    QList<QAction*> fileMenuActions_;

    bool presentationMode_ = false;
    QActionGroup* presentationSizeActions_ = nullptr;
    QString fileMessage_;
    // The one file opened, saved or exported on a worker at a time, its progress dialog, and
    // what keeps the window from taking input meanwhile.
    FileTaskController* files_ = nullptr;
    // A program of one's own (ui/editor/): its editor takes the code panel's place.
    EditorController* editor_ = nullptr;
};

} // namespace ys::ui
