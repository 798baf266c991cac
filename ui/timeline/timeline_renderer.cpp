// SPDX-License-Identifier: MIT
#include "ui/timeline/timeline_renderer.hpp"

#include "ui/timeline/passes/background_pass.hpp"
#include "ui/timeline/passes/cursor_pass.hpp"
#include "ui/timeline/passes/mark_pass.hpp"
#include "ui/timeline/passes/span_pass.hpp"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ys::ui {
namespace {

bool has(std::uint32_t kinds, ys::Kind kind) { return (kinds >> static_cast<unsigned>(kind) & 1U) != 0; }

constexpr std::size_t idx(ys::Actor a) { return static_cast<std::size_t>(a); }

} // namespace

TimelineRenderer::TimelineRenderer() { setTheme(Theme::light()); }

void TimelineRenderer::setTheme(const Theme& theme)
{
    style_.theme = theme;
    rebuild();
}

void TimelineRenderer::setScale(qreal scale)
{
    scale_ = std::clamp(scale, 0.5, 4.0);
    rebuild();
}

void TimelineRenderer::rebuild()
{
    style_.make(style_.theme, scale_);
    labels_.prepare(style_);
    gutter_.prepare(style_);
    legend_.clear();
    arrangedSize_ = QSizeF();
}

double TimelineRenderer::foldPx() const { return kFoldPx; }
double TimelineRenderer::hitRadius() const { return style_.metrics.hitRadius; }
double TimelineRenderer::barHalfHeight() const { return style_.metrics.barH / 2 + style_.metrics.barPad; }
double TimelineRenderer::defaultZoom() const { return style_.metrics.defaultZoom; }
double TimelineRenderer::maxZoom() const { return style_.metrics.maxZoom; }

void TimelineRenderer::invalidateLabels() { labels_.invalidate(); }

// --- Arrangement -----------------------------------------------------------------------------

std::array<double, ys::kActorCount> TimelineRenderer::comfortableHeights(int sourceRows) const
{
    // Comfortable: two rows of labels and every span row.
    const TimelineMetrics& m = style_.metrics;
    const double labelRows = 2 * (m.chipH + m.gap);
    return {(labelRows + m.consumerRoom) * instances_.laneCount(ys::Actor::Consumer),
            (labelRows + m.producerRoom) * instances_.laneCount(ys::Actor::Producer),
            sourceRows * m.spanRowH + m.sourcePad, 2 * m.chipH + 3 * m.gap};
}

void TimelineRenderer::arrange(const QSizeF& size, int spanRows, std::uint32_t kinds, bool legend,
                               TimelineViewport& viewport, const InstanceLanes& instances)
{
    arrangedSize_ = size;
    const int rows = std::clamp(spanRows, 1, 4);
    const bool arrivals = has(kinds, ys::Kind::Arrived);
    arrivals_ = arrivals;
    // Three lanes for an actor's instances where all stay legible, else two.
    instances_ = instances;
    double more = 0;
    for (const ys::Actor actor : {ys::Actor::Consumer, ys::Actor::Producer}) {
        const int lanes = instances_.laneCount(actor);
        more += legibleOneLaneHeight(actor) * (lanes - std::min(lanes, InstanceLanes::kLeastLanes));
    }
    if (legibleHeight(legend) + more > size.height()) instances_.setMaxLanes(InstanceLanes::kLeastLanes);
    const std::array<double, ys::kActorCount> comfortable = comfortableHeights(rows + (arrivals ? 1 : 0));
    double comfortableSum = 0;
    for (const double h : comfortable)
        comfortableSum += h;

    // Legend: wrapped as long as the lanes keep their comfortable height; else one row.
    legend_.clear();
    if (legend) {
        legend_.arrange(style_, size.width(), kinds, false);
        if (size.height() - style_.metrics.axisH - legend_.height() < comfortableSum)
            legend_.arrange(style_, size.width(), kinds, true);
    }
    const double plotTop = legend_.height();
    const double plotH = std::max(1.0, size.height() - legend_.height() - style_.metrics.axisH);
    viewport.setPlotRect(
        QRectF(gutter_.width(), plotTop, std::max(1.0, size.width() - gutter_.width()), plotH));
    viewport.setLanes(arrangeLanes(plotTop, plotH, rows, arrivals));
}

