// SPDX-License-Identifier: MIT
#include "ui/timeline/timeline_viewport.hpp"

#include <algorithm>
#include <cmath>

namespace ys::ui {

void TimelineViewport::setPlotRect(const QRectF& rect)
{
    plot_ = rect;
    if (plot_.width() < 1) plot_.setWidth(1);
}

void TimelineViewport::setZoomLimits(double minZoom, double maxZoom)
{
    minZoom_ = std::max(minZoom, 1e-12);
    maxZoom_ = std::max(maxZoom, minZoom_);
    zoom_ = std::clamp(zoom_, minZoom_, maxZoom_);
}

void TimelineViewport::setZoom(double pxPerUnit)
{
    if (!(pxPerUnit > 0)) return;
    zoom_ = std::clamp(pxPerUnit, minZoom_, maxZoom_);
}

void TimelineViewport::zoomAround(double x, double factor)
{
    if (!(factor > 0)) return;
    const double anchor = uOfX(x);
    zoom_ = std::clamp(zoom_ * factor, minZoom_, maxZoom_);
    offset_ = anchor - (x - plot_.left()) / zoom_;
}

void TimelineViewport::fitToWidth(double u0, double u1, double marginPx)
{
    const double room = std::max(plot_.width() - 2 * marginPx, 1.0);
    const double span = std::max(u1 - u0, 1e-9);
    zoom_ = std::min(room / span, maxZoom_);
    offset_ = u0 - marginPx / zoom_;
    // When the zoom is clamped, centre what there is.
    const double used = span * zoom_;
    if (used < room) offset_ -= (room - used) / 2 / zoom_;
}

double TimelineViewport::offsetShowing(double u, double leftMarginPx, double rightMarginPx) const
{
    const double left = plot_.left() + leftMarginPx;
    const double right = std::max(plot_.right() - rightMarginPx, left);
    const double x = xOfU(u);
    if (x < left) return u - leftMarginPx / zoom_;
    if (x > right) return u - (right - plot_.left()) / zoom_;
    return offset_;
}

bool TimelineViewport::ensureVisible(double u, double leftMarginPx, double rightMarginPx)
{
    const double target = offsetShowing(u, leftMarginPx, rightMarginPx);
    if (target == offset_) return false;
    offset_ = target;
    return true;
}

bool TimelineViewport::ensureVisible(const TimelineLayout& layout, std::size_t seq, double leftMarginPx,
                                     double rightMarginPx)
{
    if (seq >= layout.size()) return false;
    return ensureVisible(layout.u(seq), leftMarginPx, rightMarginPx);
}

double TimelineViewport::timeAtX(const TimelineLayout& layout, double x, std::size_t count) const
{
    return layout.timeAtU(uOfX(x), count);
}

double TimelineViewport::xOfTime(const TimelineLayout& layout, double ms, std::size_t count) const
{
    return xOfU(layout.uOfTime(ms, count));
}

QPointF TimelineViewport::eventAnchor(const TimelineLayout& layout, std::size_t seq) const
{
    const ys::Event& e = (*layout.trace())[seq];
    const double x = xOfSeq(layout, seq);
    if (e.actor == ys::Actor::Source) {
        if (e.kind == ys::Kind::Arrived) return {x, lanes_.arrivalY};
        if (const auto span = layout.spanOfEvent(seq)) {
            return {x, lanes_.spanRowY(layout.spanRow(*span))};
        }
    }
    return {x, lanes_.laneOfEvent(*layout.trace(), seq).markY};
}

namespace {

// Whether y is in the area where event `seq` can be picked: its lane (its instance's).
bool inHitArea(const LaneGeometry& g, const ys::Trace& trace, std::size_t seq, double y)
{
    if (trace[seq].actor == ys::Actor::Consumer) {
        // The consumer's events are arrows reaching down to the producer's mark line.
        return y >= g.laneOfEvent(trace, seq).top && y <= g.producerLaneFor(trace, seq).markY;
    }
    return g.laneOfEvent(trace, seq).contains(y);
}

} // namespace

std::optional<std::size_t> TimelineViewport::eventAt(const TimelineLayout& layout, QPointF p,
                                                     std::size_t count, double radiusPx) const
{
    count = std::min(count, layout.size());
    if (count == 0 || !plot_.contains(p)) return std::nullopt;
    const std::size_t lo = layout.lowerBound(uOfX(p.x() - radiusPx), count);
    const std::size_t hi = layout.upperBound(uOfX(p.x() + radiusPx), count);
    if (lo >= hi) return std::nullopt;

    // When zoomed far out thousands of events share these pixels: look at the ones nearest
    // to the pointer only.
    constexpr std::size_t kMaxCandidates = 512;
    std::size_t from = lo;
    std::size_t to = hi;
    if (hi - lo > kMaxCandidates) {
        const std::size_t centre = std::clamp(layout.lowerBound(uOfX(p.x()), count), lo, hi - 1);
        from = centre > lo + kMaxCandidates / 2 ? centre - kMaxCandidates / 2 : lo;
        to = std::min(hi, from + kMaxCandidates);
    }

    std::optional<std::size_t> best;
    double bestScore = 0;
    const ys::Trace& trace = *layout.trace();
    for (std::size_t seq = from; seq < to; ++seq) {
        const ys::Event& e = trace[seq];
        if (!inHitArea(lanes_, trace, seq, p.y())) continue;
        const QPointF anchor = eventAnchor(layout, seq);
        if (e.actor == ys::Actor::Source && std::abs(anchor.y() - p.y()) > lanes_.spanRowHeight / 2 + 1)
            continue;
        const double score = std::abs(anchor.x() - p.x()) + 0.001 * std::abs(anchor.y() - p.y());
        if (!best || score < bestScore) {
            best = seq;
            bestScore = score;
        }
    }
    return best;
}

std::optional<std::uint32_t> TimelineViewport::spanAt(const TimelineLayout& layout, QPointF p,
                                                      std::size_t count, double pendingEndU,
                                                      double barHalfHeightPx) const
{
    count = std::min(count, layout.size());
    if (count == 0 || !plot_.contains(p) || !lanes_.lane(ys::Actor::Source).contains(p.y()))
        return std::nullopt;
    const ys::SpanStore& spans = layout.trace()->spans();
    const double pu = uOfX(p.x());
    for (int row = 0; row < layout.spanRowCount(); ++row) {
        if (std::abs(lanes_.spanRowY(row) - p.y()) > barHalfHeightPx) continue;
        const std::vector<std::uint32_t>& ids = layout.rowSpans(row);
        // The first span in the row that ends at or after the pointer.
        const std::size_t first = layout.lowerBound(pu, count);
        for (std::size_t i = layout.firstSpanInRowEndingAtOrAfter(row, first == 0 ? 0 : first - 1, count);
             i < ids.size(); ++i) {
            const ys::Span& s = spans[ids[i]];
            if (s.begin >= count) break;
            const double b = layout.u(s.begin);
            if (b > pu) break;
            const bool open = s.end == ys::Span::kOpen || s.end >= count;
            const double e = open ? std::max(pendingEndU, b) : layout.u(s.end);
            if (pu >= b && pu <= e) return ids[i];
        }
    }
    return std::nullopt;
}

} // namespace ys::ui
