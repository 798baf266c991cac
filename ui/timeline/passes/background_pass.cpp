// SPDX-License-Identifier: MIT
#include "ui/timeline/passes/background_pass.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace ys::ui {

void BackgroundPass::paintBands(PaintContext& c, const QRectF& rect, double gutterW)
{
    c.p.fillRect(rect, c.style.theme.window);
    // Bands right of the gutter (which paints itself), only where they differ from the window.
    const LaneGeometry& g = c.vp.lanes();
    for (std::size_t i = 0; i < g.lanes.size(); ++i) {
        const QColor& color = laneColor(c.style.theme, i);
        if (color == c.style.theme.window) continue;
        c.p.fillRect(QRectF(rect.left() + gutterW, g.lanes[i].top, rect.width() - gutterW, g.lanes[i].height),
                     color);
    }
}

void BackgroundPass::paintSeparators(PaintContext& c, const QRectF& rect)
{
    const LaneGeometry& g = c.vp.lanes();
    c.p.setPen(c.ink.separatorPen);
    for (std::size_t i = 1; i < g.lanes.size(); ++i)
        c.p.drawLine(QPointF(rect.left(), g.lanes[i].top), QPointF(rect.right(), g.lanes[i].top));
    const QRectF plot = c.vp.plotRect();
    c.p.drawLine(QPointF(rect.left(), plot.bottom()), QPointF(rect.right(), plot.bottom()));
    // The lanes of one actor's instances: dashed, lighter than the actors' borders.
    QPen dashed = c.ink.separatorPen;
    dashed.setStyle(Qt::DashLine);
    c.p.setPen(dashed);
    for (const std::vector<LaneBox>& split : g.instanceLanes) {
        for (std::size_t k = 1; k < split.size(); ++k)
            c.p.drawLine(QPointF(rect.left(), split[k].top), QPointF(rect.right(), split[k].top));
    }
    c.p.setPen(c.ink.separatorPen);
    if (c.f.legend) c.p.drawLine(QPointF(rect.left(), plot.top()), QPointF(rect.right(), plot.top()));
}

void BackgroundPass::paintInstants(PaintContext& c, std::size_t lo, std::size_t hi)
{
    const TimelineLayout& layout = *c.f.layout;
    const auto& instants = layout.instants();
    if (hi <= lo || instants.empty()) return;
    const std::size_t i0 = layout.firstInstantEndingAtOrAfter(lo);
    const std::size_t i1 = layout.instantOf(hi - 1) + 1;
    const QRectF plot = c.vp.plotRect();
    const LaneGeometry& g = c.vp.lanes();
    // A band narrower than this says nothing; and when instants are that dense, none is wider.
    const double minW = c.m.instantMinW;
    if (i1 > i0 + static_cast<std::size_t>(plot.width() / minW) * 2) return;
    // The tint is the instants' colour over each lane's, filled opaque on whole pixels: a
    // translucent fill as tall as the plot is handed by Qt's raster engine to its thread pool,
    // and fifty of them cost a dense frame tens of milliseconds.
    std::array<int, ys::kActorCount + 1> rowEdges{};
    for (std::size_t a = 0; a < g.lanes.size(); ++a)
        rowEdges[a] = static_cast<int>(std::lround(g.lanes[a].top));
    rowEdges.back() = static_cast<int>(std::lround(g.lanes.back().bottom()));
    for (std::size_t i = i0; i < i1; ++i) {
        const TimelineLayout::Instant in = instants[i];
        if (in.first >= c.f.count) break;
        const std::size_t last = std::min<std::size_t>(in.last, c.f.count - 1);
        if (last == in.first) continue;
        const double x0 = c.vp.xOfU(layout.u(in.first) - TimelineLayout::kSlotUnit / 2);
        const double x1 = c.vp.xOfU(layout.u(last) + TimelineLayout::kSlotUnit / 2);
        if (x1 - x0 < minW) continue;
        c.bands.push_back(InstantBand{x0, x1, static_cast<double>(layout.time(in.first))});
        ++c.stats.instants;
        const int left = static_cast<int>(std::lround(std::max(x0, plot.left())));
        const int right = static_cast<int>(std::lround(std::min(x1, plot.right())));
        if (right <= left) continue;
        for (std::size_t a = 0; a < g.lanes.size(); ++a) {
            if (rowEdges[a + 1] > rowEdges[a])
                c.p.fillRect(QRect(left, rowEdges[a], right - left, rowEdges[a + 1] - rowEdges[a]),
                             c.ink.laneTints[a]);
        }
    }
}

void BackgroundPass::paintPlaceholder(PaintContext& c)
{
    if (c.f.placeholder.isEmpty()) return;
    c.p.setFont(c.m.titleFont);
    c.p.setPen(c.ink.role(ys::ColorRole::Muted).line);
    c.p.drawText(c.vp.plotRect(), Qt::AlignCenter | Qt::TextWordWrap, c.f.placeholder);
}

} // namespace ys::ui
