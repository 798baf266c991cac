// SPDX-License-Identifier: MIT
#include "main_window.hpp"

#include "annotations/annotation_controller.hpp"
#include "chrome_trace_export.hpp"
#include "code_view.hpp"
#include "compare_window.hpp"
#include "export/timeline_export_dialog.hpp"
#include "export/web_page_export.hpp"
#include "files/file_progress_dialog.hpp"
#include "files/window_input_blocker.hpp"
#include "narration_banner.hpp"
#include "param_editor.hpp"
#include "player.hpp"
#include "presentation/presentation_panels.hpp"
#include "quiz/quiz_panel.hpp"
#include "quiz/quiz_session.hpp"
#include "recording/record_dialog.hpp"
#include "recording/window_image.hpp"
#include "run_session.hpp"
#include "timeline/timeline_view.hpp"
#include "trace_file.hpp"
#include "ui/panels/code_panel.hpp"
#include "ui/panels/console_panel.hpp"
#include "ui/panels/demo_panel.hpp"
#include "ui/panels/narration_panel.hpp"
#include "ui/panels/timeline_panel.hpp"
#include "ui/session/transport_actions.hpp"
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
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QScreen>
#include <QStatusBar>
#include <QSvgGenerator>

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
    notes_ = new AnnotationController(*session_, *timeline_, this);
    buildMenus();
    followSession();
    connect(themes_, &ThemeController::themeChanged, this, &MainWindow::showTheme);
    connect(presentation_, &PresentationMode::sizeChosen, this, &MainWindow::setPresentationSize);

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
    delete std::exchange(fileTask_, nullptr);
    delete std::exchange(exportTask_, nullptr);
    inputBlocker_.reset();
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
    demoChooser_ = demoPanel_->chooser();
    demoSummary_ = demoPanel_->summary();
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
    presentation_->panels().setPanels({demoPanel_->widget(), columns_->codeBox(), timeline_,
                                       narrationPanel_->banner(), consolePanel_->widget()});
}

