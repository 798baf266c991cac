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
#include "icons.hpp"
#include "long_text.hpp"
#include "narration.hpp"
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
#include "ui/editor/editor_controller.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgGenerator>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>
#include <optional>
#include <utility>

namespace ys::ui {
namespace {

constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0};
constexpr int kSpeedCount = static_cast<int>(std::size(kSpeeds));
constexpr int kDefaultSpeedIndex = 2;
// Presentation mode: how much larger the timeline and the narration are drawn, and the code
// font's largest and smallest sizes (the default mode's are 16 and 14 pt).
constexpr qreal kPresentationTimelineScale = 1.5;
constexpr qreal kPresentationNarrationScale = 1.4;
constexpr qreal kCodePoints = 16;
constexpr qreal kCodeMinPoints = 12;
constexpr qreal kPresentationCodePoints = 22;
constexpr qreal kPresentationCodeMinPoints = 16;
// Below the floors, only to keep a line whole in a window too narrow for it.
constexpr qreal kCodeLastPoints = 8;
// The status line's font, in points, in either mode.
constexpr qreal kStatusPoints = 14;
constexpr qreal kPresentationStatusPoints = 18;
// Presentation mode draws the timeline's lines this much heavier again, for the back of a room.
constexpr qreal kPresentationStrokeWeight = 1.3;

// Where the window reads the Theme: the only place that knows its shape.
QColor kindColour(const Theme& theme, Kind kind) { return theme.kindColor(kind); }
Theme timelineTheme(Theme theme, bool presenting)
{
    if (presenting) theme.strokeWeight *= kPresentationStrokeWeight;
    return theme;
}
bool themeIsDark(const Theme& theme) { return theme.isDark; }

QFont codeFont(qreal points)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(points);
    f.setStyleHint(QFont::Monospace);
    return f;
}

// The theme's palette for the window's chrome: panels' content (code, console, timeline, input
// fields) stands out on a slightly tinted background.
QPalette windowPalette(const Theme& theme)
{
    QPalette p = theme.palette();
    p.setColor(QPalette::Window, theme.gutter);
    p.setColor(QPalette::Base, theme.window);
    p.setColor(QPalette::AlternateBase, theme.laneBand);
    p.setColor(QPalette::Button, mix(theme.gutter, theme.text, theme.isDark ? 0.10 : 0.05));
    p.setColor(QPalette::Light, mix(theme.gutter, theme.text, theme.isDark ? 0.18 : 0.0));
    p.setColor(QPalette::Midlight, mix(theme.gutter, theme.text, 0.12));
    p.setColor(QPalette::Mid, theme.separator);
    p.setColor(QPalette::Dark, mix(theme.separator, theme.text, 0.25));
    p.setColor(QPalette::Shadow, mix(theme.separator, theme.text, 0.5));
    return p;
}

QString speedText(double speed)
{
    if (speed == 0.25) return QStringLiteral("¼×");
    if (speed == 0.5) return QStringLiteral("½×");
    return QString::number(speed) + QStringLiteral("×");
}

// A titled panel: a bold heading above the content.
QWidget* titled(const QString& title, QWidget* content, QLabel** heading = nullptr)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* label = new QLabel(title);
    QFont f; // only the weight: the size is the window's
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (heading) *heading = label;
    return box;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), session_(new RunSession(this)), player_(new Player(*session_, this)),
      quiz_(new QuizSession(*session_, this)), systemPalette_(QApplication::palette()),
      theme_(Theme::forSystem())
{
    setObjectName(QStringLiteral("mainWindow"));
    QFont base = font();
    base.setPointSizeF(std::max<qreal>(base.pointSizeF(), 13));
    setFont(base);

    buildActions();
    buildFileActions();
    buildMenus();
    buildToolBar();
    buildCentre();
    buildStatusBar();
    notes_ = new AnnotationController(*session_, *timeline_, this);
    auto* notesMenu = new QMenu(tr("&Notes"), this);
    notesMenu->addAction(notes_->pinAction());
    notesMenu->addAction(notes_->removeAction());
    menuBar()->insertMenu(menuBar()->actions().constLast(), notesMenu); // before Help
    connect(notes_, &AnnotationController::notesChanged, this, &MainWindow::updateNarration);

    // A program of one's own (ui/editor/): the editor above the code panel, swapped with it
    // while editing; its actions at the end of the Demo menu.
    editor_ = new EditorController(*this, code_->parentWidget());
    if (QMenu* demoMenu = menuBar()->actions().value(1)->menu()) {
        demoMenu->addSeparator();
        demoMenu->addActions({editor_->editDemoAction(), editor_->newProgramAction(), editor_->runAction(),
                              editor_->stopAction()});
    }

    connect(session_, &RunSession::runStarted, this, &MainWindow::runStarted);
    connect(session_, &RunSession::cursorChanged, this, &MainWindow::cursorMoved);
    connect(session_, &RunSession::traceGrew, this, &MainWindow::traceGrew);
    connect(session_, &RunSession::finishedChanged, this, [this] {
        updateStatus();
        updateActions();
        updateNarration();
    });
    connect(session_, &RunSession::jumpingChanged, this, [this] {
        updateStatus();
        updateActions();
        updateNarration();
    });
    connect(player_, &Player::playingChanged, this, [this] { updateActions(); });
    // While playing, the timeline keeps the story so far in view (see TimelineView).
    connect(player_, &Player::playingChanged, timeline_, &TimelineView::setStoryInView);
    connect(player_, &Player::speedChanged, this, [this](double speed) {
        const auto* it = std::find(std::begin(kSpeeds), std::end(kSpeeds), speed);
        if (it != std::end(kSpeeds))
            speedChooser_->setCurrentIndex(static_cast<int>(it - std::begin(kSpeeds)));
    });

    resize(1600, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize avail = screen->availableSize();
        if (avail.width() < 1600 || avail.height() < 900) resize(avail * 0.95);
    }
    applyTheme();
    selectDemo(QStringLiteral("countdown"));
    timeline_->setFocus();
}

