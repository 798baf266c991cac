// The main window: demo chooser and parameters, the code panel, the timeline, the narration
// banner, the console and the status line, driven by a RunSession and its Player.
#pragma once

#include "demo.hpp"
#include "export/timeline_extent.hpp"
#include "params.hpp"
#include "presentation/presentation_size.hpp"
#include "theme.hpp"

#include <QMainWindow>
#include <QSet>

#include <cstddef>
#include <vector>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;

namespace ys::ui {

class CodeView;
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

    // Replays the run saved in `path` (File > Open). A bad file leaves the current run as it
    // is and shows one message naming the file, the line and the problem (fileMessage()).
    bool openTraceFile(const QString& path);
    // Saves the whole run, with its demo, parameters and annotations (File > Save).
    bool saveTraceFile(const QString& path);
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
    // The whole run in the Trace Event Format, for Perfetto (File > Export as Chrome trace).
    bool exportChromeTraceFile(const QString& path);
    // The presenter's notes on events (Notes menu, N; right-click on the timeline).
    AnnotationController* notes() const { return notes_; }

    RunSession& session() { return *session_; }
    Player& player() { return *player_; }
    // Quiz mode (View > Quiz mode, Q): the class guesses each next event.
    QuizSession& quiz() { return *quiz_; }
    QuizPanel* quizPanel() const { return quizPanel_; }
    TimelineView* timeline() const { return timeline_; }
    CodeView* codeView() const { return code_; }
    QPlainTextEdit* console() const { return console_; }
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

signals:
    // A trace file was opened or saved (File > Open Recent lists it).
    void traceFileUsed(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    class WholeRunView;

    void buildActions();
    void buildFileActions();
    void showFileMessage(const QString& message);
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
    // Edits the console for one output more or less; false when it must be rebuilt instead.
    template <class TextOf, class BreaksAfter>
    bool stepConsole(std::size_t shown, const TextOf& textOf, const BreaksAfter& breaksAfter);
    void updateStatus();
    void updateActions();
    void applyTheme();
    void indexLogs();
    void setSpeedIndex(int index);
    // Sizes the code column (and if need be its font, down to 14 pt) to the listing's width.
    void fitCodeColumn();

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
    QPlainTextEdit* console_ = nullptr;
    QLabel* consoleTitle_ = nullptr;
    NarrationBanner* narration_ = nullptr;
    QComboBox* speedChooser_ = nullptr;
    QLabel* timeLabel_ = nullptr;
    QLabel* eventLabel_ = nullptr;
    QLabel* stateLabel_ = nullptr;
    QSplitter* columns_ = nullptr;

    // Actions.
    QAction* playAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QAction* stepBackAction_ = nullptr;
    QAction* startAction_ = nullptr;
    QAction* endAction_ = nullptr;
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

    // Seqs of the trace's log events, in order, as far as the trace has been indexed.
    std::vector<std::size_t> logSeqs_;
    std::size_t indexedUpTo_ = 0;
    std::size_t consoleLines_ = 0;     // log events the console shows
    bool consolePendingBreak_ = false; // the last output ended with a line break still to show
    QSet<int> writeLines_;             // listing lines that print without a line break
};

} // namespace ys::ui
