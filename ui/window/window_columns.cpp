// SPDX-License-Identifier: MIT
#include "ui/window/window_columns.hpp"

#include "ui/panels/code_view.hpp"
#include "ui/panels/console_panel.hpp"
#include "ui/panels/console_view.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/panels/titled_panel.hpp"
#include "ui/presentation/presentation_panels.hpp"
#include "ui/quiz/quiz_panel.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/code_font.hpp"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>

namespace ys::ui {
namespace {

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

QSplitter* splitter(Qt::Orientation orientation, const char* name)
{
    auto* s = new QSplitter(orientation);
    s->setObjectName(QString::fromLatin1(name));
    s->setChildrenCollapsible(false);
    s->setHandleWidth(12);
    return s;
}

} // namespace

WindowColumns::WindowColumns(QWidget& window, const RunSession& session, const Panels& panels,
                             const PresentationPanels& presentationPanels)
    : QObject(&window), window_(window), session_(session), panels_(panels),
      presentationPanels_(presentationPanels)
{
    // Left: the demo and its code. Right: the timeline over the console. Bottom: the
    // narration across.
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(12);
    leftLayout->addWidget(panels_.demo);
    codeBox_ = titledPanel(tr("Code"), panels_.code);
    leftLayout->addWidget(codeBox_, 1);

    timelineAndConsole_ = splitter(Qt::Vertical, "timelineAndConsole");
    timelineAndConsole_->addWidget(panels_.timeline);
    timelineAndConsole_->addWidget(panels_.console->widget());
    timelineAndConsole_->setStretchFactor(0, 1);
    timelineAndConsole_->setStretchFactor(1, 0);
    timelineAndConsole_->setSizes({640, 150});

    columns_ = splitter(Qt::Horizontal, "columns");
    columns_->addWidget(left);
    columns_->addWidget(timelineAndConsole_);
    columns_->setStretchFactor(0, 0);
    columns_->setStretchFactor(1, 1);
    columns_->setSizes({640, 960});
    connect(columns_, &QSplitter::splitterMoved, this, [this] { columnsSetByUser_ = true; });
    columns_->installEventFilter(this);
    timelineAndConsole_->installEventFilter(this);

    central_ = new QWidget;
    auto* layout = new QVBoxLayout(central_);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(columns_, 1);
    layout->addWidget(panels_.quiz);
    layout->addWidget(panels_.narration);
}

WindowColumns::~WindowColumns() = default;

void WindowColumns::followSession()
{
    connect(&session_, &RunSession::runStarted, this, [this] {
        fitCodeColumn();
        foldPanels();
    });
    // The timeline may need more room (a row of arrivals).
    connect(&session_, &RunSession::traceGrew, this, &WindowColumns::foldPanels);
}

void WindowColumns::detach()
{
    // Panels going away resize the splitters: nothing is to be fitted or folded any more.
    columns_->removeEventFilter(this);
    timelineAndConsole_->removeEventFilter(this);
}

void WindowColumns::setPresenting(bool on)
{
    presenting_ = on;
    applyPresentationScale();
    if (columnsSetByUser_) { // fitCodeColumn() leaves the user's columns (and fonts) alone
        const qreal points = on ? kPresentationCodePoints * presentationFactor() : kCodePoints;
        panels_.code->setFont(codeFont(points));
        panels_.console->view()->setFont(codeFont(points));
    }
    fitCodeColumn();
    foldPanels();
}

void WindowColumns::fitCodeColumn()
{
    if (columnsSetByUser_) return; // the user's columns (and fonts) stay as they are
    CodeView* code = panels_.code;
    const int total = columns_->width() > 0 ? columns_->width() : window_.width() - 32;
    const QStringList lines = QString::fromStdString(session_.listing()).split('\n');
    // The code takes at most half the width (a little less in presentation mode, where the
    // timeline is drawn larger and tells the story), and leaves the timeline its least width.
    const int widest =
        std::min(total * (presenting_ ? 48 : 50) / 100,
                 total - columns_->widget(1)->minimumSizeHint().width() - columns_->handleWidth()) -
        6;
    // Presentation mode has no scroll bar; the window keeps room for the vertical one.
    const int scrollBar = presenting_ ? 0 : code->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int chrome = 2 * code->frameWidth() + 2 * qCeil(code->document()->documentMargin()) + scrollBar + 4;
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
        return longest + code->gutterWidth(font, numbers) + chrome;
    };
    const qreal f = presenting_ ? presentationFactor() : 1.0;
    const qreal largest = (presenting_ ? kPresentationCodePoints : kCodePoints) * f;
    const qreal floor = (presenting_ ? kPresentationCodeMinPoints : kCodeMinPoints) * f;
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
    if (code->font() != font) code->setFont(font);
    code->setLineNumbersShown(numbers);
    const QFont consoleFont = codeFont(std::min(points, largest));
    if (panels_.console->view()->font() != consoleFont) panels_.console->view()->setFont(consoleFont);
    const int narrowest = std::min(columns_->widget(0)->minimumSizeHint().width(), total / 3);
    const int left = std::clamp(needed, narrowest, std::max(narrowest, total * 2 / 3));
    columns_->setSizes({left, std::max(0, total - left)});
}

