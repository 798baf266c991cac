// SPDX-License-Identifier: MIT
#include "ui/timeline/timeline_view.hpp"

#include "ui/timeline/shared_axis.hpp"

#include <QEasingCurve>
#include <QPainter>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace ys::ui {

namespace {
constexpr int kAnimationMs = 200;
constexpr double kZoomStep = 1.25;
} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    placeholder_ = tr("Nothing has happened yet. Step to run the first event.");

    animation_ = new QVariantAnimation(this);
    animation_->setDuration(kAnimationMs);
    animation_->setStartValue(0.0);
    animation_->setEndValue(1.0);
    animation_->setEasingCurve(QEasingCurve::OutCubic);
    connect(animation_, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        const double t = value.toDouble();
        cursorU_ = animFromU_ + (animToU_ - animFromU_) * t;
        viewport_.setOffset(animFromOffset_ + (animToOffset_ - animFromOffset_) * t);
        notifyViewport();
        update();
    });
    connect(animation_, &QVariantAnimation::finished, this, [this] {
        animFromSeq_.reset();
        cursorU_ = animToU_;
        viewport_.setOffset(animToOffset_);
        notifyViewport();
        update();
    });

    viewport_.setZoom(renderer_.defaultZoom());
}

TimelineView::~TimelineView() = default;

// --- Trace and cursor ---------------------------------------------------------------------------

void TimelineView::setTrace(const ys::Trace* trace)
{
    animation_->stop();
    animFromSeq_.reset();
    layout_.setTrace(trace);
    renderer_.invalidateLabels();
    cursor_.reset();
    hovered_.reset();
    hoveredSpan_.reset();
    arrangedRows_ = -1;
    ensureArranged();
    updateZoomLimits();
    viewport_.setZoom(renderer_.defaultZoom());
    viewport_.setOffset(layout_.beginU() - followLeftMargin() / viewport_.zoom());
    cursorU_ = layout_.beginU();
    setFollow(true);
    notifyViewport();
    update();
}

void TimelineView::traceGrew()
{
    const std::size_t before = layout_.size();
    layout_.sync();
    if (layout_.size() < before) {
        // Cleared and refilled: start over.
        renderer_.invalidateLabels();
        cursor_.reset();
        animation_->stop();
        animFromSeq_.reset();
    }
    if (cursor_ && *cursor_ >= layout_.size()) cursor_.reset();
    ensureArranged();
    updateZoomLimits();
    update();
}

void TimelineView::setCursor(std::size_t seq, bool animate)
{
    if (layout_.size() == 0) {
        clearCursor();
        return;
    }
    ensureArranged();
    seq = std::min(seq, layout_.size() - 1);
    const std::optional<std::size_t> shownBefore =
        cursor_ ? std::optional<std::size_t>(shownCount() == 0 ? 0 : shownCount() - 1) : std::nullopt;
    const double fromU = cursorU_;
    const double fromOffset = viewport_.offset();
    cursor_ = seq;
    const double toU = layout_.u(seq);
    double toOffset =
        follow_ ? viewport_.offsetShowing(toU, followLeftMargin(), followRightMargin()) : fromOffset;
    if (follow_ && story_) {
        const auto [zoom, offset] = storyView(toU);
        if (zoom != viewport_.zoom()) {
            viewport_.zoomAround(viewport_.xOfU(cursorU_), zoom / viewport_.zoom());
            updateZoomLimits();
        }
        toOffset = offset;
    }

    animation_->stop();
    if (animate && animated_ && shownBefore && *shownBefore != seq && isVisible()) {
        animFromSeq_ = shownBefore;
        animFromU_ = fromU;
        animToU_ = toU;
        animFromOffset_ = fromOffset;
        animToOffset_ = toOffset;
        animation_->start();
    } else {
        animFromSeq_.reset();
        cursorU_ = toU;
        viewport_.setOffset(toOffset);
    }
    notifyViewport();
    update();
}

