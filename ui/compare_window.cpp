// SPDX-License-Identifier: MIT
#include "compare_window.hpp"

#include "icons.hpp"
#include "param_editor.hpp"
#include "player.hpp"
#include "timeline/timeline_view.hpp"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ys::ui {

const std::vector<ComparePair>& comparePairs()
{
    static const std::vector<ComparePair> pairs = [] {
        auto tr = [](const char* text) { return CompareWindow::tr(text); };
        std::vector<ComparePair> p;
        // One demo holds both the for-await loop and Promise.all; what differs is the order of
        // the latencies, which only for await is sensitive to.
        p.push_back({QStringLiteral("promises-order"),
                     tr("An array of promises: the slowest first or last"),
                     tr("for await hands the responses over in array order: a slow first request holds "
                        "back the fast ones. Promise.all, after it, waits for the slowest either way."),
                     {{{QStringLiteral("promises-array"),
                        {QStringLiteral("latencies=300,100,200")},
                        tr("Slowest first · latencies = 300, 100, 200")},
                       {QStringLiteral("promises-array"),
                        {QStringLiteral("latencies=100,200,300")},
                        tr("Slowest last · latencies = 100, 200, 300")}}}});
        p.push_back({QStringLiteral("sync-async"),
                     tr("A sequence: sync or async"),
                     tr("The same numbers: for…of over a sync generator has them all in one instant; "
                        "for await over an async generator waits for each promise."),
                     {{{QStringLiteral("sync"), {}, tr("Sync · function* with for…of")},
                       {QStringLiteral("sequence"),
                        {},
                        tr("Async · async function* with for await, 1000 ms each")}}}});
        p.push_back({QStringLiteral("pagination-break"),
                     tr("Pagination: read everything or break after 4"),
                     tr("break calls return(): the generator stops, and the pages nobody reads are "
                        "never fetched."),
                     {{{QStringLiteral("pagination"), {}, tr("Reads every user · breakAfter = 0")},
                       {QStringLiteral("pagination"),
                        {QStringLiteral("breakAfter=4")},
                        tr("Breaks after 4 users · breakAfter = 4")}}}});
        p.push_back(
            {QStringLiteral("socket-consumer"),
             tr("A socket: a fast or a slow consumer"),
             tr("Messages arrive every 100 ms either way. A slow consumer lets them pile up in the "
                "buffer and finishes long after the socket closed."),
             {{{QStringLiteral("socket"), {QStringLiteral("work=50")}, tr("Fast consumer · work = 50 ms")},
               {QStringLiteral("socket"),
                {QStringLiteral("work=250")},
                tr("Slow consumer · work = 250 ms")}}}});
        p.push_back(
            {QStringLiteral("range-generator"),
             tr("range: a hand-written iterator or a generator"),
             tr("The same values at the same times, written two ways. Only the end differs: the "
                "hand-written next() waits once more before it answers done."),
             {{{QStringLiteral("range"), {}, tr("Hand-written · async next() returns {done, value}")},
               {QStringLiteral("range-generator"), {}, tr("Generator · async *[Symbol.asyncIterator]()")}}}});
        return p;
    }();
    return pairs;
}

CompareWindow::CompareWindow(QWidget* parent) : QMainWindow(parent), theme_(Theme::forSystem())
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Yieldscope — Compare two runs"));
    setWindowFlag(Qt::Window);
    QFont base = font();
    base.setPointSizeF(std::max<qreal>(base.pointSizeF(), 13));
    setFont(base);

    buildActions();

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(8);
    question_ = new QLabel;
    question_->setObjectName(QStringLiteral("compareQuestion"));
    question_->setWordWrap(true);
    QFont qf = question_->font();
    qf.setPointSizeF(15);
    question_->setFont(qf);
    layout->addWidget(question_);

    auto* sides = new QSplitter(Qt::Vertical);
    sides->setChildrenCollapsible(false);
    sides->setHandleWidth(10);
    sides->addWidget(buildSide(kSideA));
    sides->addWidget(buildSide(kSideB));
    layout->addWidget(sides, 1);
    setCentralWidget(central);

    // One zoom and pan for both views: each follows the other.
    TimelineView* a = runs_[0].view;
    TimelineView* b = runs_[1].view;
    connect(a, &TimelineView::viewportChanged, b, &TimelineView::setZoomAndOffset);
    connect(b, &TimelineView::viewportChanged, a, &TimelineView::setZoomAndOffset);
    connect(a, &TimelineView::followCursorChanged, b, &TimelineView::setFollowCursor);
    connect(b, &TimelineView::followCursorChanged, a, &TimelineView::setFollowCursor);
    for (TimelineView* v : {a, b}) {
        connect(zoomInAction_, &QAction::triggered, v, [this, v] {
            // One view zooms; the other follows through viewportChanged.
            if (v == runs_[0].view) v->zoomIn();
        });
        connect(zoomOutAction_, &QAction::triggered, v, [this, v] {
            if (v == runs_[0].view) v->zoomOut();
        });
    }

    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (!stepForward()) {
            pause();
            return;
        }
        scheduleNext();
    });

    resize(1600, 900);
    setTheme(theme_);
    choosePair(0);
}