void WindowColumns::foldPanels()
{
    QWidget* consolePanel = panels_.console->widget();
    const bool wanted = !presenting_ || presentationPanels_.isChosen(PresentationPanels::Panel::Console);
    const int consoleLeast = panels_.console->title()->sizeHint().height() + 6 +
                             3 * panels_.console->view()->fontMetrics().height();
    const int room = timelineAndConsole_->height();
    const bool fits = room >= panels_.timeline->minimumSizeHint().height() +
                                  timelineAndConsole_->handleWidth() + consoleLeast;
    // Without the timeline the console has the column to itself.
    const bool show = wanted && (fits || !panels_.timeline->isVisibleTo(&window_));
    if (consolePanel->isVisibleTo(&window_) != show) consolePanel->setVisible(show);
}

qreal WindowColumns::presentationFactor() const
{
    return std::clamp(window_.height() / 1080.0, 2.0 / 3.0, 1.0);
}

void WindowColumns::applyPresentationScale()
{
    const qreal f = presenting_ ? presentationFactor() : 1.0;
    const qreal timelineScale = presenting_ ? std::max(1.0, kPresentationTimelineScale * f) : 1.0;
    if (!qFuzzyCompare(panels_.timeline->scale(), timelineScale)) panels_.timeline->setScale(timelineScale);
    // The narration's large type wraps to several lines in a short window: it shrinks a little
    // there, so that the timeline keeps its legible height.
    const int height = window_.height();
    const qreal narrationScale = presenting_
                                     ? std::clamp(kPresentationNarrationScale * (height - 540) / 540.0, 0.75,
                                                  kPresentationNarrationScale)
                                     : std::clamp(height / 960.0, 0.75, 1.0);
    if (!qFuzzyCompare(panels_.narration->scale(), narrationScale)) {
        panels_.narration->setScale(narrationScale);
        panels_.quiz->setScale(narrationScale);
    }
}

bool WindowColumns::eventFilter(QObject* watched, QEvent* event)
{
    // The splitter's geometry is already the new one when its resize event arrives, and its
    // own handling, after this, keeps the sizes set here.
    if (watched == columns_ && event->type() == QEvent::Resize) {
        applyPresentationScale();
        fitCodeColumn();
    }
    if (watched == timelineAndConsole_ && event->type() == QEvent::Resize) foldPanels();
    return QObject::eventFilter(watched, event);
}

QList<QSplitter*> WindowColumns::splitters() const
{
    // The splitters worth keeping, by name, in a fixed order.
    QList<QSplitter*> out;
    for (QSplitter* s : window_.findChildren<QSplitter*>()) {
        if (!s->objectName().isEmpty()) out << s;
    }
    std::sort(out.begin(), out.end(),
              [](const QSplitter* a, const QSplitter* b) { return a->objectName() < b->objectName(); });
    return out;
}

QVariantList WindowColumns::saveLayout() const
{
    QVariantList layouts;
    for (QSplitter* s : splitters())
        layouts << s->saveState();
    return layouts;
}

void WindowColumns::restoreLayout(const QVariantList& layouts)
{
    const QList<QSplitter*> all = splitters();
    for (int i = 0; i < all.size() && i < layouts.size(); ++i) {
        const QVariant& state = layouts.at(i);
        if (state.typeId() != QMetaType::QByteArray) continue;
        QSplitter* s = all.at(i);
        // The window fits its code column to the listing until the user moves the divider;
        // a layout brought back counts as the user's.
        if (s->restoreState(state.toByteArray())) emit s->splitterMoved(0, 1);
    }
}

} // namespace ys::ui