void TimelineView::clearCursor()
{
    animation_->stop();
    animFromSeq_.reset();
    cursor_.reset();
    cursorU_ = layout_.beginU();
    update();
}

void TimelineView::finishAnimation()
{
    if (animation_->state() != QAbstractAnimation::Running) return;
    animation_->stop();
    animFromSeq_.reset();
    cursorU_ = animToU_;
    viewport_.setOffset(animToOffset_);
    notifyViewport();
    // The events shown change (a glide back still draws the events it has not yet passed):
    // callers that leave the view where it is would otherwise leave that frame on screen.
    update();
}

std::size_t TimelineView::shownCount() const
{
    if (!cursor_ || layout_.size() == 0) return 0;
    const std::size_t target = std::min(*cursor_, layout_.size() - 1);
    if (!animFromSeq_) return target + 1;
    // While the cursor glides, the events it has passed are shown.
    const std::size_t lo = std::min(*animFromSeq_, target);
    const std::size_t hi = std::max(*animFromSeq_, target);
    const std::size_t passed = layout_.upperBound(cursorU_ + 1e-9, layout_.size());
    return std::clamp(passed, lo + 1, hi + 1);
}

std::size_t TimelineView::visibleEventCount() const { return shownCount(); }

// --- Appearance ---------------------------------------------------------------------------------

void TimelineView::setTheme(const Theme& theme)
{
    renderer_.setTheme(theme);
    notesPass_.setTheme(theme);
    arrangedRows_ = -1;
    update();
}

void TimelineView::setNotes(std::vector<PinnedNote> notes)
{
    notes_ = std::move(notes);
    update();
}

void TimelineView::setScale(qreal scale)
{
    const double ratio = scale / renderer_.scale();
    renderer_.setScale(scale);
    notesPass_.setScale(scale);
    arrangedRows_ = -1;
    ensureArranged();
    updateZoomLimits();
    viewport_.zoomAround(viewport_.plotRect().left(), ratio);
    if (cursor_ && follow_)
        viewport_.ensureVisible(layout_.u(*cursor_), followLeftMargin(), followRightMargin());
    notifyViewport();
    updateGeometry();
    update();
}

void TimelineView::setLeastScale(qreal least)
{
    leastScale_ = least;
    updateGeometry();
}

double TimelineView::legibleHeightAt(qreal scale) const { return renderer_.legibleHeightAt(legend_, scale); }

void TimelineView::setLegendVisible(bool on)
{
    legend_ = on;
    arrangedRows_ = -1;
    ensureArranged();
    update();
}

void TimelineView::setPlaceholderText(const QString& text)
{
    placeholder_ = text;
    update();
}

void TimelineView::setAnimated(bool on)
{
    animated_ = on;
    if (!on) finishAnimation();
}

// --- Zoom, pan, follow --------------------------------------------------------------------------

double TimelineView::followLeftMargin() const
{
    return std::min(80.0 * renderer_.scale(), viewport_.plotRect().width() * 0.1);
}

double TimelineView::followRightMargin() const { return viewport_.plotRect().width() * 0.3; }

void TimelineView::setFollow(bool on)
{
    if (follow_ == on) return;
    follow_ = on;
    emit followCursorChanged(on);
}

void TimelineView::setFollowCursor(bool on)
{
    setFollow(on);
    if (on && cursor_) {
        finishAnimation();
        viewport_.ensureVisible(layout_.u(*cursor_), followLeftMargin(), followRightMargin());
        notifyViewport();
        update();
    }
}

void TimelineView::userMovedView()
{
    if (!cursor_) return;
    const double x = viewport_.xOfU(cursorU_);
    setFollow(viewport_.isVisibleX(x));
}

void TimelineView::updateZoomLimits()
{
    const double width = std::max(viewport_.plotRect().width(), 1.0);
    // Views on one shared axis get the same limits, so that they can keep one zoom.
    const SharedAxis* axis = layout_.sharedAxis();
    const double span = axis != nullptr ? std::max(axis->endU() - axis->beginU(), 8.0)
                                        : std::max(layout_.endU(layout_.size()) - layout_.beginU(), 8.0);
    viewport_.setZoomLimits(std::min(width / span * 0.5, renderer_.foldPx() * 0.5), renderer_.maxZoom());
}

