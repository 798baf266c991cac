// SPDX-License-Identifier: MIT
#include "ui/timeline/passes/cursor_pass.hpp"

#include <algorithm>
#include <cmath>

namespace ys::ui {
namespace {

// Fills a rectangle as tall as the plot. Qt's raster engine hands a translucent fill of more
// than about a hundred scanlines to its thread pool, and the round trip costs far more than
// the fill. So a translucent rectangle is filled on whole pixels, a few dozen scanlines at a
// time, which Qt blends on the painting thread.
void fillTall(QPainter& p, const QRectF& r, const QBrush& brush)
{
    if (brush.isOpaque()) {
        p.fillRect(r, brush);
        return;
    }
    const int x0 = static_cast<int>(std::lround(r.left()));
    const int x1 = std::max(x0 + 1, static_cast<int>(std::lround(r.right())));
    const int y0 = static_cast<int>(std::lround(r.top()));
    const int y1 = static_cast<int>(std::lround(r.bottom()));
    constexpr int kRows = 48;
    for (int y = y0; y < y1; y += kRows)
        p.fillRect(QRect(x0, y, x1 - x0, std::min(kRows, y1 - y)), brush);
}

} // namespace

void CursorPass::paintCurrent(PaintContext& c, std::size_t seq)
{
    const TimelineLayout& layout = *c.f.layout;
    const QRectF plot = c.vp.plotRect();
    const LaneGeometry& g = c.vp.lanes();
    const TimelineMetrics& m = c.m;
    const ys::Event& e = (*layout.trace())[seq];
    const QPointF a = c.vp.eventAnchor(layout, seq);
    // A highlighter stroke down the whole column marks "now"; a stronger one covers the
    // event itself.
    fillTall(c.p, QRectF(a.x() - m.columnHalfW, plot.top(), 2 * m.columnHalfW, plot.height()),
             c.ink.columnBrush);
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.ink.highlightBrush);
    if (e.actor == ys::Actor::Consumer) {
        const double top = g.laneOfEvent(*layout.trace(), seq).markY - m.columnTop;
        const double bottom = g.producerLaneFor(*layout.trace(), seq).markY + m.columnBottom;
        c.p.drawRoundedRect(QRectF(a.x() - m.columnHalfW, top, 2 * m.columnHalfW, bottom - top),
                            m.columnRadius, m.columnRadius);
    } else {
        c.p.drawEllipse(a, m.haloR, m.haloR);
    }
}

void CursorPass::paint(PaintContext& c)
{
    const QRectF plot = c.vp.plotRect();
    const TimelineMetrics& m = c.m;
    if (c.f.current && *c.f.current < c.f.count) paintCurrent(c, *c.f.current);

    if (c.f.showCursor) {
        const double cx = c.vp.xOfU(c.f.cursorU);
        c.p.setPen(c.ink.cursorPen);
        c.p.drawLine(QPointF(cx, plot.top() + m.cursorTop), QPointF(cx, plot.bottom()));
        // A small flag at the top.
        const QPointF tri[3] = {QPointF(cx - m.flagHalfW, plot.top()), QPointF(cx + m.flagHalfW, plot.top()),
                                QPointF(cx, plot.top() + m.flagH)};
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.ink.cursorBrush);
        c.p.drawPolygon(tri, 3);
    }

    if (c.f.hovered && *c.f.hovered < c.f.count) {
        const QPointF a = c.vp.eventAnchor(*c.f.layout, *c.f.hovered);
        c.p.setPen(c.ink.hoverPen);
        c.p.setBrush(Qt::NoBrush);
        c.p.drawEllipse(a, m.hoverR, m.hoverR);
    }
}

} // namespace ys::ui