LaneGeometry TimelineRenderer::arrangeLanes(double plotTop, double plotH, int rows, bool arrivals) const
{
    const TimelineMetrics& m = style_.metrics;
    const std::array<double, ys::kActorCount> comfortable = comfortableHeights(rows + (arrivals ? 1 : 0));
    std::array<double, ys::kActorCount> legible{};
    double comfortableSum = 0;
    double legibleSum = 0;
    for (std::size_t i = 0; i < legible.size(); ++i) {
        const auto actor = static_cast<ys::Actor>(i);
        legible[i] =
            legibleOneLaneHeight(actor) * (InstanceLanes::splits(actor) ? instances_.laneCount(actor) : 1);
        comfortableSum += comfortable[i];
        legibleSum += legible[i];
    }
    const std::array<double, ys::kActorCount> weight{0.30, 0.30, 0.18, 0.22};
    std::array<double, ys::kActorCount> h = comfortable;
    if (plotH >= comfortableSum) {
        for (std::size_t i = 0; i < h.size(); ++i)
            h[i] += (plotH - comfortableSum) * weight[i];
    } else if (plotH >= legibleSum) {
        // Between legible and comfortable: every lane gets its legible height and a like share
        // of the rest.
        const double t = (plotH - legibleSum) / std::max(1.0, comfortableSum - legibleSum);
        for (std::size_t i = 0; i < h.size(); ++i)
            h[i] = legible[i] + (comfortable[i] - legible[i]) * t;
    } else {
        // Less than legible (the window keeps the timeline taller than this): shrink alike.
        for (std::size_t i = 0; i < h.size(); ++i)
            h[i] = legible[i] * plotH / legibleSum;
    }

    LaneGeometry g;
    double y = plotTop;
    for (std::size_t i = 0; i < h.size(); ++i) {
        g.lanes[i].top = y;
        g.lanes[i].height = h[i];
        y += h[i];
    }
    placeArrowMarks(g);
    LaneBox& src = g.lanes[idx(ys::Actor::Source)];
    LaneBox& con = g.lanes[idx(ys::Actor::Console)];
    // Span rows that do not fit at their full height share the last one shown.
    const int arrivalRows = arrivals ? 1 : 0;
    const int fitting = static_cast<int>((src.height - m.sourcePad) / m.spanRowH + 1e-6) - arrivalRows;
    const int shownRows = std::clamp(fitting, 1, rows);
    g.spanRowsShown = shownRows;
    g.spanRowHeight = std::min(m.spanRowH, (src.height - m.sourcePad) / (shownRows + arrivalRows));
    g.spanRowTop = src.top + (src.height - (shownRows + arrivalRows) * g.spanRowHeight) / 2;
    // Arrivals come in from outside: their row is the top one.
    g.arrivalY = g.spanRowTop + g.spanRowHeight * 0.5;
    if (arrivals) g.spanRowTop += g.spanRowHeight;
    src.markY = g.spanRowY(0);
    const bool twoRows = con.height >= 2 * m.chipH + 3 * m.gap - 0.5;
    con.markY = twoRows ? con.top + con.height / 2 - (m.chipH + m.gap) / 2 : con.top + con.height / 2;
    return g;
}

void TimelineRenderer::placeArrowMarks(LaneGeometry& g) const
{
    const TimelineMetrics& m = style_.metrics;
    // The arrows between consumer and producer cross the lanes' border; they grow with the
    // lanes (up to a point), leaving the consumer room for two rows of labels above them and
    // the producer two below.
    const double labelsRoom = 2 * (m.chipH + m.gap) + m.labelsAir;
    g.instances = instances_;
    for (const ys::Actor actor : {ys::Actor::Consumer, ys::Actor::Producer}) {
        auto mark = [&](LaneBox& b) {
            const double arrow =
                std::clamp(std::min(0.4 * b.height, b.height - labelsRoom), m.arrowMin, m.arrowMax);
            b.markY = actor == ys::Actor::Consumer ? b.bottom() - arrow : b.top + arrow;
        };
        LaneBox& lane = g.lanes[idx(actor)];
        mark(lane);
        const int count = instances_.laneCount(actor);
        if (count < 2) continue;
        // Each instance's lane is a lane of the actor's own, its marks placed alike.
        std::vector<LaneBox>& split = g.instanceLanes[idx(actor)];
        split = LaneGeometry::split(lane, count);
        for (LaneBox& one : split)
            mark(one);
        lane.markY = split.front().markY;
    }
}