void TimelineView::fitToWindow()
{
    finishAnimation();
    ensureArranged();
    const std::size_t count = cursor_ ? shownCount() : layout_.size();
    const double s = renderer_.scale();
    viewport_.fitToWidth(layout_.beginU(), layout_.endU(count), 0);
    // Room for the labels at both ends.
    const double left = 40 * s;
    const double right = 110 * s;
    const double room = std::max(viewport_.plotRect().width() - left - right, 1.0);
    const double span = std::max(layout_.endU(count) - layout_.beginU(), 1e-9);
    viewport_.setZoom(std::min(room / span, renderer_.maxZoom() * 0.25));
    viewport_.setOffset(layout_.beginU() - left / viewport_.zoom());
    setFollow(true);
    notifyViewport();
    update();
}

void TimelineView::setStoryInView(bool on) { story_ = on; }

std::pair<double, double> TimelineView::storyView(double u) const
{
    const double s = renderer_.scale();
    const double plotW = viewport_.plotRect().width();
    // Room for the labels at both ends, as fitToWindow() leaves.
    const double left = 40 * s;
    const double right = 110 * s;
    const double room = std::max(plotW - left - right, 1.0);
    const double span = std::max(u + TimelineLayout::kSlotUnit / 2 - layout_.beginU(), 1.0);
    // Half the default zoom: marks stay apart and most labels keep their rows.
    const double legible = renderer_.defaultZoom() / 2;
    const double fit = room / span;
    if (fit >= legible) {
        const double zoom =
            std::clamp(std::min(fit, renderer_.defaultZoom()), viewport_.minZoom(), viewport_.maxZoom());
        return {zoom, layout_.beginU() - left / zoom};
    }
    const double zoom = std::clamp(legible, viewport_.minZoom(), viewport_.maxZoom());
    return {zoom, u - (plotW - right) / zoom};
}

void TimelineView::zoomIn()
{
    finishAnimation();
    const double x = cursor_ && viewport_.isVisibleX(viewport_.xOfU(cursorU_))
                         ? viewport_.xOfU(cursorU_)
                         : viewport_.plotRect().center().x();
    viewport_.zoomAround(x, kZoomStep);
    notifyViewport();
    update();
}

void TimelineView::zoomOut()
{
    finishAnimation();
    const double x = cursor_ && viewport_.isVisibleX(viewport_.xOfU(cursorU_))
                         ? viewport_.xOfU(cursorU_)
                         : viewport_.plotRect().center().x();
    viewport_.zoomAround(x, 1 / kZoomStep);
    notifyViewport();
    update();
}

void TimelineView::ensureEventVisible(std::size_t seq)
{
    finishAnimation();
    ensureArranged();
    if (viewport_.ensureVisible(layout_, seq, followLeftMargin(), followRightMargin())) {
        notifyViewport();
        update();
    }
}

void TimelineView::setSharedAxis(const SharedAxis* axis, std::size_t run)
{
    layout_.setSharedAxis(axis, run);
    sharedAxisChanged();
}

void TimelineView::sharedAxisChanged()
{
    finishAnimation();
    renderer_.invalidateLabels();
    updateZoomLimits();
    cursorU_ = cursor_ && *cursor_ < layout_.size() ? layout_.u(*cursor_) : layout_.beginU();
    update();
}

void TimelineView::setZoomAndOffset(double zoom, double offset)
{
    ensureArranged();
    viewport_.setZoom(zoom);
    viewport_.setOffset(offset);
    // A glide under way keeps moving the cursor, no longer the view.
    animFromOffset_ = offset;
    animToOffset_ = offset;
    notifiedZoom_ = viewport_.zoom();
    notifiedOffset_ = viewport_.offset();
    update();
}