CompareWindow::~CompareWindow()
{
    // The views point into the runs' traces and the axis: let them go first.
    for (Run& run : runs_) {
        run.view->setTrace(nullptr);
        run.view->setSharedAxis(nullptr);
    }
}

// --- building --------------------------------------------------------------------------------

void CompareWindow::buildActions()
{
    QToolBar* bar = addToolBar(tr("Playback"));
    bar->setObjectName(QStringLiteral("compareToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(28, 28));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QFont f = bar->font();
    f.setPointSizeF(14);
    bar->setFont(f);

    auto make = [this](const QString& text, const QKeySequence& key, const QString& tip, Glyph glyph) {
        auto* a = new QAction(glyphIcon(glyph), text, this);
        if (!key.isEmpty()) a->setShortcut(key);
        a->setToolTip(key.isEmpty() ? tip
                                    : QString("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    startAction_ =
        make(tr("&Start"), Qt::Key_Home, tr("Both runs back before their first event"), Glyph::JumpToStart);
    stepBackAction_ = make(tr("Step &back"), Qt::Key_Left, tr("Undo the last step"), Glyph::StepBack);
    playAction_ =
        make(tr("&Play"), Qt::Key_Space, tr("Play both runs in virtual time, or pause"), Glyph::Play);
    stepAction_ =
        make(tr("&Step"), Qt::Key_Right,
             tr("Show the next event of either run, whichever comes first in time"), Glyph::StepForward);
    endAction_ = make(tr("&End"), Qt::Key_End, tr("Show both runs to their end"), Glyph::JumpToEnd);
    resetAction_ = make(tr("&Reset"), Qt::Key_R, tr("Run both again from the beginning"), Glyph::Reset);
    zoomInAction_ = make(tr("Zoom &in"), QKeySequence::ZoomIn, tr("Zoom into both timelines"), Glyph::ZoomIn);
    zoomOutAction_ =
        make(tr("Zoom &out"), QKeySequence::ZoomOut, tr("Zoom out of both timelines"), Glyph::ZoomOut);
    fitAction_ =
        make(tr("&Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), tr("Fit both runs into the width"), Glyph::Fit);
    playAction_->setObjectName(QStringLiteral("compareActionPlay"));
    stepAction_->setObjectName(QStringLiteral("compareActionStep"));
    stepBackAction_->setObjectName(QStringLiteral("compareActionStepBack"));
    startAction_->setObjectName(QStringLiteral("compareActionStart"));
    endAction_->setObjectName(QStringLiteral("compareActionEnd"));
    resetAction_->setObjectName(QStringLiteral("compareActionReset"));

    connect(playAction_, &QAction::triggered, this, &CompareWindow::togglePlay);
    connect(stepAction_, &QAction::triggered, this, [this] {
        pause();
        stepForward();
    });
    connect(stepBackAction_, &QAction::triggered, this, [this] {
        pause();
        stepBack();
    });
    connect(startAction_, &QAction::triggered, this, [this] {
        pause();
        jumpToStart();
    });
    connect(endAction_, &QAction::triggered, this, [this] {
        pause();
        jumpToEnd();
    });
    connect(resetAction_, &QAction::triggered, this, [this] {
        pause();
        reset();
    });
    connect(fitAction_, &QAction::triggered, this, &CompareWindow::fitBoth);

    for (QAction* a : {startAction_, stepBackAction_, playAction_, stepAction_, endAction_})
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(resetAction_);
    bar->addSeparator();

    auto* pairLabel = new QLabel(tr("  Co&mpare "), bar);
    pairChooser_ = new QComboBox(bar);
    pairChooser_->setObjectName(QStringLiteral("pairChooser"));
    for (const ComparePair& p : comparePairs())
        pairChooser_->addItem(p.title, p.id);
    pairChooser_->setAccessibleName(tr("Ready pair"));
    pairChooser_->setToolTip(tr("A ready pair of runs that differ in one thing"));
    pairChooser_->setFocusPolicy(Qt::StrongFocus);
    pairLabel->setBuddy(pairChooser_);
    connect(pairChooser_, &QComboBox::activated, this, [this](int i) {
        if (i < static_cast<int>(comparePairs().size())) choosePair(i);
    });
    bar->addWidget(pairLabel);
    bar->addWidget(pairChooser_);

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    for (QAction* a : {zoomOutAction_, zoomInAction_, fitAction_}) {
        bar->addAction(a);
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    for (QAction* a : bar->actions()) {
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a))) {
            button->setFocusPolicy(Qt::TabFocus);
            button->setAccessibleName(a->text().remove('&'));
        }
    }
}

QWidget* CompareWindow::buildSide(int side)
{
    Run& run = runs_[index(side)];
    const QString letter = side == kSideA ? QStringLiteral("A") : QStringLiteral("B");

    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("side") + letter);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);

    // Left: what this side runs.
    auto* panel = new QWidget;
    panel->setFixedWidth(470);
    auto* col = new QVBoxLayout(panel);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(8);
    run.demoChooser = new QComboBox(panel);
    run.demoChooser->setObjectName(QStringLiteral("demoChooser") + letter);
    for (const Demo* d : allDemos())
        run.demoChooser->addItem(QString::fromStdString(d->title), QString::fromStdString(d->name));
    run.demoChooser->setAccessibleName(tr("Demo of run %1").arg(letter));
    connect(run.demoChooser, &QComboBox::activated, this, [this, side](int i) {
        const Demo* d = findDemo(runs_[index(side)].demoChooser->itemData(i).toString().toStdString());
        if (d != nullptr) setRun(side, *d, d->defaults());
    });
    col->addWidget(run.demoChooser);
    run.editor = new ParamEditor(panel);
    run.editor->setObjectName(QStringLiteral("paramEditor") + letter);
    connect(run.editor, &ParamEditor::paramsChanged, this, [this, side](const Params& p) {
        if (const Demo* d = runs_[index(side)].demo) setRun(side, *d, p);
    });
    connect(run.editor, &ParamEditor::editingDone, this,
            [this, side] { runs_[index(side)].view->setFocus(); });
    col->addWidget(run.editor);
    auto* defaultsRow = new QHBoxLayout;
    defaultsRow->addStretch(1);
    defaultsRow->addWidget(run.editor->defaultsButton());
    col->addLayout(defaultsRow);
    col->addStretch(1);
    run.status = new QLabel(panel);
    run.status->setObjectName(QStringLiteral("status") + letter);
    run.status->setWordWrap(true);
    run.status->setTextFormat(Qt::RichText);
    QFont sf = run.status->font();
    sf.setPointSizeF(15);
    run.status->setFont(sf);
    col->addWidget(run.status);
    row->addWidget(panel);

    // Right: the heading (badge + what differs) over the timeline.
    auto* right = new QWidget;
    auto* rcol = new QVBoxLayout(right);
    rcol->setContentsMargins(0, 0, 0, 0);
    rcol->setSpacing(4);
    auto* headRow = new QHBoxLayout;
    headRow->setSpacing(10);
    run.badge = new QLabel(letter);
    run.badge->setAlignment(Qt::AlignCenter);
    run.badge->setFixedSize(40, 40);
    QFont bf = run.badge->font();
    bf.setPointSizeF(20);
    bf.setBold(true);
    run.badge->setFont(bf);
    run.heading = new QLabel;
    run.heading->setObjectName(QStringLiteral("heading") + letter);
    QFont hf = run.heading->font();
    hf.setPointSizeF(19);
    hf.setBold(true);
    run.heading->setFont(hf);
    headRow->addWidget(run.badge);
    headRow->addWidget(run.heading, 1);
    rcol->addLayout(headRow);
    run.view = new TimelineView(right);
    run.view->setObjectName(QStringLiteral("timeline") + letter);
    run.view->setAccessibleName(tr("Timeline of run %1").arg(letter));
    run.view->setFocusPolicy(Qt::StrongFocus);
    run.view->setSharedAxis(&axis_, index(side));
    // One legend is enough for both.
    run.view->setLegendVisible(side == kSideA);
    run.view->setPlaceholderText(tr("Press Space to play both runs or → to step."));
    connect(run.view, &TimelineView::eventClicked, this, [this, side](std::size_t seq) {
        pause();
        jumpTo(side, seq);
    });
    rcol->addWidget(run.view, 1);
    row->addWidget(right, 1);
    return box;
}

void CompareWindow::setTheme(const Theme& theme)
{
    theme_ = theme;
    // A and B in two colours that read apart on a projector: blue and orange.
    const std::array<QColor, 2> colours{theme.next, theme.await};
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        Run& run = runs_[i];
        run.view->setTheme(theme);
        run.badge->setStyleSheet(
            QString("QLabel { background: %1; color: white; border-radius: 8px; }").arg(colours[i].name()));
    }
}

// --- runs ------------------------------------------------------------------------------------

void CompareWindow::choosePair(int pairIndex)
{
    const std::vector<ComparePair>& pairs = comparePairs();
    if (pairIndex < 0 || pairIndex >= static_cast<int>(pairs.size())) return;
    pause();
    const ComparePair& pair = pairs[static_cast<std::size_t>(pairIndex)];
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        const ComparePair::Side& s = pair.sides[i];
        const Demo* d = findDemo(s.demo.toStdString());
        if (d == nullptr) return;
        Params p = d->defaults();
        for (const QString& a : s.assignments)
            p.assign(a.toStdString());
        runs_[i].demo = d;
        runs_[i].params = p;
        runs_[i].label = s.label;
    }
    pair_ = pairIndex;
    pairChooser_->setCurrentIndex(pairIndex);
    question_->setText(pair.question);
    loadRuns();
}

void CompareWindow::setRun(int side, const Demo& demo, const Params& params)
{
    if (loading_) return;
    pause();
    Run& run = runs_[index(side)];
    run.demo = &demo;
    run.params = params;
    pair_ = -1;
    pairChooser_->setCurrentIndex(-1);
    question_->setText(tr("Your own pair: what differs is in the headings."));
    for (std::size_t i = 0; i < runs_.size(); ++i)
        runs_[i].label = autoLabel(static_cast<int>(i));
    loadRuns();
}

QString CompareWindow::autoLabel(int side) const
{
    const Run& run = runs_[index(side)];
    const Run& other = runs_[index(side == kSideA ? kSideB : kSideA)];
    QString text = QString::fromStdString(run.demo->title);
    // The parameters that differ from the other side (all of them when the demos differ).
    QStringList parts;
    for (const ParamSpec& spec : run.demo->params) {
        const std::string value = run.params.text(spec.name);
        const bool same = other.demo == run.demo && other.params.text(spec.name) == value;
        if (!same) parts << QString::fromStdString(spec.name + " = " + value);
    }
    if (!parts.isEmpty()) text += QStringLiteral(" · ") + parts.join(QStringLiteral(", "));
    return text;
}

void CompareWindow::loadRuns()
{
    loading_ = true;
    // The views let go of the old traces before the engines that hold them go.
    for (Run& run : runs_)
        run.view->setTrace(nullptr);
    for (Run& run : runs_) {
        run.engine = std::make_unique<Engine>(*run.demo, run.params);
        run.engine->runToEnd(kMaxEvents);
        run.cut = !run.engine->finished();
        run.cursor = kNoCursor;
        const int chooserIndex = run.demoChooser->findData(QString::fromStdString(run.demo->name));
        run.demoChooser->setCurrentIndex(chooserIndex);
        run.editor->setDemo(*run.demo, run.params);
    }
    axis_.build({&runs_[0].engine->trace(), &runs_[1].engine->trace()});
    for (Run& run : runs_)
        run.view->setTrace(&run.engine->trace());
    // Both start from A's zoom and pan.
    runs_[1].view->setZoomAndOffset(runs_[0].view->viewport().zoom(), runs_[0].view->viewport().offset());
    loading_ = false;
    updateLabels();
    updateActions();
    emit cursorsChanged();
}

void CompareWindow::reset()
{
    pause();
    loadRuns();
}

const Trace* CompareWindow::trace(int side) const
{
    const Run& run = runs_[index(side)];
    return run.engine ? &run.engine->trace() : nullptr;
}

std::size_t CompareWindow::sizeOf(int side) const
{
    const Trace* t = trace(side);
    return t != nullptr ? t->size() : 0;
}

std::int64_t CompareWindow::timeOf(int side, std::size_t seq) const { return (*trace(side))[seq].t; }

bool CompareWindow::atEnd() const
{
    auto sideAtEnd = [this](int side) {
        const std::size_t n = sizeOf(side);
        const std::size_t c = cursor(side);
        return n == 0 || (c != kNoCursor && c + 1 >= n);
    };
    return sideAtEnd(kSideA) && sideAtEnd(kSideB);
}

bool CompareWindow::atStart() const { return cursor(kSideA) == kNoCursor && cursor(kSideB) == kNoCursor; }

int CompareWindow::nextSide() const
{
    // The side whose next event comes first in virtual time. On a tie A goes first: at an
    // instant both runs have, all of A's events there are shown before B's. This is the
    // order in which the shared axis places them too (same instant, A's cells from the left).
    std::array<std::size_t, 2> next{};
    std::array<bool, 2> has{};
    for (int side : {kSideA, kSideB}) {
        const std::size_t c = cursor(side);
        next[index(side)] = c == kNoCursor ? 0 : c + 1;
        has[index(side)] = next[index(side)] < sizeOf(side);
    }
    if (!has[0] && !has[1]) return -1;
    if (!has[1]) return kSideA;
    if (!has[0]) return kSideB;
    return timeOf(kSideA, next[0]) <= timeOf(kSideB, next[1]) ? kSideA : kSideB;
}

std::int64_t CompareWindow::now() const
{
    std::int64_t t = 0;
    for (int side : {kSideA, kSideB}) {
        if (cursor(side) != kNoCursor) t = std::max(t, timeOf(side, cursor(side)));
    }
    return t;
}

bool CompareWindow::stepForward()
{
    const int side = nextSide();
    if (side < 0) return false;
    std::array<std::size_t, 2> c{cursor(kSideA), cursor(kSideB)};
    std::size_t& moved = c[index(side)];
    moved = moved == kNoCursor ? 0 : moved + 1;
    setCursors(c[0], c[1], side);
    return true;
}

bool CompareWindow::stepBack()
{
    // Undoes the last step: the side whose shown event comes last in step order (later in
    // time; on a tie B, since A goes first).
    const std::size_t a = cursor(kSideA);
    const std::size_t b = cursor(kSideB);
    if (a == kNoCursor && b == kNoCursor) return false;
    int side = kSideB;
    if (b == kNoCursor || (a != kNoCursor && timeOf(kSideA, a) > timeOf(kSideB, b))) side = kSideA;
    std::array<std::size_t, 2> c{a, b};
    std::size_t& moved = c[index(side)];
    moved = moved == 0 ? kNoCursor : moved - 1;
    setCursors(c[0], c[1], side);
    return true;
}

void CompareWindow::jumpToStart() { setCursors(kNoCursor, kNoCursor, -1); }

void CompareWindow::jumpToEnd()
{
    const std::size_t a = sizeOf(kSideA);
    const std::size_t b = sizeOf(kSideB);
    setCursors(a == 0 ? kNoCursor : a - 1, b == 0 ? kNoCursor : b - 1, -1);
    fitBoth();
}

void CompareWindow::jumpTo(int side, std::size_t seq)
{
    if (seq >= sizeOf(side)) return;
    const std::int64_t t = timeOf(side, seq);
    const int other = side == kSideA ? kSideB : kSideA;
    // Everything of the other side that comes before this event in step order: earlier in
    // time, or at the same time when the other side is A.
    const Trace& ot = *trace(other);
    const auto& events = ot.events();
    const auto it = other == kSideA
                        ? std::upper_bound(events.begin(), events.end(), t,
                                           [](std::int64_t v, const Event& e) { return v < e.t; })
                        : std::lower_bound(events.begin(), events.end(), t,
                                           [](const Event& e, std::int64_t v) { return e.t < v; });
    const auto count = static_cast<std::size_t>(it - events.begin());
    const std::size_t otherCursor = count == 0 ? kNoCursor : count - 1;
    if (side == kSideA) {
        setCursors(seq, otherCursor, -1);
    } else {
        setCursors(otherCursor, seq, -1);
    }
}

void CompareWindow::setCursors(std::size_t a, std::size_t b, int animatedSide)
{
    runs_[0].cursor = a;
    runs_[1].cursor = b;
    updateViews(animatedSide);
    updateLabels();
    updateActions();
    emit cursorsChanged();
}

void CompareWindow::updateViews(int animatedSide)
{
    for (int side : {kSideA, kSideB}) {
        Run& run = runs_[index(side)];
        if (run.cursor == kNoCursor) {
            run.view->clearCursor();
        } else if (run.view->currentEvent() != run.cursor) {
            run.view->setCursor(run.cursor, side == animatedSide);
        }
    }
}

void CompareWindow::fitBoth()
{
    // Fit the view whose shown events reach further right; the other follows its zoom.
    TimelineView* widest = runs_[0].view;
    double furthest = -1e300;
    for (const Run& run : runs_) {
        const TimelineLayout& layout = run.view->layout();
        const std::size_t shown = run.cursor == kNoCursor ? layout.size() : run.cursor + 1;
        if (shown == 0) continue;
        const double end = layout.endU(shown);
        if (end > furthest) {
            furthest = end;
            widest = run.view;
        }
    }
    widest->fitToWindow();
}

// --- playback --------------------------------------------------------------------------------

void CompareWindow::play()
{
    if (playing_) return;
    if (atEnd()) jumpToStart();
    playing_ = true;
    updateActions();
    scheduleNext();
}

void CompareWindow::pause()
{
    if (!playing_) return;
    playing_ = false;
    timer_.stop();
    updateActions();
}

void CompareWindow::togglePlay()
{
    if (playing_) {
        pause();
    } else {
        play();
    }
}

void CompareWindow::scheduleNext()
{
    const int side = nextSide();
    if (side < 0) {
        pause();
        return;
    }
    const std::size_t c = cursor(side);
    const std::int64_t nextT = timeOf(side, c == kNoCursor ? 0 : c + 1);
    timer_.start(Player::waitMs(now(), nextT, 1.0));
}

// --- labels ----------------------------------------------------------------------------------

QString CompareWindow::label(int side) const { return runs_[index(side)].heading->text(); }

QString CompareWindow::statusText(int side) const
{
    QString text = runs_[index(side)].status->text();
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

void CompareWindow::updateLabels()
{
    for (int side : {kSideA, kSideB}) {
        Run& run = runs_[index(side)];
        run.heading->setText(run.label);
        run.heading->setToolTip(QString::fromStdString(run.demo->summary));
        const std::size_t n = sizeOf(side);
        const std::int64_t endT = n > 0 ? timeOf(side, n - 1) : 0;
        QString status;
        if (run.cursor != kNoCursor && run.cursor + 1 == n) {
            status = tr("<b>■ ended at t = %1</b><br>%2 events")
                         .arg(TimelineLayout::formatMs(static_cast<double>(endT)))
                         .arg(n);
        } else if (run.cursor != kNoCursor) {
            status = tr("t = %1<br>event %2 of %3")
                         .arg(TimelineLayout::formatMs(static_cast<double>(timeOf(side, run.cursor))))
                         .arg(run.cursor + 1)
                         .arg(n);
        } else {
            status = tr("not started<br>%1 events").arg(n);
        }
        if (run.cut) status += tr("<br>(cut at %1 events)").arg(kMaxEvents);
        run.status->setText(status);
    }
}

void CompareWindow::updateActions()
{
    playAction_->setText(playing_ ? tr("&Pause") : tr("&Play"));
    playAction_->setIcon(glyphIcon(playing_ ? Glyph::Pause : Glyph::Play));
    stepAction_->setEnabled(!atEnd());
    endAction_->setEnabled(!atEnd());
    stepBackAction_->setEnabled(!atStart());
    startAction_->setEnabled(!atStart());
}

} // namespace ys::ui