void MainWindow::buildMenus()
{
    recent_ = new RecentFilesMenu(this);
    connect(recent_, &RecentFilesMenu::openRequested, this, &MainWindow::beginOpenTraceFile);
    connect(this, &MainWindow::traceFileUsed, recent_, &RecentFilesMenu::add);

    MenuParts parts;
    parts.file = {openAction_,
                  saveAction_,
                  nullptr,
                  exportPngAction_,
                  exportSvgAction_,
                  exportChromeAction_,
                  exportWebPageAction_,
                  exportWindowAction_,
                  nullptr,
                  recordAction_,
                  nullptr};
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
    setWindowTitle(QString("Yieldscope — %1").arg(QString::fromStdString(demo->title)));
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
    openAction_ = new QAction(tr("&Open…"), this);
    openAction_->setObjectName(QStringLiteral("actionOpen"));
    openAction_->setShortcut(QKeySequence::Open);
    openAction_->setStatusTip(tr("Replay a saved run from a trace file"));
    saveAction_ = new QAction(tr("&Save…"), this);
    saveAction_->setObjectName(QStringLiteral("actionSave"));
    saveAction_->setShortcut(QKeySequence::Save);
    saveAction_->setStatusTip(tr("Save the whole run, with its demo and parameters, as a trace file"));
    exportPngAction_ = new QAction(tr("Export timeline as &PNG…"), this);
    exportPngAction_->setObjectName(QStringLiteral("actionExportPng"));
    exportPngAction_->setStatusTip(
        tr("Save the timeline, as shown or the whole run, as an image at 1x to 4x its size"));
    exportSvgAction_ = new QAction(tr("Export timeline as S&VG…"), this);
    exportSvgAction_->setObjectName(QStringLiteral("actionExportSvg"));
    exportSvgAction_->setStatusTip(tr("Save the timeline, as shown or the whole run, as a scalable drawing"));
    exportChromeAction_ = new QAction(tr("Export as &Chrome trace…"), this);
    exportChromeAction_->setObjectName(QStringLiteral("actionExportChromeTrace"));
    exportChromeAction_->setStatusTip(tr("Save the whole run for Perfetto or chrome://tracing"));
    connect(exportChromeAction_, &QAction::triggered, this, [this] {
        const QString base = session_->demo() != nullptr ? QString::fromStdString(session_->demo()->name)
                                                         : QStringLiteral("run");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export as Chrome trace"),
                                                          base + QStringLiteral("-trace.json"),
                                                          tr("Trace Event Format (*.json);;All files (*)"));
        if (!path.isEmpty()) beginExportChromeTrace(path);
    });
    exportWebPageAction_ = new QAction(tr("Export as &web page…"), this);
    exportWebPageAction_->setObjectName(QStringLiteral("actionExportWebPage"));
    exportWebPageAction_->setStatusTip(
        tr("Save the whole run as one web page that steps in any browser, offline"));
    connect(exportWebPageAction_, &QAction::triggered, this, [this] {
        const QString base = session_->demo() != nullptr ? QString::fromStdString(session_->demo()->name)
                                                         : QStringLiteral("run");
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export as web page"), base + QStringLiteral(".html"),
                                         tr("Web pages (*.html);;All files (*)"));
        if (!path.isEmpty()) exportWebPage(path);
    });
    for (QAction* a : {openAction_, saveAction_}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
    exportWindowAction_ = new QAction(tr("Export &window as PNG…"), this);
    exportWindowAction_->setObjectName(QStringLiteral("actionExportWindow"));
    exportWindowAction_->setStatusTip(tr("Save the whole window as it is shown now (code, timeline, console, "
                                         "narration) as an image"));
    connect(exportWindowAction_, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the window as PNG"),
                                                          QStringLiteral("yieldscope-window.png"),
                                                          tr("PNG images (*.png);;All files (*)"));
        if (!path.isEmpty()) exportWindowPng(path);
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
    const QString filter = tr("Yieldscope traces (*.jsonl);;All files (*)");
    connect(openAction_, &QAction::triggered, this, [this, filter] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a trace"), QString(), filter);
        if (!path.isEmpty()) beginOpenTraceFile(path);
    });
    connect(saveAction_, &QAction::triggered, this, [this, filter] {
        QString suggested = session_->demo() != nullptr ? QString::fromStdString(session_->demo()->name)
                                                        : QStringLiteral("run");
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the run"),
                                                          suggested + QStringLiteral(".jsonl"), filter);
        if (!path.isEmpty()) beginSaveTraceFile(path);
    });
    auto suggestedName = [this](const QString& suffix) {
        const QString base = session_->demo() != nullptr ? QString::fromStdString(session_->demo()->name)
                                                         : QStringLiteral("timeline");
        return base + QStringLiteral("-timeline.") + suffix;
    };
    connect(exportPngAction_, &QAction::triggered, this, [this, suggestedName] {
        TimelineExportDialog options(TimelineExportDialog::Format::Png, this);
        if (options.exec() != QDialog::Accepted) return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the timeline as PNG"),
                                                          suggestedName(QStringLiteral("png")),
                                                          tr("PNG images (*.png);;All files (*)"));
        if (!path.isEmpty()) exportTimelinePng(path, options.scale(), options.extent());
    });
    connect(exportSvgAction_, &QAction::triggered, this, [this, suggestedName] {
        TimelineExportDialog options(TimelineExportDialog::Format::Svg, this);
        if (options.exec() != QDialog::Accepted) return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the timeline as SVG"),
                                                          suggestedName(QStringLiteral("svg")),
                                                          tr("SVG drawings (*.svg);;All files (*)"));
        if (!path.isEmpty()) exportTimelineSvg(path, options.extent());
    });
}