void TimelineView::notifyViewport()
{
    if (viewport_.zoom() == notifiedZoom_ && viewport_.offset() == notifiedOffset_) return;
    notifiedZoom_ = viewport_.zoom();
    notifiedOffset_ = viewport_.offset();
    emit viewportChanged(notifiedZoom_, notifiedOffset_);
}

// --- Geometry -----------------------------------------------------------------------------------

void TimelineView::arrange() const
{
    arrangedFor_ = size();
    arrangedRows_ = layout_.spanRowCount();
    arrangedLegend_ = legend_;
    arrangedKinds_ = layout_.kindsSeen();
    arrangedInstances_ = layout_.instanceLanes();
    renderer_.arrange(QSizeF(size()), arrangedRows_, arrangedKinds_, legend_, viewport_, arrangedInstances_);
    // A run with arrivals (a row more in the source lane) needs a taller timeline to stay legible.
    const double least = renderer_.legibleHeight(legend_);
    if (least != arrangedLeast_) {
        arrangedLeast_ = least;
        const_cast<TimelineView*>(this)->updateGeometry(); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    }
}

void TimelineView::ensureArranged() const
{
    if (arrangedFor_ != size() || arrangedRows_ != layout_.spanRowCount() || arrangedLegend_ != legend_ ||
        arrangedKinds_ != layout_.kindsSeen() || !(arrangedInstances_ == layout_.instanceLanes())) {
        arrange();
    }
}

QPoint TimelineView::eventCenter(std::size_t seq) const
{
    ensureArranged();
    if (seq >= layout_.size()) return {-1, -1};
    const QPointF a = viewport_.eventAnchor(layout_, seq);
    return {static_cast<int>(std::lround(a.x())), static_cast<int>(std::lround(a.y()))};
}

std::optional<std::size_t> TimelineView::eventAt(QPointF pos) const
{
    ensureArranged();
    const std::size_t count = shownCount();
    if (auto seq = viewport_.eventAt(layout_, pos, count, renderer_.hitRadius())) return seq;
    if (auto span = viewport_.spanAt(layout_, pos, count, cursorU_, renderer_.barHalfHeight())) {
        return layout_.trace()->spans()[*span].begin;
    }
    return std::nullopt;
}

QSize TimelineView::sizeHint() const
{
    const double s = renderer_.scale();
    return {static_cast<int>(1200 * s), static_cast<int>(540 * s)};
}

QSize TimelineView::minimumSizeHint() const
{
    const double s = renderer_.scale();
    // Never so short that a lane falls below its legible height (the window folds other panels
    // first), at the least scale its owner may set.
    const double least = legibleHeightAt(std::min(leastScale_.value_or(s), s));
    return {static_cast<int>(400 * s), static_cast<int>(std::ceil(least))};
}

// --- Painting and resizing (input: timeline_view_input.cpp) -------------------------------------
// ---------------------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent*)
{
    ensureArranged();
    QPainter painter(this);
    TimelineFrame frame;
    frame.layout = &layout_;
    frame.viewport = &viewport_;
    frame.count = shownCount();
    if (frame.count > 0) frame.current = frame.count - 1;
    frame.cursorU = cursorU_;
    frame.showCursor = cursor_.has_value();
    frame.hovered = hovered_;
    frame.hoveredSpan = hoveredSpan_;
    frame.legend = legend_;
    frame.placeholder = placeholder_;
    renderer_.paint(painter, QRectF(rect()), frame);
    notesPass_.paint(painter, layout_, viewport_, frame.count, notes_);
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The left edge stays where it is. While following, a cursor pushed out of sight by a
    // narrower window comes back (only then: a fitted view stays as it was fitted).
    ensureArranged();
    updateZoomLimits();
    if (cursor_ && follow_ && !viewport_.isVisibleX(viewport_.xOfU(cursorU_))) {
        finishAnimation();
        viewport_.ensureVisible(layout_.u(*cursor_), followLeftMargin(), followRightMargin());
    }
    notifyViewport();
}

} // namespace ys::ui