double TimelineRenderer::legibleLaneHeight(ys::Actor lane) const
{
    return legibleLaneHeight(lane, style_.metrics);
}

double TimelineRenderer::legibleLaneHeight(ys::Actor lane, const TimelineMetrics& m) const
{
    if (!InstanceLanes::splits(lane)) return legibleOneLaneHeight(lane, m);
    return legibleOneLaneHeight(lane, m) * std::min(instances_.laneCount(lane), InstanceLanes::kLeastLanes);
}

double TimelineRenderer::legibleOneLaneHeight(ys::Actor lane) const
{
    return legibleOneLaneHeight(lane, style_.metrics);
}

double TimelineRenderer::legibleOneLaneHeight(ys::Actor lane, const TimelineMetrics& m) const
{
    switch (lane) {
    case ys::Actor::Consumer: // one row of labels over the marks, the arrows' start below
        return m.chipH + m.gap + m.markLift + m.markRoom;
    case ys::Actor::Producer: // the marks, one row of labels under them
        return m.markR + m.gap + m.chipH + m.markRoom;
    case ys::Actor::Source: // one row of bars with their labels (and one of arrivals)
        return (arrivals_ ? 2 : 1) * m.spanRowH + m.sourcePad;
    case ys::Actor::Console: // one row of chips
        return m.chipH + 2 * m.gap;
    }
    return 0;
}

double TimelineRenderer::legibleHeight(bool legend) const { return legibleHeight(legend, style_.metrics); }

double TimelineRenderer::legibleHeightAt(bool legend, qreal scale) const
{
    if (qFuzzyCompare(scale, scale_)) return legibleHeight(legend);
    return legibleHeight(legend, TimelineMetrics::make(scale, style_.theme.strokeWeight));
}

double TimelineRenderer::legibleHeight(bool legend, const TimelineMetrics& m) const
{
    double sum = m.axisH + (legend ? m.legendRowH + m.legendOneRowPad : 0);
    for (std::size_t a = 0; a < ys::kActorCount; ++a)
        sum += legibleLaneHeight(static_cast<ys::Actor>(a), m);
    return std::ceil(sum);
}

// --- Painting ---------------------------------------------------------------------------------

void TimelineRenderer::paint(QPainter& p, const QRectF& rect, const TimelineFrame& f)
{
    stats_ = {};
    placement_.reset();
    bands_.clear();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const bool hasTrace = f.layout != nullptr && f.layout->trace() != nullptr;
    TimelineFrame frame = f;
    frame.count = hasTrace ? std::min(f.count, f.layout->size()) : 0;
    PaintContext c{p, frame, *f.viewport, style_, placement_, stats_, bands_};

    BackgroundPass::paintBands(c, rect, gutter_.width());
    const QRectF plot = c.vp.plotRect();
    std::size_t lo = 0;
    std::size_t hi = 0;
    if (frame.count > 0) {
        const TimelineLayout& layout = *f.layout;
        const double margin = style_.metrics.labelReach; // labels reach beyond their marks
        lo = layout.lowerBound(c.vp.uOfX(plot.left() - margin), frame.count);
        hi = layout.upperBound(c.vp.uOfX(plot.right() + margin), frame.count);
        stats_.firstSeq = layout.lowerBound(c.vp.uOfX(plot.left()), frame.count);
        stats_.endSeq = layout.upperBound(c.vp.uOfX(plot.right()), frame.count);
        BackgroundPass::paintInstants(c, lo, hi);
    }
    BackgroundPass::paintSeparators(c, rect);
    if (frame.count > 0) {
        p.save();
        p.setClipRect(plot);
        CursorPass::paint(c);
        // The current event's label is always shown: others make way for it.
        labels_.reserveCurrent(c);
        SpanPass::paint(c, labels_, lo);
        MarkPass(c, labels_).paint(lo, hi);
        p.restore();
        c.currentFont = nullptr; // restore() brought the earlier font back
    }
    gutter_.paint(c, rect);
    axis_.paint(c, rect);
    if (f.legend) legend_.paint(c, arrangedSize_.width());
    if (frame.count == 0) BackgroundPass::paintPlaceholder(c);
}

void TimelineRenderer::drawKindMark(QPainter& painter, ys::Kind kind, const QRectF& box) const
{
    style_.shapes().glyph(painter, ys::kindInfo(kind).glyph, box);
}

} // namespace ys::ui
