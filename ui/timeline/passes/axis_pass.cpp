// SPDX-License-Identifier: MIT
#include "ui/timeline/passes/axis_pass.hpp"

#include <QFontMetricsF>

#include <algorithm>

namespace ys::ui {

struct AxisPass::Axis {
    QRectF area;
    double lineY = 0;
    double textTop = 0;
};

bool AxisPass::free(const PaintContext& c, double left, double right) const
{
    return std::none_of(used_.begin(), used_.end(), [&](const auto& used) {
        return left < used.second + c.m.axisAir && right > used.first - c.m.axisAir;
    });
}

void AxisPass::paint(PaintContext& c, const QRectF& rect)
{
    const QRectF plot = c.vp.plotRect();
    Axis a;
    a.area = QRectF(plot.left(), plot.bottom(), plot.width(), rect.bottom() - plot.bottom());
    c.p.save();
    c.p.setClipRect(a.area);
    a.lineY = a.area.top() + c.m.axisLineY;
    c.p.setPen(c.ink.axisPen);
    c.p.drawLine(QPointF(a.area.left(), a.lineY), QPointF(a.area.right(), a.lineY));
    used_.clear();
    a.textTop = a.lineY + c.m.axisTextGap;
    if (c.hasEvents() && c.f.showCursor) paintCursorTime(c, a);
    paintInstants(c, a);
    if (c.f.layout != nullptr && c.f.layout->trace() != nullptr) paintTicks(c, a);
    c.p.restore();
}

void AxisPass::paintCursorTime(PaintContext& c, const Axis& a)
{
    const TimelineMetrics& m = c.m;
    const QFontMetricsF bm(m.boldFont);
    const double cx = c.vp.xOfU(c.f.cursorU);
    const double t = c.f.layout->timeAtU(c.f.cursorU, c.f.count);
    const QString text = TimelineLayout::formatMs(t, 1);
    const double w = bm.horizontalAdvance(text) + m.cursorChipPadX;
    const double chipLeft =
        std::clamp(cx - w / 2, a.area.left(), std::max(a.area.left(), a.area.right() - w));
    const QRectF chip(chipLeft, a.textTop - m.chipOutset, w, bm.height() + 2 * m.chipOutset);
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.ink.cursorBrush);
    c.p.drawRoundedRect(chip, m.chipRadius, m.chipRadius);
    const QPointF tri[3] = {QPointF(cx, a.lineY - m.separatorStroke),
                            QPointF(cx - m.flagHalfW, chip.top() + 1),
                            QPointF(cx + m.flagHalfW, chip.top() + 1)};
    c.p.drawPolygon(tri, 3);
    c.p.setFont(m.boldFont);
    c.p.setPen(c.ink.windowPen);
    c.p.drawText(chip, Qt::AlignCenter, text);
    c.placement.take(chip, a.area, text);
    used_.emplace_back(chip.left(), chip.right());
}

void AxisPass::paintInstants(PaintContext& c, const Axis& a)
{
    // Instants: a bracket over their width, "t = 500 ms" beneath.
    const TimelineMetrics& m = c.m;
    const QFontMetricsF fm(m.axisFont);
    for (const InstantBand& b : c.bands) {
        const double l = b.x0 + m.bracketInset;
        const double r = b.x1 - m.bracketInset;
        c.p.setPen(c.ink.bracketPen);
        c.p.drawLine(QPointF(l, a.lineY), QPointF(r, a.lineY));
        c.p.drawLine(QPointF(l, a.lineY - m.bracketH), QPointF(l, a.lineY + m.bracketH));
        c.p.drawLine(QPointF(r, a.lineY - m.bracketH), QPointF(r, a.lineY + m.bracketH));
        if (b.x1 - b.x0 < m.instantLabelMinW) continue; // too narrow to own a label
        const QString text = TimelineText::tr("t = %1").arg(TimelineLayout::formatMs(b.ms, 1));
        const double w = fm.horizontalAdvance(text);
        // Centred under the part of the band in view.
        const double v0 = std::max(b.x0, a.area.left());
        const double v1 = std::min(b.x1, a.area.right());
        if (v1 - v0 < w) continue;
        const double cx = (v0 + v1) / 2;
        if (!free(c, cx - w / 2, cx + w / 2)) continue;
        c.p.setFont(m.axisFont);
        c.p.setPen(c.ink.instantTextPen);
        c.p.drawText(QPointF(cx - w / 2, a.textTop + fm.ascent()), text);
        c.placement.take(QRectF(cx - w / 2, a.textTop, w, fm.height()), a.area, text);
        used_.emplace_back(cx - w / 2, cx + w / 2);
    }
}

void AxisPass::paintTicks(PaintContext& c, const Axis& a)
{
    // Nice times where time runs.
    const TimelineMetrics& m = c.m;
    const QFontMetricsF fm(m.axisFont);
    const double step =
        c.f.layout->ticks(c.vp.uLeft(), c.vp.uRight(), c.vp.zoom(), m.tickSpacing, c.f.count, ticks_);
    for (const TimelineLayout::Tick& tick : ticks_) {
        const bool instant = std::any_of(c.bands.begin(), c.bands.end(),
                                         [&](const InstantBand& b) { return b.ms == tick.ms; });
        if (instant) continue;
        const double x = c.vp.xOfU(tick.u);
        c.p.setPen(c.ink.axisPen);
        c.p.drawLine(QPointF(x, a.lineY), QPointF(x, a.lineY + m.tickH));
        const QString text = TimelineLayout::formatMs(tick.ms, step);
        const double w = fm.horizontalAdvance(text);
        if (x - w / 2 < a.area.left() || x + w / 2 > a.area.right() || !free(c, x - w / 2, x + w / 2))
            continue;
        c.p.setFont(m.axisFont);
        c.p.setPen(c.ink.role(ys::ColorRole::Muted).line);
        c.p.drawText(QPointF(x - w / 2, a.textTop + fm.ascent()), text);
        c.placement.take(QRectF(x - w / 2, a.textTop, w, fm.height()), a.area, text);
        used_.emplace_back(x - w / 2, x + w / 2);
    }
}

} // namespace ys::ui
