// SPDX-License-Identifier: MIT
#include "ui/window/main_window.hpp"

#include "core/io/trace_file.hpp"
#include "ui/compare/compare_window.hpp"
#include "ui/editor/editor_controller.hpp"
#include "ui/export/export_actions.hpp"
#include "ui/export/exporters.hpp"
#include "ui/files/file_task_controller.hpp"
#include "ui/notes/note_controller.hpp"
#include "ui/panels/code_panel.hpp"
#include "ui/panels/code_view.hpp"
#include "ui/panels/console_panel.hpp"
#include "ui/panels/demo_panel.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/panels/narration_panel.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/panels/timeline_panel.hpp"
#include "ui/presentation/presentation_panels.hpp"
#include "ui/quiz/quiz_panel.hpp"
#include "ui/quiz/quiz_session.hpp"
#include "ui/recording/record_dialog.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/session/transport_actions.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/demo_text.hpp"
#include "ui/window/menus.hpp"
#include "ui/window/presentation_mode.hpp"
#include "ui/window/recent_files_menu.hpp"
#include "ui/window/status_line.hpp"
#include "ui/window/window_columns.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>

#include <algorithm>
#include <utility>

namespace ys::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), session_(new RunSession(this)), player_(new Player(*session_, this)),
      quiz_(new QuizSession(*session_, this)), themes_(new ThemeController(this)), theme_(themes_->theme()),
      presentation_(new PresentationMode(*this)), presentationSize_(presentation_->size())
{
    setObjectName(QStringLiteral("mainWindow"));
    QFont base = font();
    base.setPointSizeF(std::max<qreal>(base.pointSizeF(), 13));
    setFont(base);

    transport_ = new TransportActions(*player_, *this);
    // In quiz mode a step asks the next question before the event.
    transport_->setTrigger(Transport::Step, [this] {
        player_->pause();
        quiz_->stepForward();
    });
    // In quiz mode Play asks the next question instead of running on past it.
    connect(player_, &Player::playingChanged, this, [this](bool playing) {
        if (!playing || !quiz_->enabled()) return;
        player_->pause();
        quiz_->stepForward();
    });
    actions_ = new WindowActions(*this, *this);
    buildFileActions();
    buildToolBar(*this, *actions_, *transport_);
    buildPanels();
    status_ = new StatusLine(*statusBar(), *session_);
    notes_ = new NoteController(*session_, *timeline_, this);
    buildMenus();
    followSession();
    connect(themes_, &ThemeController::themeChanged, this, &MainWindow::showTheme);
    connect(presentation_, &PresentationMode::sizeChosen, this, &MainWindow::setPresentationSize);

    // A program of one's own (ui/editor/): the editor above the code panel, swapped with it
    // while editing; its actions at the end of the Demo menu.
    editor_ = new EditorController(*this, codePanel_->view()->parentWidget());
    if (QMenu* demoMenu = menuBar()->actions().value(1)->menu()) {
        demoMenu->addSeparator();
        demoMenu->addActions({editor_->editDemoAction(), editor_->newProgramAction(), editor_->runAction(),
                              editor_->stopAction()});
    }
    connect(editor_, &EditorController::modeChanged, this,
            [this](EditorController::Mode mode) { showOwnProgram(mode != EditorController::Mode::Off); });

    resize(1600, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize avail = screen->availableSize();
        if (avail.width() < 1600 || avail.height() < 900) resize(avail * 0.95);
    }
    themes_->apply();
    selectDemo(QStringLiteral("countdown"));
    timeline_->setFocus();
}

MainWindow::~MainWindow()
{
    // A file being opened or saved goes first: its worker may be reading the session's trace.
    delete std::exchange(files_, nullptr);
    columns_->detach();
    // The timeline holds a pointer into the session's trace: let it go first.
    delete timeline_;
    timeline_ = nullptr;
}

QString MainWindow::startHint() { return NarrationPanel::startHint(); }

QString MainWindow::jumpingHint() { return NarrationPanel::jumpingHint(); }

// --- building --------------------------------------------------------------------------------

