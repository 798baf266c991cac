// SPDX-License-Identifier: MIT
#include "ui/compare/compare_window.hpp"

#include "ui/window/demo_text.hpp"

#include "core/demos/compare_pairs.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/session/transport_actions.hpp"
#include "ui/style/icons.hpp"
#include "ui/style/label_fit.hpp"
#include "ui/style/toolbar_fit.hpp"
#include "ui/timeline/timeline_view.hpp"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ys::ui {
namespace {

// How small the two timelines may be set to fit a short screen, as a share of their size: at
// 1280x720 the pairs need 0.91 to 0.97, the socket pair (a source lane of two rows) in Russian
// 0.86. Below this the lanes are squeezed rather than the marks' words set too small to read.
constexpr int kLeastTimelineHundredths = 85;
constexpr qreal kLeastTimelineScale = kLeastTimelineHundredths / 100.0;
// The question wraps to two lines of its full size at most; its type gets smaller first, to
// three quarters of its size.
constexpr int kQuestionLines = 2;
constexpr qreal kQuestionPoints = 15;
constexpr qreal kQuestionSmallestShare = 0.75;

// The largest scale, from 1 down to the least in hundredths, at which `fits(scale)`: so that a
// pixel more or less does not redraw both timelines. Fonts are measured at each size, as they
// round, rather than assumed to shrink in proportion.
template <typename Fits>
qreal largestScaleWhere(Fits fits)
{
    for (int hundredths = 100; hundredths > kLeastTimelineHundredths; --hundredths) {
        if (fits(hundredths / 100.0)) return hundredths / 100.0;
    }
    return kLeastTimelineScale;
}

} // namespace

CompareWindow::CompareWindow(QWidget* parent) : QMainWindow(parent), theme_(Theme::forSystem())
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowFlag(Qt::Window);
    QFont base = font();
    base.setPointSizeF(std::max<qreal>(base.pointSizeF(), 13));
    setFont(base);

    buildToolBar();

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 6, 16, 6);
    layout->setSpacing(6);
    layout->addLayout(buildQuestionRow());

    splitter_ = new QSplitter(Qt::Vertical);
    splitter_->setChildrenCollapsible(false);
    splitter_->setHandleWidth(10);
    splitter_->addWidget(buildSide(kSideA));
    splitter_->addWidget(buildSide(kSideB));
    splitter_->installEventFilter(this);
    layout->addWidget(splitter_, 1);
    setCentralWidget(central);

    // One zoom and pan for both views: each follows the other.
    TimelineView* a = sides_[0].view;
    TimelineView* b = sides_[1].view;
    connect(a, &TimelineView::viewportChanged, b, &TimelineView::setZoomAndOffset);
    connect(b, &TimelineView::viewportChanged, a, &TimelineView::setZoomAndOffset);
    connect(a, &TimelineView::followCursorChanged, b, &TimelineView::setFollowCursor);
    connect(b, &TimelineView::followCursorChanged, a, &TimelineView::setFollowCursor);
    // One view zooms; the other follows through viewportChanged.
    connect(zoomInAction_, &QAction::triggered, a, &TimelineView::zoomIn);
    connect(zoomOutAction_, &QAction::triggered, a, &TimelineView::zoomOut);

    connect(&session_, &CompareSession::runsAboutToLoad, this, &CompareWindow::runsAboutToLoad);
    connect(&session_, &CompareSession::runsLoaded, this, &CompareWindow::runsLoaded);
    connect(&session_, &CompareSession::cursorsChanged, this, &CompareWindow::cursorsChanged);
    connect(&session_, &CompareSession::jumpedToEnd, this, &CompareWindow::fitBoth);

    resize(1600, 900);
    setTheme(theme_);
    session_.choosePair(0);
    retranslate();
}

CompareWindow::~CompareWindow()
{
    // The views point into the runs' traces and the axis: let them go first.
    for (Side& side : sides_) {
        side.view->setTrace(nullptr);
        side.view->setSharedAxis(nullptr);
    }
}

// --- building --------------------------------------------------------------------------------

void CompareWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(QString());
    toolBar_ = bar;
    bar->setObjectName(QStringLiteral("compareToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(28, 28));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QFont f = bar->font();
    f.setPointSizeF(14);
    bar->setFont(f);

    transport_ = new TransportActions(session_.player(), *this, TransportActions::Runs::Two);
    connect(&session_, &CompareSession::cursorsChanged, transport_, &TransportActions::refresh);

    // The view's own actions: what two runs need beyond the transport.
    // Their texts and tips: retranslate().
    auto make = [this](const QKeySequence& key, Glyph glyph) {
        auto* a = new QAction(glyphIcon(glyph), QString(), this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    resetAction_ = make(Qt::Key_R, Glyph::Reset);
    resetAction_->setObjectName(QStringLiteral("compareActionReset"));
    zoomInAction_ = make(QKeySequence::ZoomIn, Glyph::ZoomIn);
    zoomOutAction_ = make(QKeySequence::ZoomOut, Glyph::ZoomOut);
    fitAction_ = make(QKeySequence(Qt::CTRL | Qt::Key_0), Glyph::Fit);
    connect(resetAction_, &QAction::triggered, &session_, &CompareSession::reset);
    connect(fitAction_, &QAction::triggered, this, &CompareWindow::fitBoth);

    bar->addActions(transport_->toolBarActions());
    bar->addSeparator();
    bar->addAction(resetAction_);
    bar->addSeparator();

    transport_->addSpeedChooser(*bar);

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    for (QAction* a : {zoomOutAction_, zoomInAction_, fitAction_}) {
        bar->addAction(a);
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    for (QAction* a : bar->actions()) {
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a)))
            button->setFocusPolicy(Qt::TabFocus);
    }
    new ToolBarFit(*bar); // every button in view, on a narrow screen icons alone
}

// Above both runs: which ready pair, and the question it asks. The chooser sits here, not in
// the toolbar, so that the toolbar keeps every button in view in a longer language on a
// 1280-wide projector.
QHBoxLayout* CompareWindow::buildQuestionRow()
{
    auto* row = new QHBoxLayout;
    row->setSpacing(10);
    pairLabel_ = new QLabel;
    pairChooser_ = new QComboBox;
    pairChooser_->setObjectName(QStringLiteral("pairChooser"));
    for (const ComparePair& p : comparePairs())
        pairChooser_->addItem(QString(), QString::fromStdString(p.id));
    pairChooser_->setFocusPolicy(Qt::StrongFocus);
    pairLabel_->setBuddy(pairChooser_);
    connect(pairChooser_, &QComboBox::activated, &session_, &CompareSession::choosePair);
    question_ = new QLabel;
    question_->setObjectName(QStringLiteral("compareQuestion"));
    question_->setWordWrap(true);
    questionFont_ = question_->font();
    questionFont_.setPointSizeF(kQuestionPoints);
    question_->setFont(questionFont_);
    question_->installEventFilter(this);
    row->addWidget(pairLabel_, 0, Qt::AlignTop);
    row->addWidget(pairChooser_, 0, Qt::AlignTop);
    row->addWidget(question_, 1);
    return row;
}

QWidget* CompareWindow::buildSide(int side)
{
    const QString letter = side == kSideA ? QStringLiteral("A") : QStringLiteral("B");

    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("side") + letter);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    row->addWidget(buildRunPanel(side, letter));
    row->addWidget(buildTimeline(side), 1);
    return box;
}

// Left: the run's heading (its letter and what differs), what it runs, its parameters and its
// status line. The heading heads this column rather than the timeline, which keeps the whole
// height of its side: two timelines, each with legible lanes, fit a 720-pixel-high screen.
QWidget* CompareWindow::buildRunPanel(int side, const QString& letter)
{
    Side& widgets = sides_[index(side)];
    auto* panel = new QWidget;
    panel->setFixedWidth(470);
    auto* col = new QVBoxLayout(panel);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(8);
    col->addLayout(buildHeading(side, letter));
    widgets.demoChooser = new QComboBox(panel);
    widgets.demoChooser->setObjectName(QStringLiteral("demoChooser") + letter);
    for (const Demo* d : allDemos())
        widgets.demoChooser->addItem(QString(), QString::fromStdString(d->name));
    connect(widgets.demoChooser, &QComboBox::activated, this, [this, side](int i) {
        const Demo* d = findDemo(sides_[index(side)].demoChooser->itemData(i).toString().toStdString());
        if (d != nullptr) session_.setRun(side, *d, d->defaults());
    });
    col->addWidget(widgets.demoChooser);
    widgets.editor = new ParamEditor(panel);
    widgets.editor->setMostPerRow(2); // three with their labels are wider than the column
    widgets.editor->setObjectName(QStringLiteral("paramEditor") + letter);
    connect(widgets.editor, &ParamEditor::paramsChanged, this, [this, side](const Params& p) {
        if (const Demo* d = session_.demo(side)) session_.setRun(side, *d, p);
    });
    connect(widgets.editor, &ParamEditor::editingDone, this,
            [this, side] { sides_[index(side)].view->setFocus(); });
    col->addWidget(widgets.editor);
    auto* defaultsRow = new QHBoxLayout;
    defaultsRow->addStretch(1);
    defaultsRow->addWidget(widgets.editor->defaultsButton());
    col->addLayout(defaultsRow);
    col->addStretch(1);
    widgets.status = new QLabel(panel);
    widgets.status->setObjectName(QStringLiteral("status") + letter);
    widgets.status->setWordWrap(true);
    widgets.status->setTextFormat(Qt::RichText);
    QFont sf = widgets.status->font();
    sf.setPointSizeF(15);
    widgets.status->setFont(sf);
    col->addWidget(widgets.status);
    return panel;
}

