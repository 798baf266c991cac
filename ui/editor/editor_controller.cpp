// SPDX-License-Identifier: MIT
#include "ui/editor/editor_controller.hpp"

#include "core/demos/params.hpp"
#include "core/script/program_file.hpp"
#include "ui/editor/program_editor.hpp"
#include "ui/editor/program_run.hpp"
#include "ui/editor/program_store.hpp"
#include "ui/editor/program_width.hpp"
#include "ui/panels/code_view.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/window_columns.hpp"

#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

#include <utility>

namespace ys::ui {
namespace {

// Demo > New program: the shape every demo has, small enough to change at once.
const char* const kStarter = R"(// Your program: change it, then press Ctrl+Enter to run it.
async function* ticks(count) {
  for (let i = 1; i <= count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    yield i;
  }
}

async function main() {
  for await (const n of ticks(5)) {
    console.log(n);
    if (n === 3) break;
  }
  console.log("done");
}
main();
)";

// The world a program runs in: the demo's it was copied from (its latencies, its pace), else
// the defaults.
script::World worldOf(const QString& demoName, const QStringList& assignments)
{
    const Demo* demo = findDemo(demoName.toStdString());
    if (demo == nullptr) return {};
    Params params = demo->defaults();
    for (const QString& assignment : assignments) {
        try {
            params.assign(assignment.toStdString());
        } catch (const ParamError&) {
            // A value no longer accepted keeps its default.
        }
    }
    return script::worldFor(params);
}

QString sentence(const std::string& text) { return QString::fromStdString(text); }

} // namespace

EditorController::EditorController(MainWindow& window, QWidget* codePanel)
    : QObject(&window), window_(window), codePanel_(codePanel), programRun_(new ProgramRun(this)),
      store_(new ProgramStore(this))
{
    buildActions();
    buildPanel();
    placePanel();
    connectButtons();
    connect(&window_.session(), &RunSession::runStarted, this, &EditorController::sessionChanged);
    connect(programRun_, &ProgramRun::finished, this, &EditorController::runEnded);
    updateActions();
}