void MainWindow::buildPanels()
{
    codePanel_ = new CodePanel(*session_, this);
    timelinePanel_ = new TimelinePanel(*session_, *player_, this);
    timeline_ = timelinePanel_->view();
    consolePanel_ = new ConsolePanel(*session_, this);
    demoPanel_ = new DemoPanel(this);
    params_ = demoPanel_->params();
    connect(demoPanel_, &DemoPanel::demoChosen, this, &MainWindow::selectDemo);
    connect(params_, &ParamEditor::paramsChanged, this, [this](const Params& p) { setParams(p); });
    connect(params_, &ParamEditor::editingDone, this, [this] { timeline_->setFocus(); });
    // The check mark shows whether the timeline follows: panning or zooming the current event
    // out of sight stops following, bringing it back or fitting resumes it.
    connect(timeline_, &TimelineView::followCursorChanged, actions_->action(ActionId::Follow),
            &QAction::setChecked);
    narrationPanel_ = new NarrationPanel(*session_, this);
    quizPanel_ = new QuizPanel(*quiz_);

    columns_ = new WindowColumns(*this, *session_,
                                 {demoPanel_->widget(), codePanel_->view(), timeline_, consolePanel_,
                                  quizPanel_, narrationPanel_->banner()},
                                 presentation_->panels());
    setCentralWidget(columns_->centralWidget());
    // The code's area holds the program editor too: dropping the code drops the editor with it.
    presentation_->panels().setPanels({demoPanel_->widget(), columns_->codeArea(), timeline_,
                                       narrationPanel_->banner(), consolePanel_->widget()});
}

void MainWindow::buildMenus()
{
    recent_ = new RecentFilesMenu(this);
    connect(recent_, &RecentFilesMenu::openRequested, this, &MainWindow::beginOpenTraceFile);
    connect(this, &MainWindow::traceFileUsed, recent_, &RecentFilesMenu::add);

    MenuParts parts;
    parts.file = fileMenuActions_; // Open, Save, the exports, Record (buildFileActions)
    parts.recentFiles = recent_->menu();
    parts.themes = themes_->actions();
    for (const PresentationPanels::Panel panel : PresentationPanels::kAll)
        parts.presentationPanels << presentation_->panels().action(panel);
    presentationSizeActions_ = presentation_->sizeActions();
    parts.presentationSizes = presentationSizeActions_->actions();
    parts.notes = {notes_->pinAction(), notes_->removeAction()};
    parts.chooseDemo = [this](const QString& name) { selectDemo(name); };
    demoActions_ = buildMenuBar(*this, *actions_, *transport_, parts);
}

void MainWindow::followSession()
{
    consolePanel_->followSession();
    timelinePanel_->followSession();
    codePanel_->followSession();
    columns_->followSession();
    narrationPanel_->followSession(notes_);
    status_->followSession();
    // Play reads Pause while running to the end, each move is enabled only where it can go,
    // and Stop (Esc) only while a run runs to its end.
    connect(session_, &RunSession::runStarted, transport_, &TransportActions::refresh);
    connect(session_, &RunSession::cursorChanged, transport_, &TransportActions::refresh);
    connect(session_, &RunSession::finishedChanged, transport_, &TransportActions::refresh);
    connect(session_, &RunSession::jumpingChanged, transport_, &TransportActions::refresh);
    connect(session_, &RunSession::jumpingChanged, actions_->action(ActionId::Stop), &QAction::setEnabled);
    presentation_->setParts({timelinePanel_, codePanel_->view(), consolePanel_->view(), status_, columns_,
                             actions_->action(ActionId::Presentation)});
}

// --- runs ------------------------------------------------------------------------------------

void MainWindow::selectDemo(const QString& name)
{
    stopFileTask(); // a new run wins over a file still being opened or saved
    const Demo* demo = findDemo(name.toStdString());
    if (demo == nullptr) return;
    const Params defaults = demo->defaults();
    demoPanel_->showDemo(*demo, defaults);
    for (QAction* a : demoActions_->actions())
        a->setChecked(a->data().toString() == name);
    titleDemo_ = demo;
    setWindowTitle(QString("Yieldscope — %1").arg(demoTitle(*demo)));
    session_->start(*demo, defaults);
}

void MainWindow::setParams(const Params& params)
{
    stopFileTask();
    if (session_->demo() == nullptr) return;
    if (!(params_->params() == params)) params_->setParams(params);
    session_->start(*session_->demo(), params);
}

void MainWindow::buildFileActions()
{
    files_ = new FileTaskController(*this);
    connect(files_, &FileTaskController::progressed, this, &MainWindow::fileProgress);
    openAction_ = new QAction(tr("&Open…"), this);
    openAction_->setObjectName(QStringLiteral("actionOpen"));
    openAction_->setShortcut(QKeySequence::Open);
    openAction_->setStatusTip(tr("Replay a saved run from a trace file"));
    openAction_->setShortcutContext(Qt::WindowShortcut);
    addAction(openAction_);
    connect(openAction_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a trace"), QString(),
                                                          traceFileExporter().fileFilter());
        if (!path.isEmpty()) beginOpenTraceFile(path);
    });
    recordAction_ = new QAction(tr("&Record…"), this);
    recordAction_->setObjectName(QStringLiteral("actionRecord"));
    recordAction_->setStatusTip(
        tr("Record the run as it plays, in presentation mode, as PNG frames or a video"));
    connect(recordAction_, &QAction::triggered, this, [this] {
        player_->pause();
        RecordDialog dialog(*this);
        dialog.exec();
    });
    // Open, the exporters of the registry (Save first), Record.
    fileMenuActions_ = {openAction_};
    fileMenuActions_ << makeExportActions(
        *this, *session_,
        [this](const Exporter& exporter, const QString& path, const ExportOptions& options) {
            exportWith(exporter, path, options);
        });
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    fileMenuActions_ << separator << recordAction_;
}