// The heading: the run's letter in its colour and what differs, wrapped to as many lines as
// the column needs.
QHBoxLayout* CompareWindow::buildHeading(int side, const QString& letter)
{
    Side& widgets = sides_[index(side)];
    auto* headRow = new QHBoxLayout;
    headRow->setSpacing(10);
    widgets.badge = new QLabel(letter);
    widgets.badge->setAlignment(Qt::AlignCenter);
    widgets.badge->setFixedSize(40, 40);
    QFont bf = widgets.badge->font();
    bf.setPointSizeF(20);
    bf.setBold(true);
    widgets.badge->setFont(bf);
    widgets.heading = new QLabel;
    widgets.heading->setObjectName(QStringLiteral("heading") + letter);
    widgets.heading->setWordWrap(true);
    QFont hf = widgets.heading->font();
    hf.setPointSizeF(17);
    hf.setBold(true);
    widgets.heading->setFont(hf);
    headRow->addWidget(widgets.badge, 0, Qt::AlignTop);
    headRow->addWidget(widgets.heading, 1);
    return headRow;
}

// Right: the run's timeline.
TimelineView* CompareWindow::buildTimeline(int side)
{
    Side& widgets = sides_[index(side)];
    const QString letter = side == kSideA ? QStringLiteral("A") : QStringLiteral("B");
    widgets.view = new TimelineView;
    widgets.view->setObjectName(QStringLiteral("timeline") + letter);
    widgets.view->setFocusPolicy(Qt::StrongFocus);
    widgets.view->setSharedAxis(&session_.axis(), index(side));
    // One legend is enough for both.
    widgets.view->setLegendVisible(side == kSideA);
    widgets.view->setLeastScale(kLeastTimelineScale);
    widgets.view->installEventFilter(this);
    connect(widgets.view, &TimelineView::eventClicked, this, [this, side](std::size_t seq) {
        session_.player().pause();
        session_.jumpTo(side, seq);
    });
    return widgets.view;
}

void CompareWindow::setTheme(const Theme& theme)
{
    theme_ = theme;
    // A and B in two colours that read apart on a projector: blue and orange.
    const std::array<QColor, 2> colors{theme.next, theme.await};
    for (std::size_t i = 0; i < sides_.size(); ++i) {
        sides_[i].view->setTheme(theme);
        sides_[i].badge->setStyleSheet(
            QString("QLabel { background: %1; color: white; border-radius: 8px; }").arg(colors[i].name()));
    }
}

QComboBox* CompareWindow::speedChooser() const { return transport_->speedChooser(); }

// --- words ---------------------------------------------------------------------------------

void CompareWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

bool CompareWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == question_) fitQuestion();
        // After the splitter has handed out the new height its own way.
        if (watched == splitter_)
            QMetaObject::invokeMethod(this, &CompareWindow::shareHeight, Qt::QueuedConnection);
        if (watched == sides_[0].view || watched == sides_[1].view) fitTimelines();
    }
    return QMainWindow::eventFilter(watched, event);
}

