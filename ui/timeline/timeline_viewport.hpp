// SPDX-License-Identifier: MIT
// The window onto the timeline's world: zoom, pan, the lanes' places on screen, the mapping
// between pixels, world units (see TimelineLayout) and time, and hit testing. No widget:
// it is driven by TimelineView and tested on its own.
//
//     x = plotRect.left + (u - offset) * zoom        (zoom: pixels per world unit)
#pragma once

#include "ui/timeline/timeline_layout.hpp"

#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace ys::ui {

// Vertical place of one lane, in widget coordinates.
struct LaneBox {
    double top = 0;
    double height = 0;
    double markY = 0; // where the lane's marks sit (arrows start and end here)
    double bottom() const { return top + height; }
    bool contains(double y) const { return y >= top && y < top + height; }
};

// The four lanes, indexed by ys::Actor, and the sub-rows of the source lane. In a run with
// several generators or loops, the consumer's and the producer's lanes are split into a lane
// per instance (InstanceLanes), top to bottom, each with its own mark line.
struct LaneGeometry {
    std::array<LaneBox, ys::kActorCount> lanes{};
    std::array<std::vector<LaneBox>, ys::kActorCount> instanceLanes{}; // empty: the actor's one lane
    InstanceLanes instances;
    double spanRowTop = 0; // top of the source lane's first span row
    double spanRowHeight = 0;
    int spanRowsShown = 1; // rows at or below the last one share it
    double arrivalY = 0;   // where `arrived` events sit in the source lane

    const LaneBox& lane(ys::Actor actor) const { return lanes[static_cast<std::size_t>(actor)]; }
    // The lane of an event of `actor` tagged `instance` (the actor's own lane when unsplit).
    const LaneBox& laneOf(ys::Actor actor, std::uint16_t instance) const
    {
        const std::vector<LaneBox>& split = instanceLanes[static_cast<std::size_t>(actor)];
        if (split.empty()) return lane(actor);
        return split[static_cast<std::size_t>(instances.laneOf(actor, instance))];
    }
    // The lane of event `seq`, and for a loop's event, the lane of the generator it reads.
    const LaneBox& laneOfEvent(const ys::Trace& trace, std::size_t seq) const
    {
        return laneOf(trace[seq].actor, trace.instance(seq));
    }
    const LaneBox& producerLaneFor(const ys::Trace& trace, std::size_t seq) const
    {
        const std::uint16_t id = trace.instance(seq);
        return laneOf(ys::Actor::Producer,
                      trace[seq].actor == ys::Actor::Consumer ? instances.partnerOf(id) : id);
    }
    // `lane` cut into `count` lanes of equal height, top to bottom (mark lines left at 0).
    static std::vector<LaneBox> split(const LaneBox& lane, int count)
    {
        std::vector<LaneBox> out(static_cast<std::size_t>(std::max(count, 1)));
        const double h = lane.height / static_cast<double>(out.size());
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = LaneBox{lane.top + static_cast<double>(i) * h, h, 0};
        return out;
    }
    int visualRow(int row) const { return row < 0 ? 0 : (row < spanRowsShown ? row : spanRowsShown - 1); }
    double spanRowY(int row) const { return spanRowTop + (visualRow(row) + 0.5) * spanRowHeight; }
};

class TimelineViewport {
public:
    // Where events are drawn (right of the lane titles, between the legend and the axis).
    void setPlotRect(const QRectF& rect);
    const QRectF& plotRect() const { return plot_; }
    void setLanes(const LaneGeometry& lanes) { lanes_ = lanes; }
    const LaneGeometry& lanes() const { return lanes_; }

    // --- Zoom and pan ---------------------------------------------------------------------
    double zoom() const { return zoom_; }     // pixels per world unit (one event slot)
    double offset() const { return offset_; } // world u at the plot's left edge
    void setZoomLimits(double minZoom, double maxZoom);
    double minZoom() const { return minZoom_; }
    double maxZoom() const { return maxZoom_; }
    // Sets the zoom (clamped to the limits), keeping the plot's left edge where it is.
    void setZoom(double pxPerUnit);
    void setOffset(double u) { offset_ = u; }
    void panByPixels(double dx) { offset_ -= dx / zoom_; }
    // Multiplies the zoom by `factor` (clamped) keeping the world point under x, and so the
    // time under x, where it is.
    void zoomAround(double x, double factor);
    // Zoom and offset showing [u0, u1] across the plot's width, `marginPx` free at each end.
    // The zoom is clamped to the limits only from above.
    void fitToWidth(double u0, double u1, double marginPx);
    // The offset that brings u within [left + leftMarginPx, right - rightMarginPx], moving
    // as little as possible; the current offset when it is already there.
    double offsetShowing(double u, double leftMarginPx, double rightMarginPx) const;
    // Pans (as little as possible) to show u, or event seq, with those margins; returns
    // whether the offset changed.
    bool ensureVisible(double u, double leftMarginPx, double rightMarginPx);
    bool ensureVisible(const TimelineLayout& layout, std::size_t seq, double leftMarginPx,
                       double rightMarginPx);

    // --- Mapping --------------------------------------------------------------------------
    // x is kept within kFarPx of the plot: a point farther off is drawn there (still off
    // screen), so nothing handed to the painter overflows its fixed-point arithmetic however
    // far the trace's times reach or the view is zoomed in.
    static constexpr double kFarPx = 20000;
    double xOfU(double u) const
    {
        const double x = plot_.left() + (u - offset_) * zoom_;
        const double lo = plot_.left() - kFarPx;
        const double hi = plot_.right() + kFarPx;
        return x < lo ? lo : x > hi ? hi : x; // NaN (from an infinite offset) stays NaN
    }
    double uOfX(double x) const { return offset_ + (x - plot_.left()) / zoom_; }
    double uLeft() const { return offset_; }
    double uRight() const { return uOfX(plot_.right()); }
    double xOfSeq(const TimelineLayout& layout, std::size_t seq) const { return xOfU(layout.u(seq)); }
    // Time at pixel x and pixel of a time, over the first `count` events.
    double timeAtX(const TimelineLayout& layout, double x, std::size_t count) const;
    double xOfTime(const TimelineLayout& layout, double ms, std::size_t count) const;
    bool isVisibleX(double x) const { return x >= plot_.left() && x <= plot_.right(); }

    // --- Hit testing ----------------------------------------------------------------------
    // Where an event's mark is: its x, and the y of its lane's mark line (of its span row
    // for awaiting/settled).
    QPointF eventAnchor(const TimelineLayout& layout, std::size_t seq) const;
    // The event among the first `count` whose mark is nearest to p, within radiusPx
    // horizontally and within the event's hit area vertically (its lane; for the consumer's
    // arrows, from the consumer lane down to the producer's mark line). None in empty space.
    std::optional<std::size_t> eventAt(const TimelineLayout& layout, QPointF p, std::size_t count,
                                       double radiusPx) const;
    // The span whose bar is under p (source lane), among spans begun in the first `count`
    // events; a pending span's bar reaches pendingEndU.
    std::optional<std::uint32_t> spanAt(const TimelineLayout& layout, QPointF p, std::size_t count,
                                        double pendingEndU, double barHalfHeightPx) const;

private:
    QRectF plot_{0, 0, 800, 400};
    LaneGeometry lanes_;
    double zoom_ = 40.0;
    double offset_ = -1.0;
    double minZoom_ = 1e-9;
    double maxZoom_ = 1e9;
};

} // namespace ys::ui