bool MainWindow::exportWith(const Exporter& exporter, const QString& path, const ExportOptions& options)
{
    auto tell = [this](const QString& message) { showFileMessage(message); };
    // A background export's end, told as the window's signals tell it: a save as a file task.
    auto ended = [this, isSave = &exporter == &traceFileExporter(), path](TraceFileTask::Outcome outcome) {
        if (!isSave) {
            emit chromeTraceExportFinished(outcome);
            return;
        }
        if (outcome == TraceFileTask::Outcome::Done) emit traceFileUsed(path);
        emit fileTaskFinished(outcome);
    };
    const WindowExport context{*this,   *session_, *player_, *timeline_, theme_,
                               *files_, path,      options,  tell,       ended};
    return exporter.exportFromWindow(context);
}

bool MainWindow::exportTimelinePng(const QString& path, qreal scale, TimelineExtent extent)
{
    return exportWith(timelinePngExporter(), path, {scale, extent});
}

bool MainWindow::exportTimelineSvg(const QString& path, TimelineExtent extent)
{
    return exportWith(timelineSvgExporter(), path, {1.0, extent});
}

bool MainWindow::beginExportChromeTrace(const QString& path)
{
    return exportWith(chromeTraceExporter(), path, {});
}

void MainWindow::cancelChromeTraceExport() { files_->cancel(); }

bool MainWindow::exportChromeTraceFile(const QString& path)
{
    return beginExportChromeTrace(path) && files_->wait() == TraceFileTask::Outcome::Done;
}

bool MainWindow::exportWebPage(const QString& path) { return exportWith(webPageExporter(), path, {}); }

void MainWindow::setPresentationSize(const QSize& size)
{
    presentationSize_.setSize(size);
    for (QAction* a : presentationSizeActions_->actions())
        a->setChecked(a->data().toSize() == size);
    if (presentationMode_) presentationSize_.enter(*this);
}

bool MainWindow::exportWindowPng(const QString& path) { return exportWith(windowPngExporter(), path, {}); }

void MainWindow::showFileMessage(const QString& message)
{
    fileMessage_ = message;
    statusBar()->showMessage(message);
}

bool MainWindow::beginOpenTraceFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (files_->running()) {
        showFileMessage(tr("Cannot open %1: another file is being opened or saved").arg(name));
        return false;
    }
    player_->pause();
    files_->start(TraceFileTask::open(path), [this](TraceFileTask& task) {
        const QString file = QFileInfo(task.path()).fileName();
        switch (task.outcome()) {
        case TraceFileTask::Outcome::Failed:
            showFileMessage(tr("Cannot open %1: %2").arg(file, task.error()));
            break;
        case TraceFileTask::Outcome::Cancelled:
            showFileMessage(tr("Opening %1 cancelled: the run is as it was").arg(file));
            break;
        case TraceFileTask::Outcome::Done:
            showOpenedRun(task.takeFile(), task.path());
            break;
        case TraceFileTask::Outcome::Running:
            break;
        }
        emit fileTaskFinished(task.outcome());
    });
    showFileMessage(tr("Opening %1…").arg(name));
    return true;
}

bool MainWindow::beginSaveTraceFile(const QString& path) { return exportWith(traceFileExporter(), path, {}); }

bool MainWindow::openTraceFile(const QString& path)
{
    return beginOpenTraceFile(path) && files_->wait() == TraceFileTask::Outcome::Done;
}

bool MainWindow::saveTraceFile(const QString& path)
{
    return beginSaveTraceFile(path) && files_->wait() == TraceFileTask::Outcome::Done;
}

bool MainWindow::fileTaskRunning() const { return files_->running(); }

void MainWindow::cancelFileTask() { files_->cancel(); }

FileProgressDialog* MainWindow::fileProgressDialog() const { return files_->progressDialog(); }

void MainWindow::showOpenedRun(TraceFile file, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const Demo* demo = file.demo;
    if (demo != nullptr) {
        demoPanel_->showDemo(*demo, file.params);
        for (QAction* a : demoActions_->actions())
            a->setChecked(a->data().toString() == QString::fromStdString(demo->name));
    }
    const bool withProgram = demo == nullptr && !file.program.empty();
    const std::size_t events = file.trace.size();
    session_->open(std::move(file)); // a move: the trace read is handed over, not copied
    if (demo == nullptr) {
        // After the session took the run: the editor leaves its mode on that, which would
        // otherwise take the program's look away again.
        demoPanel_->showUnknownDemo(withProgram);
        for (QAction* a : demoActions_->actions())
            a->setChecked(false);
    }
    titleDemo_ = nullptr; // the title names the file
    setWindowTitle(QString("Yieldscope — %1").arg(name));
    showFileMessage(tr("Opened %1: %n event(s)", nullptr, static_cast<int>(events)).arg(name));
    emit traceFileUsed(path);
}