void CompareWindow::retranslate()
{
    setWindowTitle(tr("Yieldscope — Compare two runs"));
    toolBar_->setWindowTitle(tr("Playback"));
    transport_->retranslate();
    const auto words = [](QAction* a, const QString& text, const QString& tip) {
        a->setText(text);
        a->setToolTip(QString("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
    };
    words(resetAction_, tr("&Reset"), tr("Run both again from the beginning"));
    words(zoomInAction_, tr("Zoom &in"), tr("Zoom into both timelines"));
    words(zoomOutAction_, tr("Zoom &out"), tr("Zoom out of both timelines"));
    words(fitAction_, tr("&Fit"), tr("Fit both runs into the width"));
    for (QAction* a : toolBar_->actions()) {
        if (auto* button = qobject_cast<QToolButton*>(toolBar_->widgetForAction(a)))
            button->setAccessibleName(a->text().remove('&'));
    }

    pairLabel_->setText(tr("Co&mpare"));
    const std::vector<ComparePair>& pairs = comparePairs();
    for (std::size_t i = 0; i < pairs.size(); ++i)
        pairChooser_->setItemText(static_cast<int>(i),
                                  QCoreApplication::translate("ComparePair", pairs[i].title.c_str()));
    fitPairChooser();
    pairChooser_->setAccessibleName(tr("Ready pair"));
    pairChooser_->setToolTip(tr("A ready pair of runs that differ in one thing"));
    for (int s : {kSideA, kSideB}) {
        Side& side = sides_[index(s)];
        const QString letter = s == kSideA ? QStringLiteral("A") : QStringLiteral("B");
        for (int i = 0; i < side.demoChooser->count(); ++i) {
            if (const Demo* d = findDemo(side.demoChooser->itemData(i).toString().toStdString()))
                side.demoChooser->setItemText(i, demoTitle(*d));
        }
        side.demoChooser->setAccessibleName(tr("Demo of run %1").arg(letter));
        side.view->setAccessibleName(tr("Timeline of run %1").arg(letter));
        side.view->setPlaceholderText(tr("Press Space to play both runs or → to step."));
    }
    showQuestion();
    updateLabels();
}

void CompareWindow::fitPairChooser()
{
    // As wide as the pair's title in the language in use (Russian ones are longer than the
    // English it was first shown with; the list shows every title whole): the field beside
    // the arrow holds it, which the combo box's own size hint leaves a little short of.
    if (pairChooser_->currentIndex() < 0) { // a pair of one's own: no title to hold
        pairChooser_->setMinimumWidth(0);
        pairChooser_->setMaximumWidth(QWIDGETSIZE_MAX);
        return;
    }
    const int text = pairChooser_->fontMetrics().horizontalAdvance(pairChooser_->currentText());
    QStyleOptionComboBox option;
    option.initFrom(pairChooser_);
    option.frame = pairChooser_->hasFrame();
    const QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, pairChooser_);
    // The style draws the text a pixel in from each side of the field and clips its last
    // letter on some font hintings: a letter's width of air keeps it whole.
    const int air = pairChooser_->fontMetrics().averageCharWidth();
    pairChooser_->setFixedWidth(text + air + option.rect.width() - field.width());
}

// --- following the session -------------------------------------------------------------------

void CompareWindow::runsAboutToLoad()
{
    // The views let go of the old traces before the engines that hold them go.
    for (Side& side : sides_)
        side.view->setTrace(nullptr);
}

void CompareWindow::runsLoaded()
{
    for (int s : {kSideA, kSideB}) {
        Side& side = sides_[index(s)];
        const Demo& demo = *session_.demo(s);
        side.demoChooser->setCurrentIndex(side.demoChooser->findData(QString::fromStdString(demo.name)));
        side.editor->setDemo(demo, session_.params(s));
    }
    for (int s : {kSideA, kSideB})
        sides_[index(s)].view->setTrace(session_.trace(s));
    // Both start from A's zoom and pan.
    const TimelineViewport& a = sides_[0].view->viewport();
    sides_[1].view->setZoomAndOffset(a.zoom(), a.offset());

    pairChooser_->setCurrentIndex(session_.pairIndex());
    fitPairChooser();
    showQuestion();
    shareHeight(); // a run with arrivals needs taller lanes
    fitTimelines();
}

void CompareWindow::showQuestion()
{
    const int pair = session_.pairIndex();
    question_->setText(
        pair >= 0 ? QCoreApplication::translate(
                        "ComparePair", comparePairs()[static_cast<std::size_t>(pair)].question.c_str())
                  : tr("Your own pair: what differs is in the headings."));
    fitQuestion();
}

void CompareWindow::fitQuestion()
{
    const int room = kQuestionLines * QFontMetrics(questionFont_).lineSpacing() + 2 * question_->margin();
    fitWrappedLabel(*question_, questionFont_, room, LabelFit{.smallestShare = kQuestionSmallestShare});
    // The window's layout does not ask a wrapped label its height for its width (QMainWindow
    // has no height-for-width): left to itself, the row would keep a guessed, taller height.
    const int width = question_->contentsRect().width();
    if (width > 0) question_->setFixedHeight(question_->heightForWidth(width));
}

void CompareWindow::shareHeight()
{
    // Each side (as tall as its timeline) the height its timeline needs at the largest scale
    // both fit at (A's holds the legend), and the room to spare shared alike.
    const int room = splitter_->height() - splitter_->handleWidth();
    if (room <= 0) return;
    const TimelineView& a = *sides_[0].view;
    const TimelineView& b = *sides_[1].view;
    const qreal scale =
        largestScaleWhere([&](qreal s) { return a.legibleHeightAt(s) + b.legibleHeightAt(s) <= room; });
    const double needA = a.legibleHeightAt(scale);
    const double spare = std::max(0.0, room - needA - b.legibleHeightAt(scale));
    const int sizeA = std::min(room, static_cast<int>(std::ceil(needA + spare / 2)));
    splitter_->setSizes({sizeA, room - sizeA});
}

void CompareWindow::fitTimelines()
{
    // One scale for both (their zooms follow each other): the largest at which each timeline's
    // lanes stay legible in the height its side gives it.
    TimelineView* a = sides_[0].view;
    TimelineView* b = sides_[1].view;
    const int heightA = a->height();
    const int heightB = b->height();
    if (heightA <= 0 || heightB <= 0) return;
    const qreal scale = largestScaleWhere(
        [&](qreal s) { return a->legibleHeightAt(s) <= heightA && b->legibleHeightAt(s) <= heightB; });
    if (qFuzzyCompare(a->scale(), scale) && qFuzzyCompare(b->scale(), scale)) return;
    {
        // Each view would pass its new zoom on to the other, which scales it once more.
        const QSignalBlocker blockA(a);
        const QSignalBlocker blockB(b);
        a->setScale(scale);
        b->setScale(scale);
    }
    b->setZoomAndOffset(a->viewport().zoom(), a->viewport().offset());
}

void CompareWindow::cursorsChanged(int steppedSide)
{
    for (int s : {kSideA, kSideB}) {
        TimelineView* view = sides_[index(s)].view;
        const std::size_t cursor = session_.cursor(s);
        if (cursor == CompareSession::kNoCursor) {
            view->clearCursor();
        } else if (view->currentEvent() != cursor) {
            view->setCursor(cursor, s == steppedSide);
        }
    }
    updateLabels();
}

void CompareWindow::fitBoth()
{
    // Fit the view whose shown events reach further right; the other follows its zoom.
    TimelineView* widest = sides_[0].view;
    double furthest = -1e300;
    for (int s : {kSideA, kSideB}) {
        TimelineView* view = sides_[index(s)].view;
        const TimelineLayout& layout = view->layout();
        const std::size_t cursor = session_.cursor(s);
        const std::size_t shown = cursor == CompareSession::kNoCursor ? layout.size() : cursor + 1;
        if (shown == 0) continue;
        const double end = layout.endU(shown);
        if (end > furthest) {
            furthest = end;
            widest = view;
        }
    }
    widest->fitToWindow();
}

// --- labels ----------------------------------------------------------------------------------

QString CompareWindow::label(int side) const { return sides_[index(side)].heading->text(); }

QString CompareWindow::statusText(int side) const
{
    QString text = sides_[index(side)].status->text();
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

void CompareWindow::updateLabels()
{
    for (int s : {kSideA, kSideB}) {
        Side& side = sides_[index(s)];
        side.heading->setText(session_.label(s));
        side.heading->setToolTip(demoSummary(*session_.demo(s)));
        const Trace& trace = *session_.trace(s);
        const std::size_t n = trace.size();
        const std::size_t cursor = session_.cursor(s);
        QString status;
        if (cursor != CompareSession::kNoCursor && cursor + 1 == n) {
            status = tr("<b>■ ended at t = %1</b><br>%2 events")
                         .arg(TimelineLayout::formatMs(static_cast<double>(trace[n - 1].t)))
                         .arg(n);
        } else if (cursor != CompareSession::kNoCursor) {
            status = tr("t = %1<br>event %2 of %3")
                         .arg(TimelineLayout::formatMs(static_cast<double>(trace[cursor].t)))
                         .arg(cursor + 1)
                         .arg(n);
        } else {
            status = tr("not started<br>%1 events").arg(n);
        }
        if (session_.cut(s)) status += tr("<br>(cut at %1 events)").arg(CompareSession::kMaxEvents);
        side.status->setText(status);
    }
}

} // namespace ys::ui