// Fits the timeline to the whole run for one picture and puts the view back afterwards, so an
// export never moves what the class is looking at.
class MainWindow::WholeRunView {
public:
    WholeRunView(TimelineView& timeline, TimelineExtent extent)
        : timeline_(timeline), active_(extent == TimelineExtent::WholeRun), zoom_(timeline.viewport().zoom()),
          offset_(timeline.viewport().offset()), follow_(timeline.followCursor()),
          animated_(timeline.isAnimated())
    {
        if (!active_) return;
        timeline_.setAnimated(false);
        timeline_.fitToWindow();
    }
    ~WholeRunView()
    {
        if (!active_) return;
        timeline_.setZoomAndOffset(zoom_, offset_);
        timeline_.setFollowCursor(follow_);
        timeline_.setZoomAndOffset(zoom_, offset_); // following may have panned
        timeline_.setAnimated(animated_);
    }
    WholeRunView(const WholeRunView&) = delete;
    WholeRunView& operator=(const WholeRunView&) = delete;

private:
    TimelineView& timeline_;
    bool active_;
    double zoom_;
    double offset_;
    bool follow_;
    bool animated_;
};

bool MainWindow::exportTimelinePng(const QString& path, qreal scale, TimelineExtent extent)
{
    const QString name = QFileInfo(path).fileName();
    scale = std::clamp<qreal>(scale, 0.25, 8.0);
    const QSize size = timeline_->size();
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(theme_.window);
    {
        const WholeRunView whole(*timeline_, extent);
        timeline_->render(&image);
    }
    if (image.isNull() || !image.save(path, "PNG")) {
        showFileMessage(tr("Cannot export %1").arg(name));
        return false;
    }
    showFileMessage(tr("Exported the timeline to %1").arg(name));
    return true;
}

bool MainWindow::beginExportChromeTrace(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (fileTask_ != nullptr || exportTask_ != nullptr) {
        showFileMessage(tr("Cannot export %1: another file is being opened or saved").arg(name));
        return false;
    }
    player_->pause();
    // As a save: a finished run is written where it lies (the window takes no input meanwhile),
    // one still running is run whole on the worker's own engine.
    const Trace* trace = session_->trace();
    std::unique_ptr<ChromeTraceExportTask> task;
    if ((session_->finished() || session_->demo() == nullptr) && trace != nullptr) {
        task = ChromeTraceExportTask::write(path, session_->demo() != nullptr ? session_->demo()->name : "",
                                            *trace);
    } else {
        task = ChromeTraceExportTask::writeWholeRun(path, *session_->demo(), session_->params());
    }
    exportTask_ = task.release();
    exportTask_->setParent(this);
    inputBlocker_ = std::make_unique<WindowInputBlocker>(*this);
    fileProgress_ = new FileProgressDialog(name, true, *this);
    connect(fileProgress_, &FileProgressDialog::canceled, exportTask_, &ChromeTraceExportTask::cancel);
    connect(exportTask_, &ChromeTraceExportTask::progressed, this,
            [this](TraceFileTask::Stage stage, qint64 done, qint64 total) {
                fileProgress_->showProgress(stage, done, total);
            });
    connect(exportTask_, &ChromeTraceExportTask::finished, this, &MainWindow::chromeTraceExportEnded);
    showFileMessage(tr("Exporting %1…").arg(name));
    return true;
}

void MainWindow::chromeTraceExportEnded()
{
    ChromeTraceExportTask* task = std::exchange(exportTask_, nullptr);
    task->deleteLater(); // it is emitting the signal that brought us here
    delete std::exchange(fileProgress_, nullptr);
    inputBlocker_.reset();
    const QString name = QFileInfo(task->path()).fileName();
    switch (task->outcome()) {
    case TraceFileTask::Outcome::Failed:
        showFileMessage(tr("Cannot export %1: %2").arg(name, task->error()));
        break;
    case TraceFileTask::Outcome::Cancelled:
        showFileMessage(tr("Exporting %1 cancelled: the file is as it was").arg(name));
        break;
    case TraceFileTask::Outcome::Done:
        showFileMessage(tr("Exported the run to %1").arg(name));
        break;
    case TraceFileTask::Outcome::Running:
        break;
    }
    emit chromeTraceExportFinished(task->outcome());
}

void MainWindow::cancelChromeTraceExport()
{
    if (exportTask_ != nullptr) exportTask_->cancel();
}