void MainWindow::stopFileTask() { files_->stop(); }

// --- commands --------------------------------------------------------------------------------

void MainWindow::stopRunning() { session_->cancelJump(); }

void MainWindow::reset()
{
    stopFileTask();
    session_->reset();
}

void MainWindow::resetParameters() { params_->resetToDefaults(); }
void MainWindow::zoomIn() { timeline_->zoomIn(); }
void MainWindow::zoomOut() { timeline_->zoomOut(); }
void MainWindow::fitTimeline() { timeline_->fitToWindow(); }
void MainWindow::setFollow(bool on) { timeline_->setFollowCursor(on); }
void MainWindow::setPresentation(bool on) { setPresentationMode(on); }
void MainWindow::setQuiz(bool on) { quiz_->setEnabled(on); }
void MainWindow::quit() { close(); }
void MainWindow::showShortcuts() { showKeyboardShortcuts(*this, *actions_, *transport_); }
void MainWindow::showAbout() { ys::ui::showAbout(*this); }

void MainWindow::compareRuns()
{
    auto* window = findChild<CompareWindow*>();
    if (window == nullptr) window = new CompareWindow(this);
    window->setTheme(theme_);
    window->show();
    window->raise();
    window->activateWindow();
}

// --- parts -----------------------------------------------------------------------------------

QComboBox* MainWindow::speedChooser() const { return transport_->speedChooser(); }

CodeView* MainWindow::codeView() const { return codePanel_->view(); }

ConsoleView* MainWindow::console() const { return consolePanel_->view(); }

NarrationBanner* MainWindow::narration() const { return narrationPanel_->banner(); }

PresentationPanels& MainWindow::presentationPanels() { return presentation_->panels(); }

QString MainWindow::narrationText() const { return narration()->text(); }

QString MainWindow::statusText() const { return status_->text(); }

QString MainWindow::consoleText() const { return console()->toPlainText(); }

void MainWindow::setPresentationMode(bool on)
{
    if (on == presentationMode_) return;
    presentationMode_ = on;
    // The editor's scroll bars first: the code column is fitted without them.
    editor_->setPresenting(on);
    presentation_->setPresenting(on);
}

void MainWindow::showOwnProgram(bool on)
{
    demoPanel_->setOwnProgramShown(on);
    // The parameters are a demo's: Ctrl+D while typing would start that demo's run.
    actions_->action(ActionId::Defaults)->setEnabled(!on);
    // No demo is checked in the Demo menu while the program is shown; choosing one goes back.
    if (on) {
        if (QAction* checked = demoActions_->checkedAction()) checked->setChecked(false);
        return;
    }
    if (demoActions_->checkedAction() != nullptr || session_->demo() == nullptr) return;
    const QString name = QString::fromStdString(session_->demo()->name);
    for (QAction* a : demoActions_->actions())
        a->setChecked(a->data().toString() == name);
}

// --- themes ----------------------------------------------------------------------------------

MainWindow::ThemeMode MainWindow::themeMode() const { return themes_->mode(); }

void MainWindow::setThemeMode(ThemeMode mode) { themes_->setMode(mode); }

void MainWindow::showTheme(const Theme& theme)
{
    codePanel_->setTheme(theme);
    consolePanel_->setTheme(theme);
    timelinePanel_->setTheme(theme);
    quizPanel_->setTheme(theme);
    narrationPanel_->setTheme(theme);
    // Icons draw in the palette's colours: make them again.
    actions_->refreshIcons();
    transport_->refreshIcons();
    narrationPanel_->update();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange) themes_->paletteChanged();
    if (event->type() == QEvent::LanguageChange) {
        // The demos' names, in the chooser, the Demo menu and the title bar.
        demoPanel_->retranslate();
        retranslateDemoMenu(*demoActions_);
        if (titleDemo_ != nullptr) setWindowTitle(QString("Yieldscope — %1").arg(demoTitle(*titleDemo_)));
        // Everything else in place: the widgets keep their state, only their words change.
        retranslateMenus(*this);
        actions_->retranslate();
        transport_->retranslate();
        if (columns_ != nullptr) columns_->retranslate();
        consolePanel_->retranslate();
        timelinePanel_->retranslate();
        notes_->retranslate();
        narrationPanel_->update();
        status_->retranslate();
    }
}

} // namespace ys::ui