MainWindow::~MainWindow()
{
    // A file being opened or saved goes first: its worker may be reading the session's trace.
    delete std::exchange(fileTask_, nullptr);
    delete std::exchange(exportTask_, nullptr);
    inputBlocker_.reset();
    // Panels going away resize the splitters: nothing is to be fitted or folded any more.
    columns_->removeEventFilter(this);
    timelineAndConsole_->removeEventFilter(this);
    // The timeline holds a pointer into the session's trace: let it go first.
    delete timeline_;
    timeline_ = nullptr;
}

QString MainWindow::startHint() { return tr("Press Space to play or → to step."); }

QString MainWindow::jumpingHint()
{
    return tr(
        "Running the demo to its end; its last event shows when it gets there. Press Esc to stop it here.");
}

// --- building --------------------------------------------------------------------------------

void MainWindow::buildActions()
{
    auto make = [this](const QString& text, const QKeySequence& key, const QString& tip, Glyph glyph,
                       bool withIcon = true) {
        auto* a = new QAction(text, this);
        if (!key.isEmpty()) a->setShortcut(key);
        a->setToolTip(key.isEmpty() ? tip
                                    : QString("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        if (withIcon) a->setIcon(glyphIcon(glyph));
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    playAction_ =
        make(tr("&Play"), Qt::Key_Space, tr("Play the run at the chosen speed, or pause it"), Glyph::Play);
    playAction_->setObjectName(QStringLiteral("actionPlay"));
    stepAction_ = make(tr("&Step"), Qt::Key_Right, tr("Show the next event"), Glyph::StepForward);
    stepAction_->setObjectName(QStringLiteral("actionStep"));
    // Page Down / Page Up as well: what a presenter's remote clicker sends.
    stepAction_->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    stepBackAction_ = make(tr("Step &back"), Qt::Key_Left, tr("Show the previous event"), Glyph::StepBack);
    stepBackAction_->setObjectName(QStringLiteral("actionStepBack"));
    stepBackAction_->setShortcuts({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    startAction_ =
        make(tr("&Start"), Qt::Key_Home, tr("Jump to the start, before the first event"), Glyph::JumpToStart);
    startAction_->setObjectName(QStringLiteral("actionStart"));
    endAction_ =
        make(tr("&End"), Qt::Key_End, tr("Run to the end and show the last event"), Glyph::JumpToEnd);
    endAction_->setObjectName(QStringLiteral("actionEnd"));
    // A long run takes seconds to run to its end: Esc stops it where it has got (so do Space,
    // a step, Home and Reset). Enabled only then, so that Esc is free for everything else.
    stopAction_ = make(tr("S&top running to the end"), Qt::Key_Escape,
                       tr("Stop running to the end; what was recorded stays"), Glyph::Pause, false);
    stopAction_->setObjectName(QStringLiteral("actionStop"));
    stopAction_->setEnabled(false);
    resetAction_ = make(tr("&Reset"), Qt::Key_R, tr("Start the run again from the beginning"), Glyph::Reset);
    resetAction_->setObjectName(QStringLiteral("actionReset"));
    fasterAction_ = make(tr("&Faster"), Qt::Key_BracketRight, tr("Play faster"), Glyph::Play, false);
    slowerAction_ = make(tr("S&lower"), Qt::Key_BracketLeft, tr("Play slower"), Glyph::Play, false);
    defaultsAction_ = make(tr("Reset &parameters to defaults"), QKeySequence(Qt::CTRL | Qt::Key_D),
                           tr("Set every parameter back to its default"), Glyph::Reset, false);
    zoomInAction_ = make(tr("Zoom &in"), QKeySequence::ZoomIn, tr("Zoom into the timeline"), Glyph::ZoomIn);
    zoomOutAction_ =
        make(tr("Zoom &out"), QKeySequence::ZoomOut, tr("Zoom out of the timeline"), Glyph::ZoomOut);
    fitAction_ = make(tr("&Fit timeline"), QKeySequence(Qt::CTRL | Qt::Key_0),
                      tr("Fit the whole run into the timeline"), Glyph::Fit);
    followAction_ = make(tr("F&ollow the current event"), Qt::Key_F, tr("Keep the current event in view"),
                         Glyph::Fit, false);
    followAction_->setCheckable(true);
    followAction_->setChecked(true);
    presentationAction_ =
        make(tr("&Presentation mode"), Qt::Key_F11,
             tr("Full screen, with larger code, timeline and narration for a classroom"), Glyph::Fit, false);
    presentationAction_->setObjectName(QStringLiteral("actionPresentation"));
    presentationAction_->setCheckable(true);
    connect(presentationAction_, &QAction::toggled, this, &MainWindow::setPresentationMode);
    quizAction_ = make(tr("&Quiz mode"), Qt::Key_Q,
                       tr("Before each event, the class guesses what happens next"), Glyph::Play, false);
    quizAction_->setObjectName(QStringLiteral("actionQuiz"));
    quizAction_->setCheckable(true);
    connect(quizAction_, &QAction::toggled, quiz_, &QuizSession::setEnabled);
    // In quiz mode Play asks the next question instead of running on past it.
    connect(player_, &Player::playingChanged, this, [this](bool playing) {
        if (!playing || !quiz_->enabled()) return;
        player_->pause();
        quiz_->stepForward();
    });
    quitAction_ = make(tr("&Quit"), QKeySequence::Quit, tr("Close Yieldscope"), Glyph::Play, false);
    shortcutsAction_ =
        make(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, tr("List the keys"), Glyph::Play, false);
    aboutAction_ = make(tr("&About Yieldscope"), {}, tr("About Yieldscope"), Glyph::Play, false);

    // While a jump to the end runs, Play reads Pause and stops it.
    connect(playAction_, &QAction::triggered, this, [this] {
        if (session_->jumping()) {
            session_->cancelJump();
            return;
        }
        player_->toggle();
    });
    connect(stopAction_, &QAction::triggered, session_, &RunSession::cancelJump);
    connect(stepAction_, &QAction::triggered, this, [this] {
        player_->pause();
        quiz_->stepForward(); // in quiz mode: the question before the event
    });
    connect(stepBackAction_, &QAction::triggered, this, [this] {
        player_->pause();
        session_->stepBack();
    });
    connect(startAction_, &QAction::triggered, this, [this] {
        player_->pause();
        session_->jumpToStart();
    });
    connect(endAction_, &QAction::triggered, this, [this] {
        player_->pause();
        session_->jumpToEnd();
    });
    connect(resetAction_, &QAction::triggered, this, [this] {
        stopFileTask();
        session_->reset();
    });
    connect(fasterAction_, &QAction::triggered, this,
            [this] { setSpeedIndex(speedChooser_->currentIndex() + 1); });
    connect(slowerAction_, &QAction::triggered, this,
            [this] { setSpeedIndex(speedChooser_->currentIndex() - 1); });
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);
    connect(shortcutsAction_, &QAction::triggered, this, [this] {
        QString rows;
        for (QAction* a : {playAction_, stepAction_, stepBackAction_, startAction_, endAction_, stopAction_,
                           resetAction_, fasterAction_, slowerAction_, followAction_, zoomInAction_,
                           zoomOutAction_, fitAction_, presentationAction_, quizAction_}) {
            QStringList keys;
            for (const QKeySequence& key : a->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            rows += QString("<tr><td style='padding-right:24px'><b>%1</b></td><td>%2</td></tr>")
                        .arg(keys.join(QStringLiteral(", ")).toHtmlEscaped(), a->statusTip().toHtmlEscaped());
        }
        QMessageBox::information(this, tr("Keyboard shortcuts"), QString("<table>%1</table>").arg(rows));
    });
    connect(aboutAction_, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Yieldscope"),
            tr("<p><b>Yieldscope</b> %1</p><p>Makes JavaScript async iteration visible, one event "
               "at a time: every next() call, await, yield, value received and return() of a "
               "demo, drawn on a timeline beside its code.</p><p>Released under the MIT licence.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(openAction_);
    file->addAction(saveAction_);
    file->addSeparator();
    file->addAction(exportPngAction_);
    file->addAction(exportSvgAction_);
    file->addAction(exportChromeAction_);
    file->addAction(exportWebPageAction_);
    file->addAction(exportWindowAction_);
    file->addSeparator();
    file->addAction(recordAction_);
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu* demo = menuBar()->addMenu(tr("&Demo"));
    demoActions_ = new QActionGroup(this);
    demoActions_->setExclusive(true);
    int index = 0;
    for (const Demo* d : allDemos()) {
        auto* a = demo->addAction(QString::fromStdString(d->title));
        a->setCheckable(true);
        a->setData(QString::fromStdString(d->name));
        a->setStatusTip(QString::fromStdString(d->summary));
        if (index < 9) a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        demoActions_->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { selectDemo(a->data().toString()); });
        ++index;
    }
    demo->addSeparator();
    demo->addAction(defaultsAction_);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(playAction_);
    run->addAction(stepAction_);
    run->addAction(stepBackAction_);
    run->addSeparator();
    run->addAction(startAction_);
    run->addAction(endAction_);
    run->addAction(stopAction_);
    run->addAction(resetAction_);
    run->addSeparator();
    run->addAction(fasterAction_);
    run->addAction(slowerAction_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* themes = view->addMenu(tr("&Theme"));
    themeActions_ = new QActionGroup(this);
    themeActions_->setExclusive(true);
    const std::pair<QString, ThemeMode> modes[] = {{tr("&System"), ThemeMode::System},
                                                   {tr("&Light"), ThemeMode::Light},
                                                   {tr("&Dark"), ThemeMode::Dark},
                                                   {tr("&High contrast"), ThemeMode::HighContrast}};
    for (const auto& [label, mode] : modes) {
        auto* a = themes->addAction(label);
        a->setCheckable(true);
        a->setChecked(mode == ThemeMode::System);
        a->setData(static_cast<int>(mode));
        themeActions_->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode = mode] { setThemeMode(mode); });
    }
    view->addSeparator();
    view->addAction(zoomInAction_);
    view->addAction(zoomOutAction_);
    view->addAction(fitAction_);
    view->addAction(followAction_);
    view->addSeparator();
    view->addAction(presentationAction_);
    QMenu* panels = view->addMenu(tr("P&anels"));
    presentationPanels_ = new PresentationPanels(this);
    for (const PresentationPanels::Panel panel : PresentationPanels::kAll)
        panels->addAction(presentationPanels_->action(panel));
    QMenu* sizes = view->addMenu(tr("Presentation si&ze"));
    presentationSizeActions_ = new QActionGroup(this);
    for (const QSize& size : PresentationSize::choices()) {
        QAction* a = sizes->addAction(PresentationSize::label(size));
        a->setCheckable(true);
        a->setChecked(size.isEmpty());
        a->setData(size);
        a->setStatusTip(tr("The size presentation mode lays the window out at"));
        presentationSizeActions_->addAction(a);
        connect(a, &QAction::triggered, this, [this, size] { setPresentationSize(size); });
    }
    view->addAction(quizAction_);
    view->addSeparator();
    QAction* compare = view->addAction(tr("&Compare two runs…"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    compare->setStatusTip(tr("Two runs on one time axis, stepped together"));
    connect(compare, &QAction::triggered, this, [this] {
        auto* window = findChild<CompareWindow*>();
        if (window == nullptr) window = new CompareWindow(this);
        window->setTheme(theme_);
        window->show();
        window->raise();
        window->activateWindow();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcutsAction_);
    help->addAction(aboutAction_);
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Playback"));
    bar->setObjectName(QStringLiteral("playbackToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(28, 28));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setAccessibleName(tr("Playback controls"));
    QFont f = bar->font();
    f.setPointSizeF(14);
    bar->setFont(f);

    for (QAction* a : {startAction_, stepBackAction_, playAction_, stepAction_, endAction_})
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(resetAction_);
    bar->addSeparator();

    auto* speedLabel = new QLabel(tr("  Sp&eed "), bar);
    speedChooser_ = new QComboBox(bar);
    speedChooser_->setObjectName(QStringLiteral("speedChooser"));
    for (double s : kSpeeds)
        speedChooser_->addItem(speedText(s), s);
    speedChooser_->setCurrentIndex(kDefaultSpeedIndex);
    speedChooser_->setAccessibleName(tr("Playback speed"));
    speedChooser_->setToolTip(tr("How fast Play runs through virtual time ([ slower, ] faster)"));
    speedChooser_->setFocusPolicy(Qt::StrongFocus);
    speedLabel->setBuddy(speedChooser_);
    connect(speedChooser_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) player_->setSpeed(kSpeeds[index]);
    });
    bar->addWidget(speedLabel);
    bar->addWidget(speedChooser_);

    // Buttons reachable with Tab as well as with their shortcuts.
    for (QAction* a : bar->actions()) {
        if (QWidget* w = bar->widgetForAction(a)) {
            if (auto* button = qobject_cast<QToolButton*>(w)) {
                button->setFocusPolicy(Qt::TabFocus);
                button->setAccessibleName(a->text().remove('&'));
            }
        }
    }

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(zoomOutAction_);
    bar->addAction(zoomInAction_);
    bar->addAction(fitAction_);
    for (QAction* a : {zoomOutAction_, zoomInAction_, fitAction_}) {
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
            button->setFocusPolicy(Qt::TabFocus);
            button->setAccessibleName(a->text().remove('&'));
        }
    }
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
    std::string header =
        traceFileHeader(session_->demo(), session_->params(), session_->annotations(), session_->program());
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

QWidget* MainWindow::buildDemoPanel()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* chooserRow = new QHBoxLayout;
    auto* label = new QLabel(tr("De&mo"), panel);
    QFont bold; // only the weight: the size is the window's
    bold.setBold(true);
    label->setFont(bold);
    demoChooser_ = new QComboBox(panel);
    demoChooser_->setObjectName(QStringLiteral("demoChooser"));
    for (const Demo* d : allDemos()) {
        demoChooser_->addItem(QString::fromStdString(d->title), QString::fromStdString(d->name));
    }
    demoChooser_->setAccessibleName(tr("Demo"));
    demoChooser_->setToolTip(tr("The program to step through (Ctrl+1, Ctrl+2, …)"));
    label->setBuddy(demoChooser_);
    connect(demoChooser_, &QComboBox::activated, this,
            [this](int index) { selectDemo(demoChooser_->itemData(index).toString()); });
    chooserRow->addWidget(label);
    chooserRow->addWidget(demoChooser_, 1);
    layout->addLayout(chooserRow);
    chooserRow->setSpacing(10);

    demoSummary_ = new QLabel(panel);
    demoSummary_->setWordWrap(true);
    demoSummary_->setAccessibleName(tr("What the demo shows"));
    layout->addWidget(demoSummary_);

    params_ = new ParamEditor(panel);
    params_->setObjectName(QStringLiteral("paramEditor"));
    chooserRow->addWidget(params_->defaultsButton());
    connect(params_, &ParamEditor::paramsChanged, this, [this](const Params& p) { setParams(p); });
    connect(defaultsAction_, &QAction::triggered, params_, &ParamEditor::resetToDefaults);
    connect(params_, &ParamEditor::editingDone, this, [this] { timeline_->setFocus(); });
    layout->addWidget(params_);
    return panel;
}

void MainWindow::buildCentre()
{
    code_ = new CodeView;
    code_->setObjectName(QStringLiteral("codeView"));
    code_->setFont(codeFont(16));

    timeline_ = new TimelineView;
    timeline_->setObjectName(QStringLiteral("timeline"));
    timeline_->setAccessibleName(tr("Timeline"));
    timeline_->setToolTip(tr("Every event of the run so far, one lane per actor, in virtual time. Click an "
                             "event to show it."));
    timeline_->setFocusPolicy(Qt::StrongFocus);
    timeline_->setFollowCursor(true);
    timeline_->setPlaceholderText(startHint());
    connect(timeline_, &TimelineView::eventClicked, this, [this](std::size_t seq) {
        player_->pause();
        session_->jumpTo(seq);
    });
    connect(zoomInAction_, &QAction::triggered, timeline_, &TimelineView::zoomIn);
    connect(zoomOutAction_, &QAction::triggered, timeline_, &TimelineView::zoomOut);
    connect(fitAction_, &QAction::triggered, timeline_, &TimelineView::fitToWindow);
    // The check mark shows whether the timeline follows: panning or zooming the current event
    // out of sight stops following, bringing it back or fitting resumes it. Only the user's
    // toggle (triggered, not toggled) tells the timeline, so that syncing the mark moves nothing.
    connect(followAction_, &QAction::triggered, timeline_, &TimelineView::setFollowCursor);
    connect(timeline_, &TimelineView::followCursorChanged, followAction_, &QAction::setChecked);

    console_ = new ConsoleView;
    console_->setObjectName(QStringLiteral("console"));
    console_->setReadOnly(true);
    console_->setUndoRedoEnabled(false); // edited step by step for a whole run: keep no history
    console_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    console_->setFocusPolicy(Qt::TabFocus);
    console_->setFont(codeFont(16));
    console_->setLineWrapMode(QPlainTextEdit::NoWrap);
    console_->setAccessibleName(tr("Console"));
    console_->setToolTip(tr("What the program has printed with console.log so far"));
    console_->setFrameShape(QFrame::NoFrame);
    console_->document()->setDocumentMargin(8);

    // Left: the demo and its code. Right: the timeline over the console. Bottom: the
    // narration across.
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(12);
    QWidget* demoPanel = buildDemoPanel();
    leftLayout->addWidget(demoPanel);
    leftLayout->addWidget(titled(tr("Code"), code_), 1);

    auto* right = new QSplitter(Qt::Vertical);
    timelineAndConsole_ = right;
    right->setObjectName(QStringLiteral("timelineAndConsole"));
    right->setChildrenCollapsible(false);
    right->setHandleWidth(12);
    right->addWidget(timeline_);
    right->addWidget(titled(tr("Console"), console_, &consoleTitle_));
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 0);
    right->setSizes({640, 150});

    columns_ = new QSplitter(Qt::Horizontal);
    columns_->setObjectName(QStringLiteral("columns"));
    columns_->setChildrenCollapsible(false);
    columns_->setHandleWidth(12);
    columns_->addWidget(left);
    columns_->addWidget(right);
    columns_->setStretchFactor(0, 0);
    columns_->setStretchFactor(1, 1);
    columns_->setSizes({640, 960});
    connect(columns_, &QSplitter::splitterMoved, this, [this] { columnsSetByUser_ = true; });
    columns_->installEventFilter(this);
    right->installEventFilter(this);

    narration_ = new NarrationBanner;
    quizPanel_ = new QuizPanel(*quiz_);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(columns_, 1);
    layout->addWidget(quizPanel_);
    layout->addWidget(narration_);
    setCentralWidget(central);
    presentationPanels_->setPanels(
        {demoPanel, code_->parentWidget(), timeline_, narration_, console_->parentWidget()});
}

void MainWindow::buildStatusBar()
{
    QFont f = statusBar()->font();
    f.setPointSizeF(kStatusPoints);
    statusBar()->setFont(f);
    statusBar()->setSizeGripEnabled(false);
    auto make = [this, f](const QString& name) {
        auto* l = new QLabel(this);
        l->setFont(f);
        l->setAccessibleName(name);
        l->setContentsMargins(12, 2, 12, 2);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    stateLabel_ = make(tr("Run state"));
    eventLabel_ = make(tr("Event"));
    timeLabel_ = make(tr("Virtual time"));
    stateLabel_->setToolTip(tr("Whether the program still has work to do"));
    eventLabel_->setToolTip(tr("The event shown, of all recorded so far"));
    timeLabel_->setToolTip(tr("Virtual time of the event shown: timers and requests take no real time"));
}

// --- runs ------------------------------------------------------------------------------------

void MainWindow::selectDemo(const QString& name)
{
    stopFileTask(); // a new run wins over a file still being opened or saved
    const Demo* demo = findDemo(name.toStdString());
    if (demo == nullptr) return;
    const int index = demoChooser_->findData(name);
    if (index >= 0) demoChooser_->setCurrentIndex(index);
    for (QAction* a : demoActions_->actions())
        a->setChecked(a->data().toString() == name);
    demoSummary_->setText(QString::fromStdString(demo->summary));
    const Params defaults = demo->defaults();
    params_->setDemo(*demo, defaults);
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

void MainWindow::runStarted()
{
    console_->setRun(session_->trace(), session_->listing());
    updateConsole();
    timeline_->setTrace(session_->trace());
    timeline_->clearCursor();
    code_->setListing(QString::fromStdString(session_->listing()));
    code_->setLines(0, 0);
    fitCodeColumn();
    foldPanels();
    updateNarration();
    updateStatus();
    updateActions();
}

void MainWindow::traceGrew()
{
    console_->traceGrew();
    timeline_->traceGrew();
    foldPanels(); // the timeline may need more room (a row of arrivals)
    updateStatus();
}

void MainWindow::cursorMoved(qint64 previous, qint64 current)
{
    if (current < 0) {
        timeline_->clearCursor();
    } else {
        const bool oneStep = previous >= -1 && std::abs(current - previous) == 1;
        timeline_->setCursor(static_cast<std::size_t>(current), oneStep);
    }
    updateCode();
    updateConsole();
    updateNarration();
    updateStatus();
    updateActions();
}

// --- views -----------------------------------------------------------------------------------

void MainWindow::updateNarration()
{
    const Trace* trace = session_->trace();
    if (trace == nullptr || !session_->hasCursor()) {
        // Space and → would stop a jump to the end, so the usual hint would mislead.
        narration_->showHint(session_->jumping()
                                 ? tr("Running the demo to its end; its last event shows when it "
                                      "gets there. Press Esc to stop it here.")
                                 : startHint());
        return;
    }
    const std::size_t seq = session_->cursor();
    const Event& e = (*trace)[seq];
    static const Demo kUnknownDemo;
    const Demo& demo = session_->demo() != nullptr ? *session_->demo() : kUnknownDemo;
    QString sentence = QString::fromStdString(narrate(demo, *trace, seq, session_->listing()));
    const QString note = notes_ != nullptr ? notes_->noteFor(seq) : QString();
    if (!note.isEmpty()) sentence += tr(" — Note: “%1”").arg(elideLongText(note, kNoteChars, 1));
    narration_->showNarration(e.actor, e.kind, kindColour(theme_, e.kind), sentence, session_->atEnd());
    // The whole value and note on demand (the sentence quotes a long value cut), within bounds.
    const std::string_view value = trace->valueText(e);
    QString whole;
    if (value.size() > kNarratedValueBytes)
        whole = tr("Value: %1")
                    .arg(elideLongText(QString::fromStdString(ys::jsLiteral(value)), kOnDemandChars, 200));
    if (note.size() > kNoteChars) {
        if (!whole.isEmpty()) whole += QStringLiteral("\n\n");
        whole += tr("Note: %1").arg(elideLongText(note, kOnDemandChars, 200));
    }
    narration_->setDetails(whole);
}

void MainWindow::updateCode()
{
    const Trace* trace = session_->trace();
    if (trace == nullptr || !session_->hasCursor()) {
        code_->setLines(0, 0);
        return;
    }
    const std::size_t seq = session_->cursor();
    const Event& e = (*trace)[seq];
    const int previous = seq > 0 ? (*trace)[seq - 1].line : 0;
    code_->setLines(e.line, previous);
}

void MainWindow::updateConsole()
{
    console_->showUpTo(session_->hasCursor() ? std::optional<std::size_t>(session_->cursor()) : std::nullopt);
    const std::size_t shown = console_->outputs();
    consoleTitle_->setText(shown == 0   ? tr("Console")
                           : shown == 1 ? tr("Console (1 output)")
                                        : tr("Console (%L1 outputs)").arg(shown));
}

void MainWindow::updateStatus()
{
    const std::size_t recorded = session_->recorded();
    timeLabel_->setText(tr("t = %1 ms").arg(session_->timeAtCursor()));
    if (session_->hasCursor()) {
        eventLabel_->setText(tr("event %L1 of %L2").arg(session_->cursor() + 1).arg(recorded));
    } else {
        eventLabel_->setText(tr("no event yet (%L1 recorded)").arg(recorded));
    }
    if (session_->jumping()) {
        // Counts up after every slice of the jump: the run is going somewhere.
        stateLabel_->setText(tr("▶▶ running to the end… %L1 events (Esc to stop)").arg(recorded));
    } else if (session_->finished()) {
        stateLabel_->setText(tr("■ run ended"));
    } else if (recorded == 0) {
        stateLabel_->setText(tr("ready"));
    } else {
        stateLabel_->setText(tr("● running"));
    }
    // The timeline draws nothing new until the jump ends; from the start, its empty plot is the
    // biggest place to say how far the jump has got and how to stop it.
    const QString placeholder = session_->jumping()
                                    ? tr("Running to the end… %L1 events so far. Esc stops.").arg(recorded)
                                    : startHint();
    if (timeline_->placeholderText() != placeholder) timeline_->setPlaceholderText(placeholder);
}

void MainWindow::updateActions()
{
    const bool jumping = session_->jumping();
    const bool playing = player_->playing() || jumping;
    playAction_->setText(playing ? tr("&Pause") : tr("&Play"));
    playAction_->setIcon(glyphIcon(playing ? Glyph::Pause : Glyph::Play));
    playAction_->setToolTip(jumping   ? tr("Stop running to the end (Space, Esc)")
                            : playing ? tr("Pause (Space)")
                                      : tr("Play the run at the chosen speed (Space)"));
    stopAction_->setEnabled(jumping);
    stepAction_->setEnabled(session_->canStepForward());
    endAction_->setEnabled(!session_->atEnd() && !session_->jumping());
    stepBackAction_->setEnabled(session_->canStepBack());
    startAction_->setEnabled(session_->hasCursor());
}

void MainWindow::fitCodeColumn()
{
    if (columns_ == nullptr) return;
    if (columnsSetByUser_) return; // the user's columns (and fonts) stay as they are
    const int total = columns_->width() > 0 ? columns_->width() : width() - 32;
    const QStringList lines = QString::fromStdString(session_->listing()).split('\n');
    // The code takes at most half the width (a little less in presentation mode, where the
    // timeline is drawn larger and tells the story), and leaves the timeline its least width.
    const int widest =
        std::min(total * (presentationMode_ ? 48 : 50) / 100,
                 total - columns_->widget(1)->minimumSizeHint().width() - columns_->handleWidth()) -
        6;
    // Presentation mode has no scroll bar; the window keeps room for the vertical one.
    const int scrollBar = presentationMode_ ? 0 : code_->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int chrome =
        2 * code_->frameWidth() + 2 * qCeil(code_->document()->documentMargin()) + scrollBar + 4;
    // Measured without touching the view: each font set on it lays the listing out again.
    bool numbers = true;
    auto neededAt = [&](qreal points) {
        const QFont font = codeFont(points);
        // Hinted (whole-pixel) and exact advances differ by a pixel every few characters: the
        // wider of the two.
        const QFontMetrics fm(font);
        const QFontMetricsF exact(font);
        int longest = 0;
        for (const QString& line : lines)
            longest = std::max({longest, fm.horizontalAdvance(line), qCeil(exact.horizontalAdvance(line))});
        return longest + code_->gutterWidth(font, numbers) + chrome;
    };
    const qreal f = presentationMode_ ? presentationFactor() : 1.0;
    const qreal largest = (presentationMode_ ? kPresentationCodePoints : kCodePoints) * f;
    const qreal floor = (presentationMode_ ? kPresentationCodeMinPoints : kCodeMinPoints) * f;
    // The font shrinks to the floor; then the line numbers go; then, rather than cut a line,
    // the font goes on shrinking to the last size that reads at all.
    auto fit = [&](qreal from, qreal to) {
        qreal points = from;
        int needed = neededAt(points);
        while (needed > widest && points - 0.5 >= to) {
            points -= 0.5;
            needed = neededAt(points);
        }
        return std::pair{points, needed};
    };
    auto [points, needed] = fit(largest, floor);
    if (needed > widest) {
        numbers = false;
        std::tie(points, needed) = fit(largest, floor);
    }
    if (needed > widest) std::tie(points, needed) = fit(floor, kCodeLastPoints);
    const QFont font = codeFont(points);
    if (code_->font() != font) code_->setFont(font);
    code_->setLineNumbersShown(numbers);
    const QFont consoleFont = codeFont(std::min(points, largest));
    if (console_->font() != consoleFont) console_->setFont(consoleFont);
    const int narrowest = std::min(columns_->widget(0)->minimumSizeHint().width(), total / 3);
    const int left = std::clamp(needed, narrowest, std::max(narrowest, total * 2 / 3));
    columns_->setSizes({left, std::max(0, total - left)});
}

void MainWindow::foldPanels()
{
    if (timelineAndConsole_ == nullptr) return;
    QWidget* consolePanel = console_->parentWidget();
    const bool wanted =
        !presentationMode_ || presentationPanels_->isChosen(PresentationPanels::Panel::Console);
    const int consoleLeast = consoleTitle_->sizeHint().height() + 6 + 3 * console_->fontMetrics().height();
    const int room = timelineAndConsole_->height();
    const bool fits =
        room >= timeline_->minimumSizeHint().height() + timelineAndConsole_->handleWidth() + consoleLeast;
    // Without the timeline the console has the column to itself.
    const bool show = wanted && (fits || !timeline_->isVisibleTo(this));
    if (consolePanel->isVisibleTo(this) != show) consolePanel->setVisible(show);
}

qreal MainWindow::presentationFactor() const { return std::clamp(height() / 1080.0, 2.0 / 3.0, 1.0); }

void MainWindow::applyPresentationScale()
{
    const qreal f = presentationMode_ ? presentationFactor() : 1.0;
    const qreal timelineScale = presentationMode_ ? std::max(1.0, kPresentationTimelineScale * f) : 1.0;
    if (!qFuzzyCompare(timeline_->scale(), timelineScale)) timeline_->setScale(timelineScale);
    // The narration's large type wraps to several lines in a short window: it shrinks a little
    // there, so that the timeline keeps its legible height.
    const qreal narrationScale = presentationMode_
                                     ? std::clamp(kPresentationNarrationScale * (height() - 540) / 540.0,
                                                  0.75, kPresentationNarrationScale)
                                     : std::clamp(height() / 960.0, 0.75, 1.0);
    if (!qFuzzyCompare(narration_->scale(), narrationScale)) {
        narration_->setScale(narrationScale);
        quizPanel_->setScale(narrationScale);
    }
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == presentationMode_) return;
    presentationMode_ = on;
    presentationAction_->setChecked(on);
    // At projector scale the legend would take the lanes' room; every mark carries its label.
    timeline_->setLegendVisible(!on);
    // A video or a projector never shows a scroll bar: the code fits its panel whole and keeps
    // the current line in view, the console shows its latest lines.
    const Qt::ScrollBarPolicy bars = on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    for (QAbstractScrollArea* area :
         {static_cast<QAbstractScrollArea*>(code_), static_cast<QAbstractScrollArea*>(console_)}) {
        area->setHorizontalScrollBarPolicy(bars);
        area->setVerticalScrollBarPolicy(bars);
    }
    QFont status = statusBar()->font();
    status.setPointSizeF(on ? kPresentationStatusPoints : kStatusPoints);
    for (QLabel* label : {stateLabel_, eventLabel_, timeLabel_})
        label->setFont(status);
    timeline_->setTheme(timelineTheme(theme_, on));
    presentationPanels_->apply(on);
    if (on) {
        maximizedBeforePresentation_ = isMaximized();
        presentationSize_.enter(*this);
    } else {
        presentationSize_.leave(*this, maximizedBeforePresentation_);
    }
    applyPresentationScale();
    if (columnsSetByUser_) { // fitCodeColumn() leaves the user's columns (and fonts) alone
        const qreal points = on ? kPresentationCodePoints * presentationFactor() : kCodePoints;
        code_->setFont(codeFont(points));
        console_->setFont(codeFont(points));
    }
    fitCodeColumn();
    foldPanels();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // The splitter's geometry is already the new one when its resize event arrives, and its
    // own handling, after this, keeps the sizes set here.
    if (watched == columns_ && event->type() == QEvent::Resize) {
        applyPresentationScale();
        fitCodeColumn();
    }
    if (watched == timelineAndConsole_ && event->type() == QEvent::Resize) foldPanels();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setSpeedIndex(int index)
{
    index = std::clamp(index, 0, kSpeedCount - 1);
    speedChooser_->setCurrentIndex(index);
}

QString MainWindow::narrationText() const { return narration_->text(); }

QString MainWindow::statusText() const
{
    return QStringList{timeLabel_->text(), eventLabel_->text(), stateLabel_->text()}.join(
        QStringLiteral(" · "));
}

QString MainWindow::consoleText() const { return console_->toPlainText(); }

// --- themes ----------------------------------------------------------------------------------

void MainWindow::setThemeMode(ThemeMode mode)
{
    themeMode_ = mode;
    for (QAction* a : themeActions_->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(mode));
    applyTheme();
}

void MainWindow::applyTheme()
{
    applyingTheme_ = true;
    switch (themeMode_) {
    case ThemeMode::System:
        QApplication::setPalette(systemPalette_);
        theme_ = Theme::forSystem();
        break;
    case ThemeMode::Light:
        theme_ = Theme::light();
        QApplication::setPalette(windowPalette(theme_));
        break;
    case ThemeMode::Dark:
        theme_ = Theme::dark();
        QApplication::setPalette(windowPalette(theme_));
        break;
    case ThemeMode::HighContrast:
        theme_ = Theme::highContrast();
        QApplication::setPalette(windowPalette(theme_));
        break;
    }
    applyingTheme_ = false;
    const bool dark = themeIsDark(theme_);
    const CodeColours colours = CodeColours::forTheme(theme_);
    code_->setColours(colours);
    QPalette cp = console_->palette();
    cp.setColor(QPalette::Base, colours.background);
    cp.setColor(QPalette::Text, colours.text);
    console_->setPalette(cp);
    timeline_->setTheme(timelineTheme(theme_, presentationMode_));
    quizPanel_->setTheme(theme_);

    QPalette np = narration_->palette();
    np.setColor(QPalette::Window, theme_.window);
    np.setColor(QPalette::WindowText, colours.text);
    narration_->setPalette(np);
    narration_->setCodeColours(mix(colours.background, colours.text, dark ? 0.14 : 0.08), colours.text);

    // Icons draw in the palette's colours: make them again.
    for (QAction* a : {startAction_, stepBackAction_, stepAction_, endAction_, resetAction_, zoomInAction_,
                       zoomOutAction_, fitAction_}) {
        a->setIcon(a->icon());
    }
    updateActions();
    updateNarration();
    updateCode();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange && !applyingTheme_ &&
        themeMode_ == ThemeMode::System) {
        // The desktop switched between light and dark.
        systemPalette_ = QApplication::palette();
        theme_ = Theme::forSystem();
        applyTheme();
    }
}

} // namespace ys::ui