void EditorController::buildActions()
{
    auto make = [this](const QList<QKeySequence>& keys, const char* name) {
        auto* a = new QAction(&window_);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setObjectName(QString::fromLatin1(name));
        window_.addAction(a);
        return a;
    };
    editDemo_ = make({QKeySequence(Qt::CTRL | Qt::Key_E)}, "actionEditDemo");
    newProgram_ = make({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, "actionNewProgram");
    run_ = make({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                "actionRunProgram");
    stop_ = make({}, "actionStopProgram");
    applyActionTexts();
    connect(editDemo_, &QAction::triggered, this, &EditorController::editThisDemo);
    connect(newProgram_, &QAction::triggered, this, &EditorController::newProgram);
    connect(run_, &QAction::triggered, this, &EditorController::run);
    connect(stop_, &QAction::triggered, this, &EditorController::stop);
}

void EditorController::applyActionTexts()
{
    auto apply = [](QAction* a, const QString& text, const QString& tip) {
        a->setText(text);
        a->setStatusTip(tip);
        const QList<QKeySequence> keys = a->shortcuts();
        a->setToolTip(keys.isEmpty()
                          ? tip
                          : QString("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
    };
    apply(editDemo_, tr("&Edit this demo"), tr("Copy this demo's code, with its parameters, into an editor"));
    apply(newProgram_, tr("&New program"), tr("Write a program of your own, from a short example"));
    apply(run_, tr("&Run your program"), tr("Run the program in the editor"));
    apply(stop_, tr("Stop your &program"), tr("Stop the program running"));
}

// The buttons' and the title's words; the offer's text is set when it is shown.
void EditorController::applyPanelTexts()
{
    reopenButton_->setText(tr("Open it"));
    dismissButton_->setText(tr("Not now"));
    title_->setText(tr("Your program"));
    editButton_->setText(tr("Edit"));
    editButton_->setToolTip(tr("Back to the editor (Ctrl+E)"));
    runButton_->setText(tr("▶ Run"));
    runButton_->setToolTip(run_->toolTip());
    stopButton_->setText(tr("■ Stop"));
    stopButton_->setToolTip(stop_->statusTip());
}

// The panel, top to bottom: the offer of the kept program, the header, the message, the editor.
void EditorController::buildPanel()
{
    panel_ = new QWidget;
    panel_->setObjectName(QStringLiteral("programPanel"));
    auto* layout = new QVBoxLayout(panel_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    layout->addWidget(buildOfferBar());
    layout->addLayout(buildHeader());

    message_ = new QLabel(panel_);
    message_->setObjectName(QStringLiteral("programMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();
    layout->addWidget(message_);

    editor_ = new ProgramEditor(panel_);
    editor_->setObjectName(QStringLiteral("programEditor"));
    layout->addWidget(editor_, 1);
    connect(editor_, &QPlainTextEdit::textChanged, this, [this] {
        if (!loading_) store_->saveSoon(current());
    });
    // A line typed longer than the column, or much shorter: the column is fitted again.
    width_ = new ProgramWidth(*editor_, this);
    connect(width_, &ProgramWidth::changed, this, [this] {
        if (mode_ == Mode::Editing) fitColumn();
    });
    // Every fit to the program (a resize, presentation mode too) is the one later edits differ from.
    connect(&window_.columns(), &WindowColumns::fittedToProgram, width_, &ProgramWidth::fitted);
}

QFrame* EditorController::buildOfferBar()
{
    offerBar_ = new QFrame(panel_);
    offerBar_->setObjectName(QStringLiteral("programOffer"));
    offerBar_->setFrameShape(QFrame::StyledPanel);
    auto* offerRow = new QHBoxLayout(offerBar_);
    offerRow->setContentsMargins(8, 4, 8, 4);
    offerText_ = new QLabel(offerBar_);
    offerText_->setWordWrap(true);
    reopenButton_ = new QPushButton(offerBar_);
    reopenButton_->setObjectName(QStringLiteral("reopenProgram"));
    dismissButton_ = new QPushButton(offerBar_);
    offerRow->addWidget(offerText_, 1);
    offerRow->addWidget(reopenButton_);
    offerRow->addWidget(dismissButton_);
    connect(reopenButton_, &QPushButton::clicked, this, &EditorController::reopenSavedProgram);
    connect(dismissButton_, &QPushButton::clicked, this, [this] {
        offerBar_->hide();
        setMode(mode_);
    });
    offerBar_->hide();
    return offerBar_;
}

// The program's title and its Edit, Run and Stop buttons.
QBoxLayout* EditorController::buildHeader()
{
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    title_ = new QLabel(panel_);
    QFont bold;
    bold.setBold(true);
    title_->setFont(bold);
    editButton_ = new QPushButton(panel_);
    editButton_->setObjectName(QStringLiteral("editProgram"));
    runButton_ = new QPushButton(panel_);
    runButton_->setObjectName(QStringLiteral("runProgram"));
    stopButton_ = new QPushButton(panel_);
    stopButton_->setObjectName(QStringLiteral("stopProgram"));
    header->addWidget(title_);
    header->addStretch(1);
    header->addWidget(editButton_);
    header->addWidget(runButton_);
    header->addWidget(stopButton_);
    return header;
}

// Above the code panel, in its column, looking as the code panel does.
void EditorController::placePanel()
{
    column_ = qobject_cast<QBoxLayout*>(codePanel_->parentWidget()->layout());
    if (column_ != nullptr) column_->insertWidget(column_->indexOf(codePanel_), panel_, 0);
    panel_->hide();

    // The editor's font (fitted to the column) and colours are the code panel's.
    codeView_ = window_.codeView();
    editor_->setFont(codeView_->font());
    editor_->setColors(codeView_->colors());
    watchedCode_ = codeView_;
    codeView_->installEventFilter(this);
    applyPanelTexts();
    // Told of a change of language by the panel, which every window's widget is.
    watchedPanel_ = panel_;
    panel_->installEventFilter(this);
}

void EditorController::connectButtons()
{
    connect(editButton_, &QPushButton::clicked, this, &EditorController::showEditor);
    connect(runButton_, &QPushButton::clicked, this, &EditorController::run);
    connect(stopButton_, &QPushButton::clicked, this, &EditorController::stop);
}

// The code view's filter goes with this object; the program typed last reaches the settings.
EditorController::~EditorController() { store_->flush(); }

bool EditorController::running() const { return programRun_->running(); }

QString EditorController::message() const { return message_->isVisible() ? message_->text() : QString(); }

QString EditorController::program() const { return editor_->toPlainText(); }

SavedProgram EditorController::current() const
{
    return SavedProgram{editor_->toPlainText(), demo_, params_};
}

bool EditorController::eventFilter(QObject* watched, QEvent* event)
{
    // Compared as a QObject kept at install time: the window and the code view may already be
    // half destroyed when their last events arrive here, so neither is asked or cast.
    if (watched == watchedCode_) {
        if (event->type() == QEvent::FontChange) editor_->setFont(codeView_->font());
        if (event->type() == QEvent::PaletteChange) editor_->setColors(codeView_->colors());
    }
    if (watched == watchedPanel_ && event->type() == QEvent::LanguageChange) {
        applyActionTexts();
        applyPanelTexts();
    }
    return QObject::eventFilter(watched, event);
}

void EditorController::startEditing(const QString& source, const QString& demo, const QStringList& params)
{
    loading_ = true;
    editor_->replaceProgram(source);
    loading_ = false;
    demo_ = demo;
    params_ = params;
    store_->saveNow(current());
    setMessage({}, false);
    offerBar_->hide();
    setMode(Mode::Editing);
    editor_->setFocus();
    window_.narration()->showHint(tr("Change the program, then press Ctrl+Enter to run it."));
}

void EditorController::editThisDemo()
{
    // A run of the program itself: back to its editor, as it was left.
    if (showingOwnRun_) {
        showEditor();
        return;
    }
    const RunSession& session = window_.session();
    QStringList params;
    QString demo;
    if (session.demo() != nullptr) {
        demo = QString::fromStdString(session.demo()->name);
        for (const ParamSpec& p : session.demo()->params)
            params << QString::fromStdString(p.name + "=" + session.params().text(p.name));
    }
    startEditing(QString::fromStdString(session.listing()), demo, params);
}

void EditorController::newProgram() { startEditing(QString::fromUtf8(kStarter), {}, {}); }

void EditorController::showEditor()
{
    offerBar_->hide();
    setMode(Mode::Editing);
    editor_->setFocus();
}

bool EditorController::offerSavedProgram()
{
    const SavedProgram saved = store_->saved();
    if (saved.source.trimmed().isEmpty()) return false;
    const qsizetype lines = saved.source.count(QLatin1Char('\n')) + (saved.source.endsWith('\n') ? 0 : 1);
    offerText_->setText(lines == 1 ? tr("Your program from last time (1 line) is kept.")
                                   : tr("Your program from last time (%L1 lines) is kept.").arg(lines));
    offerBar_->show();
    setMode(mode_);
    return true;
}

void EditorController::reopenSavedProgram()
{
    const SavedProgram saved = store_->saved();
    offerBar_->hide();
    if (saved.source.isEmpty()) {
        setMode(mode_);
        return;
    }
    startEditing(saved.source, saved.demo, saved.params);
}

bool EditorController::openProgramFile(const QString& path, QString& error, const std::string& pathBytes)
{
    std::string problem;
    bool unreadable = false;
    const std::string file = pathBytes.empty() ? QFile::encodeName(path).toStdString() : pathBytes;
    const auto bytes = script::readProgramFile(file, problem, unreadable);
    if (!bytes) {
        error = unreadable ? tr("Cannot read %1: %2").arg(path, QString::fromStdString(problem))
                           : tr("%1: %2").arg(path, QString::fromStdString(problem));
        window_.statusBar()->showMessage(error);
        return false;
    }
    startEditing(QString::fromStdString(*bytes), {}, {});
    window_.setWindowTitle(QString("Yieldscope — %1").arg(QFileInfo(path).fileName()));
    return true;
}

void EditorController::run()
{
    if (programRun_->running()) return;
    if (mode_ == Mode::Off) {
        // Ctrl+Enter with no program yet: open the editor on this demo instead.
        editThisDemo();
        return;
    }
    store_->saveNow(current()); // a crash of the run loses nothing
    const QByteArray source = editor_->toPlainText().toUtf8();
    if (const std::string problem = script::checkSource(std::string_view(source.constData(), source.size()));
        !problem.empty()) {
        setMessage(QString::fromStdString(problem), true);
        return;
    }
    editor_->clearError();
    sessionChangedWhileRunning_ = false;
    programRun_->start(source.toStdString(), worldOf(demo_, params_));
    setMessage(tr("Running your program…"), false);
    window_.narration()->showHint(tr("Running your program… (■ Stop ends it)"));
    updateActions();
}

void EditorController::stop() { programRun_->stop(); }

void EditorController::runEnded()
{
    const script::Result& result = programRun_->result();
    updateActions();
    if (result.outcome == script::Outcome::SyntaxError) {
        // Nothing ran: the run shown stays; the editor shows where.
        const QString said = sentence(script::describe(result));
        setMode(Mode::Editing);
        editor_->markError(result.line, result.column, sentence(result.message));
        editor_->setFocus();
        setMessage(said, true);
        window_.narration()->showHint(said);
        emit runFinished(result.outcome);
        return;
    }
    if (std::exchange(sessionChangedWhileRunning_, false)) {
        // A demo or a file was chosen meanwhile: it stays on screen; the program's run is dropped.
        setMessage(tr("Your program's run ended while another run was chosen; Run shows it again."), false);
        emit runFinished(result.outcome);
        return;
    }
    TraceFile run = programRun_->takeRun();
    const std::size_t events = run.trace.size();
    openingOwnRun_ = true;
    window_.session().open(std::move(run));
    openingOwnRun_ = false;
    showingOwnRun_ = true;
    window_.setWindowTitle(tr("Yieldscope — your program"));
    setMode(Mode::Watching);
    window_.timeline()->setFocus(); // the keys step through the run
    if (result.outcome == script::Outcome::Finished) {
        const QString count = events == 1 ? tr("1 event") : tr("%L1 events").arg(events);
        setMessage(tr("Ran to its end: %1. Press → to step, Space to play.").arg(count), false);
    } else {
        const QString said = sentence(script::describe(result));
        setMessage(said, true);
        window_.narration()->showHint(said);
    }
    emit runFinished(result.outcome);
}

void EditorController::sessionChanged()
{
    if (openingOwnRun_) return;
    if (programRun_->running()) sessionChangedWhileRunning_ = true;
    // A demo chosen, a file opened: the program's run is no longer shown, nor its editor. The
    // editor keeps the program (and so do the settings): Undo after Edit this demo or New
    // program brings it back.
    showingOwnRun_ = false;
    if (mode_ != Mode::Off) setMode(Mode::Off);
}

void EditorController::setMode(Mode mode)
{
    const bool changed = mode != mode_;
    const bool wasEditing = mode_ == Mode::Editing;
    mode_ = mode;
    const bool editing = mode_ == Mode::Editing;
    const bool on = mode_ != Mode::Off;
    for (QWidget* w : {static_cast<QWidget*>(title_), static_cast<QWidget*>(editButton_),
                       static_cast<QWidget*>(runButton_), static_cast<QWidget*>(stopButton_)})
        w->setVisible(on);
    message_->setVisible(on && !message_->text().isEmpty());
    editor_->setVisible(editing);
    editButton_->setVisible(mode_ == Mode::Watching);
    panel_->setVisible(on || !offerBar_->isHidden());
    codePanel_->setVisible(!editing);
    if (column_ != nullptr) column_->setStretchFactor(panel_, editing ? 1 : 0);
    if (editing || wasEditing) fitColumn();
    updateActions();
    if (changed) emit modeChanged(mode_);
}

void EditorController::fitColumn()
{
    window_.columns().fitToProgram(mode_ == Mode::Editing ? editor_ : nullptr);
}

void EditorController::setPresenting(bool on)
{
    // As the code panel: a projector shows no scroll bar; the view follows the text cursor.
    const Qt::ScrollBarPolicy bars = on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    editor_->setHorizontalScrollBarPolicy(bars);
    editor_->setVerticalScrollBarPolicy(bars);
}

void EditorController::setMessage(const QString& text, bool problem)
{
    message_->setText(text);
    QPalette p = message_->palette();
    p.setColor(QPalette::WindowText,
               problem ? QColor(0xc0, 0x1c, 0x28) : window_.palette().color(QPalette::WindowText));
    if (problem && window_.palette().color(QPalette::Window).lightness() < 128)
        p.setColor(QPalette::WindowText, QColor(0xff, 0x6b, 0x6b));
    message_->setPalette(p);
    message_->setVisible(mode_ != Mode::Off && !text.isEmpty());
}

void EditorController::updateActions()
{
    const bool going = programRun_->running();
    run_->setEnabled(!going);
    runButton_->setEnabled(!going);
    stop_->setEnabled(going);
    stopButton_->setEnabled(going);
    editor_->setReadOnly(going); // what runs is what is shown
}

} // namespace ys::ui
