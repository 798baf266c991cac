// SPDX-License-Identifier: MIT
#include "ui/window/window_columns.hpp"

#include "ui/editor/program_editor.hpp"
#include "ui/editor/program_width.hpp"
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
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>
#include <functional>

namespace ys::ui {

// What the code column is fitted to: the lines that may be the widest, and the room the view
// takes around them at a font.
struct CodeFitTarget {
    QStringList lines;
    std::function<int(const QFont& font, bool numbers)> gutter;
    int chrome = 0;
    // Characters left free after the longest line, to type in, where the column has the width
    // (the font is not made smaller for them).
    int room = 0;
    bool numbersMayGo = true; // the line numbers may give way to a longer line
};

struct CodeFontFit {
    qreal points = 0;
    bool numbers = true;
    int needed = 0;
};

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

// The room a text view takes around its lines: its frame, the document's margins and, except in
// presentation mode (no scroll bars), the vertical scroll bar.
int chromeOf(const QPlainTextEdit& view, bool presenting)
{
    const int scrollBar = presenting ? 0 : view.style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return 2 * view.frameWidth() + 2 * qCeil(view.document()->documentMargin()) + scrollBar + 4;
}

// The lines of a program that may be its widest: in a fixed-width font no character is more
// than twice as wide as another, so a line of less than half the longest's characters never is
// (a third, to be safe). A long program is measured at every font size tried; most of its
// lines need not be.
QStringList widestCandidates(QString text)
{
    text.replace(QLatin1Char('\t'), QString(ProgramEditor::kTabWidth, QLatin1Char(' ')));
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype longest = 0;
    for (const QString& line : lines)
        longest = std::max(longest, line.size());
    QStringList out;
    for (const QString& line : lines) {
        if (3 * line.size() >= longest) out << line;
    }
    return out;
}

// The width `target` needs at `font`.
int neededAt(const CodeFitTarget& target, const QFont& font, bool numbers)
{
    // Hinted (whole-pixel) and exact advances differ by a pixel every few characters: the
    // wider of the two.
    const QFontMetrics fm(font);
    const QFontMetricsF exact(font);
    int longest = 0;
    for (const QString& line : target.lines)
        longest = std::max({longest, fm.horizontalAdvance(line), qCeil(exact.horizontalAdvance(line))});
    return longest + target.gutter(font, numbers) + target.chrome;
}

// The largest font from `largest` down to `floor` at which `target` takes at most `widest`
// pixels. Then the line numbers go (where they may); then, rather than cut a line, the font
// goes on shrinking to the last size that reads at all. Measured without touching the view:
// each font set on it lays the text out again.
CodeFontFit fitFont(const CodeFitTarget& target, int widest, qreal largest, qreal floor)
{
    bool numbers = true;
    auto fit = [&](qreal from, qreal to) {
        qreal points = from;
        int needed = neededAt(target, codeFont(points), numbers);
        while (needed > widest && points - 0.5 >= to) {
            points -= 0.5;
            needed = neededAt(target, codeFont(points), numbers);
        }
        return std::pair{points, needed};
    };
    auto [points, needed] = fit(largest, floor);
    if (needed > widest && target.numbersMayGo) {
        numbers = false;
        std::tie(points, needed) = fit(largest, floor);
    }
    if (needed > widest) std::tie(points, needed) = fit(floor, kCodeLastPoints);
    return {points, numbers, needed};
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
    codeBox_ = titledPanel(QString(), panels_.code, &codeTitle_);
    retranslate();
    // The code panel in an area of its own, where the program editor joins it (ui/editor/):
    // presentation mode keeps or drops the area, the editor chooses what shows in it.
    codeArea_ = new QWidget;
    codeArea_->setObjectName(QStringLiteral("codeArea"));
    auto* areaLayout = new QVBoxLayout(codeArea_);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->setSpacing(12);
    areaLayout->addWidget(codeBox_, 1);
    leftLayout->addWidget(codeArea_, 1);

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

void WindowColumns::retranslate() { codeTitle_->setText(tr("Code")); }

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
    program_ = nullptr;
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

void WindowColumns::fitToProgram(const ProgramEditor* editor)
{
    program_ = editor;
    fitCodeColumn();
}

CodeFitTarget WindowColumns::listingTarget() const
{
    const CodeView* code = panels_.code;
    CodeFitTarget target;
    target.lines = QString::fromStdString(session_.listing()).split('\n');
    target.gutter = [code](const QFont& font, bool numbers) { return code->gutterWidth(font, numbers); };
    target.chrome = chromeOf(*code, presenting_);
    return target;
}

CodeFitTarget WindowColumns::programTarget() const
{
    const ProgramEditor* editor = program_;
    CodeFitTarget target;
    target.lines = widestCandidates(editor->toPlainText());
    target.gutter = [editor](const QFont& font, bool) { return editor->gutterWidth(font, true); };
    target.chrome = chromeOf(*editor, presenting_);
    target.room = ProgramWidth::kRoom;
    target.numbersMayGo = false; // the editor keeps its line numbers: errors are told by line
    return target;
}

void WindowColumns::fitCodeColumn()
{
    if (columnsSetByUser_) return; // the user's columns (and fonts) stay as they are
    CodeView* code = panels_.code;
    const int total = columns_->width() > 0 ? columns_->width() : window_.width() - 32;
    // The code takes at most half the width (a little less in presentation mode, where the
    // timeline is drawn larger and tells the story), and leaves the timeline its least width.
    const int widest =
        std::min(total * (presenting_ ? 48 : 50) / 100,
                 total - columns_->widget(1)->minimumSizeHint().width() - columns_->handleWidth()) -
        6;
    // While the learner's program is edited the column is fitted to it, as its editor shows it;
    // otherwise to the run's listing, as the code panel shows it.
    const CodeFitTarget target = program_ != nullptr ? programTarget() : listingTarget();
    const qreal f = presenting_ ? presentationFactor() : 1.0;
    const qreal largest = (presenting_ ? kPresentationCodePoints : kCodePoints) * f;
    const qreal floor = (presenting_ ? kPresentationCodeMinPoints : kCodeMinPoints) * f;
    const CodeFontFit fit = fitFont(target, widest, largest, floor);
    // The editor follows the code panel's font.
    const QFont font = codeFont(fit.points);
    if (code->font() != font) code->setFont(font);
    if (program_ == nullptr) code->setLineNumbersShown(fit.numbers);
    const QFont consoleFont = codeFont(std::min(fit.points, largest));
    if (panels_.console->view()->font() != consoleFont) panels_.console->view()->setFont(consoleFont);
    const int room = target.room * QFontMetrics(font).horizontalAdvance(QLatin1Char(' '));
    const int needed = fit.needed + std::clamp(widest - fit.needed, 0, room);
    const int narrowest = std::min(columns_->widget(0)->minimumSizeHint().width(), total / 3);
    const int left = std::clamp(needed, narrowest, std::max(narrowest, total * 2 / 3));
    columns_->setSizes({left, std::max(0, total - left)});
    if (program_ != nullptr) emit fittedToProgram();
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