bool MainWindow::exportChromeTraceFile(const QString& path)
{
    auto outcome = TraceFileTask::Outcome::Running;
    QEventLoop loop;
    connect(this, &MainWindow::chromeTraceExportFinished, &loop, [&outcome, &loop](TraceFileTask::Outcome o) {
        outcome = o;
        loop.quit();
    });
    if (!beginExportChromeTrace(path)) return false;
    if (exportTask_ != nullptr) loop.exec();
    // The application is quitting (its event loops all end): the export stops as Cancel does.
    if (exportTask_ != nullptr) {
        exportTask_->cancel();
        exportTask_->waitForFinished();
    }
    return outcome == TraceFileTask::Outcome::Done;
}

bool MainWindow::exportWebPage(const QString& path)
{
    player_->pause();
    const QString name = QFileInfo(path).fileName();
    QString error;
    bool refused = false;
    if (!WebPageExport::exportSession(*session_, path, error, refused)) {
        showFileMessage(tr("Cannot export %1: %2").arg(name, error));
        if (refused) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Export as web page"),
                                        tr("Cannot export %1: %2.").arg(name, error), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("webPageRefused"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return false;
    }
    showFileMessage(tr("Exported the run to %1").arg(name));
    return true;
}

bool MainWindow::exportTimelineSvg(const QString& path, TimelineExtent extent)
{
    const QString name = QFileInfo(path).fileName();
    const QSize size = timeline_->size();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(windowTitle());
    svg.setDescription(tr("The timeline of a Yieldscope run"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        showFileMessage(tr("Cannot export %1").arg(name));
        return false;
    }
    {
        const WholeRunView whole(*timeline_, extent);
        timeline_->render(&painter);
    }
    painter.end();
    if (!QFileInfo::exists(path)) {
        showFileMessage(tr("Cannot export %1").arg(name));
        return false;
    }
    showFileMessage(tr("Exported the timeline to %1").arg(name));
    return true;
}

void MainWindow::setPresentationSize(const QSize& size)
{
    presentationSize_.setSize(size);
    for (QAction* a : presentationSizeActions_->actions())
        a->setChecked(a->data().toSize() == size);
    if (presentationMode_) presentationSize_.enter(*this);
}

bool MainWindow::exportWindowPng(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (!saveWindowPng(*this, path)) {
        showFileMessage(tr("Cannot export %1").arg(name));
        return false;
    }
    showFileMessage(tr("Exported the window to %1").arg(name));
    return true;
}

void MainWindow::showFileMessage(const QString& message)
{
    fileMessage_ = message;
    statusBar()->showMessage(message);
}

bool MainWindow::beginOpenTraceFile(const QString& path)
{
    if (fileTask_ != nullptr || exportTask_ != nullptr) {
        showFileMessage(
            tr("Cannot open %1: another file is being opened or saved").arg(QFileInfo(path).fileName()));
        return false;
    }
    player_->pause();
    startFileTask(TraceFileTask::open(path));
    return true;
}

bool MainWindow::beginSaveTraceFile(const QString& path)
{
    if (fileTask_ != nullptr || exportTask_ != nullptr) {
        showFileMessage(
            tr("Cannot save %1: another file is being opened or saved").arg(QFileInfo(path).fileName()));
        return false;
    }
    player_->pause();
    std::string header = traceFileHeader(session_->demo(), session_->params(), session_->annotations());
    // A finished run (a replayed one too) changes no more, and the window takes no input while
    // it is written: the worker writes it where it lies. One still running is run whole on the
    // worker's own engine, and the run on screen goes on as it was.
    const Trace* trace = session_->trace();
    if ((session_->finished() || session_->demo() == nullptr) && trace != nullptr) {
        startFileTask(TraceFileTask::save(path, std::move(header), *trace));
    } else {
        startFileTask(
            TraceFileTask::saveWholeRun(path, std::move(header), *session_->demo(), session_->params()));
    }
    return true;
}

bool MainWindow::openTraceFile(const QString& path) { return beginOpenTraceFile(path) && waitForFileTask(); }

bool MainWindow::saveTraceFile(const QString& path) { return beginSaveTraceFile(path) && waitForFileTask(); }

void MainWindow::cancelFileTask()
{
    if (fileTask_ != nullptr) fileTask_->cancel();
}

void MainWindow::startFileTask(std::unique_ptr<TraceFileTask> task)
{
    fileTask_ = task.release();
    fileTask_->setParent(this);
    const QString name = QFileInfo(fileTask_->path()).fileName();
    inputBlocker_ = std::make_unique<WindowInputBlocker>(*this);
    fileProgress_ = new FileProgressDialog(name, fileTask_->saving(), *this);
    connect(fileProgress_, &FileProgressDialog::canceled, fileTask_, &TraceFileTask::cancel);
    connect(fileTask_, &TraceFileTask::progressed, this,
            [this](TraceFileTask::Stage stage, qint64 done, qint64 total) {
                fileProgress_->showProgress(stage, done, total);
                emit fileProgress(stage, done, total);
            });
    connect(fileTask_, &TraceFileTask::finished, this, &MainWindow::fileTaskEnded);
    showFileMessage(fileTask_->saving() ? tr("Saving %1…").arg(name) : tr("Opening %1…").arg(name));
}

void MainWindow::fileTaskEnded()
{
    TraceFileTask* task = std::exchange(fileTask_, nullptr);
    task->deleteLater(); // it is emitting the signal that brought us here
    delete std::exchange(fileProgress_, nullptr);
    inputBlocker_.reset();
    const QString name = QFileInfo(task->path()).fileName();
    const TraceFileTask::Outcome outcome = task->outcome();
    switch (outcome) {
    case TraceFileTask::Outcome::Failed:
        showFileMessage(
            (task->saving() ? tr("Cannot save %1: %2") : tr("Cannot open %1: %2")).arg(name, task->error()));
        break;
    case TraceFileTask::Outcome::Cancelled:
        showFileMessage(task->saving() ? tr("Saving %1 cancelled: the file is as it was").arg(name)
                                       : tr("Opening %1 cancelled: the run is as it was").arg(name));
        break;
    case TraceFileTask::Outcome::Done:
        if (task->saving()) {
            showFileMessage(tr("Saved %1").arg(name));
            emit traceFileUsed(task->path());
        } else {
            showOpenedRun(task->takeFile(), task->path());
        }
        break;
    case TraceFileTask::Outcome::Running:
        break;
    }
    emit fileTaskFinished(outcome);
}

void MainWindow::showOpenedRun(TraceFile file, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const Demo* demo = file.demo;
    if (demo != nullptr) {
        const int index = demoChooser_->findData(QString::fromStdString(demo->name));
        if (index >= 0) demoChooser_->setCurrentIndex(index);
        for (QAction* a : demoActions_->actions())
            a->setChecked(a->data().toString() == QString::fromStdString(demo->name));
        demoSummary_->setText(QString::fromStdString(demo->summary));
        params_->setDemo(*demo, file.params);
    } else {
        demoSummary_->setText(tr("A recorded run of an unknown demo: no code to show."));
    }
    const std::size_t events = file.trace.size();
    session_->open(std::move(file)); // a move: the trace read is handed over, not copied
    setWindowTitle(QString("Yieldscope — %1").arg(name));
    showFileMessage(tr("Opened %1: %n event(s)", nullptr, static_cast<int>(events)).arg(name));
    emit traceFileUsed(path);
}

bool MainWindow::waitForFileTask()
{
    auto outcome = TraceFileTask::Outcome::Running;
    QEventLoop loop;
    connect(this, &MainWindow::fileTaskFinished, &loop, [&outcome, &loop](TraceFileTask::Outcome o) {
        outcome = o;
        loop.quit();
    });
    if (fileTask_ != nullptr) loop.exec();
    // The application is quitting (its event loops all end): the file stops as Cancel does.
    stopFileTask();
    return outcome == TraceFileTask::Outcome::Done;
}

void MainWindow::stopFileTask()
{
    if (fileTask_ == nullptr) return;
    fileTask_->cancel();
    fileTask_->waitForFinished();
}

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
    presentation_->setPresenting(on);
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
}

} // namespace ys::ui
