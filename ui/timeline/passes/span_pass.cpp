// SPDX-License-Identifier: MIT
#include "ui/timeline/passes/span_pass.hpp"

#include <QFontMetricsF>

#include <algorithm>

namespace ys::ui {

struct SpanPass::Row {
    int index = 0;
    double y = 0;
    const std::vector<std::uint32_t>& ids;
    const ys::SpanStore& spans;
    const TimelineLayout& layout;
};

namespace {

bool isOpen(const ys::Span& span, std::size_t count)
{
    return span.end == ys::Span::kOpen || span.end >= count;
}

} // namespace

void SpanPass::paint(PaintContext& c, LabelPass& labels, std::size_t lo)
{
    const TimelineLayout& layout = *c.f.layout;
    const ys::Trace& trace = *layout.trace();
    const QRectF plot = c.vp.plotRect();
    const double cursorX = c.vp.xOfU(c.f.cursorU);
    const double loX = plot.left() - 4;
    const std::size_t loSeq = std::min(lo, layout.lowerBound(c.vp.uOfX(loX), c.f.count));
    const double rightLimit = plot.right() + 4;
    const double fold = kFoldPx;

    for (int r = 0; r < layout.spanRowCount(); ++r) {
        const Row row{r, c.vp.lanes().spanRowY(r), layout.rowSpans(r), trace.spans(), layout};
        double labelRight = -1e300;
        std::size_t i = layout.firstSpanInRowEndingAtOrAfter(r, loSeq, c.f.count);
        while (i < row.ids.size()) {
            const ys::Span& span = row.spans[row.ids[i]];
            if (span.begin >= c.f.count) break;
            const double x0 = c.vp.xOfU(layout.u(span.begin));
            if (x0 > rightLimit) break;
            const bool open = isOpen(span, c.f.count);
            const double x1 = open ? std::max(cursorX, x0) : c.vp.xOfU(layout.u(span.end));
            if (!open && x1 - x0 < fold) {
                i = paintFolded(c, row, i, x0, x1);
                continue;
            }
            const LabelPass::Label& lab =
                labels.label(c.style, LabelPass::Form::Span, trace, trace[span.begin]);
            paintBar(c, row, i, x0, x1, open, lab.width);
            paintLabel(c, row, i, x0, x1, open, lab, labelRight);
            ++i;
        }
    }
}

std::size_t SpanPass::paintFolded(PaintContext& c, const Row& row, std::size_t i, double x0, double x1)
{
    // A run of spans too short to see apart: one bar for all of them.
    const TimelineLayout& layout = row.layout;
    const double fold = kFoldPx;
    const std::size_t nextSeq = layout.lowerBound(c.vp.uOfX(x0 + fold), c.f.count);
    std::size_t j = layout.firstSpanInRowBeginningAtOrAfter(row.index, nextSeq, i + 1);
    const ys::Span& lastSpan = row.spans[row.ids[j - 1]];
    if (isOpen(lastSpan, c.f.count) && j - 1 > i) --j;
    const ys::Span& tail = row.spans[row.ids[j - 1]];
    const double xe = isOpen(tail, c.f.count) ? x1 : c.vp.xOfU(layout.u(tail.end));
    const double r = c.m.barH / 2;
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.ink.role(ys::ColorRole::Await).fill);
    c.p.drawRect(QRectF(x0, row.y - r, std::max(xe - x0, c.m.foldedBarMinW), c.m.barH));
    ++c.stats.spans;
    return j;
}

void SpanPass::paintBar(PaintContext& c, const Row& row, std::size_t i, double x0, double x1, bool open,
                        double labelW)
{
    const TimelineMetrics& m = c.m;
    const Ink& ink = c.ink.role(ys::ColorRole::Await);
    const double y = row.y;
    const double r = m.barH / 2;
    if (open) {
        // Pending: the time waited so far, solid; an outline runs on to say "not yet".
        const double tailX = std::max(x1 + m.pendingTail, x0 + labelW + m.pendingLabelTail);
        c.p.setPen(ink.thin);
        c.p.setBrush(ink.soft);
        c.p.drawRoundedRect(QRectF(x0, y - r, tailX - x0, m.barH), r, r);
        if (x1 > x0 + 1) {
            c.p.setPen(Qt::NoPen);
            c.p.setBrush(ink.fill);
            c.p.drawRoundedRect(QRectF(x0, y - r, x1 - x0 + r, m.barH), r, r);
        }
        // Three dots trail off at the open end.
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.ink.settleBrush);
        for (int k = 0; k < 3; ++k)
            c.p.drawEllipse(QPointF(tailX + (6 + 7 * k) * m.scale, y), m.trailDot, m.trailDot);
    } else {
        // Settled: a dot at the end.
        c.shapes.awaitBar(c.p, QRectF(x0, y - r, std::max(x1 - x0, 2 * r), m.barH), QPointF(x1, y));
    }
    // Awaiting: a notch at the start.
    c.p.setPen(c.ink.notchPen);
    c.p.drawLine(QPointF(x0, y - r - m.notch), QPointF(x0, y + r + m.notch));
    ++c.stats.spans;
    if (c.f.hoveredSpan && *c.f.hoveredSpan == row.ids[i]) {
        c.p.setPen(c.ink.hoverPen);
        c.p.setBrush(Qt::NoBrush);
        c.p.drawRoundedRect(QRectF(x0 - m.labelAir, y - r - m.labelAir,
                                   std::max(x1 - x0, 2 * r) + 2 * m.labelAir, m.barH + 2 * m.labelAir),
                            r + m.labelAir, r + m.labelAir);
    }
}

void SpanPass::paintLabel(PaintContext& c, const Row& row, std::size_t i, double x0, double x1, bool open,
                          const LabelPass::Label& lab, double& labelRight)
{
    const TimelineMetrics& m = c.m;
    const QRectF plot = c.vp.plotRect();
    const QFontMetricsF bar(m.barFont);
    const ys::Span& span = row.spans[row.ids[i]];
    const double labelW = lab.width;
    const double y = row.y;
    const double r = m.barH / 2;
    // The label rides above the bar, starting at its left end.
    // (A bar that began off to the left keeps its label in sight, over what is left of it.)
    const bool pinned = x0 + m.spanLabelInset < plot.left() + m.spanLabelPin;
    const double lx = pinned ? plot.left() + m.spanLabelPin : x0 + m.spanLabelInset;
    // The label may run on past the bar, up to the next bar of the row.
    double room = 1e300;
    if (i + 1 < row.ids.size() && row.spans[row.ids[i + 1]].begin < c.f.count)
        room = c.vp.xOfU(row.layout.u(row.spans[row.ids[i + 1]].begin)) - m.spanLabelInset - lx;
    if (!open && pinned) room = std::min(room, x1 + m.spanLabelRun - lx);
    // Above the bar, inside the lane (down to the bar's top when the row is tight).
    const QRectF region = c.laneRegion(ys::Actor::Source);
    double top = y - r - m.labelAir - bar.height();
    if (top < region.top() && region.top() + bar.height() <= y - r) top = region.top();
    const double shownW = std::min(labelW, room);
    const bool fits = (labelW <= room || room > m.spanLabelMinRoom) &&
                      c.placement.fits(QRectF(lx, top, shownW, bar.height()), region, m.gap / 2);
    if (!fits || lx < labelRight + m.gap || labelW <= 0) return;
    const bool isCurrent = c.f.current && (*c.f.current == span.begin || *c.f.current == span.end);
    if (isCurrent) {
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.ink.highlightBrush);
        c.p.drawRoundedRect(QRectF(lx - m.haloPad, top - m.chipLift, std::min(labelW, room) + 2 * m.haloPad,
                                   bar.height() + 2 * m.chipLift),
                            m.chipRadius, m.chipRadius);
    }
    c.useFont(m.barFont);
    c.p.setPen(c.ink.text.line);
    if (labelW <= room) {
        c.p.drawStaticText(QPointF(lx, top), lab.text);
        c.placement.take(QRectF(lx, top, labelW, bar.height()), region, lab.text.text());
        labelRight = lx + labelW;
        ++c.stats.labels;
    } else if (room > m.spanLabelMinRoom) {
        const QString text = bar.elidedText(lab.text.text(), Qt::ElideRight, room);
        c.p.drawText(QPointF(lx, top + bar.ascent()), text);
        c.placement.take(QRectF(lx, top, bar.horizontalAdvance(text), bar.height()), region, text);
        labelRight = lx + room;
        ++c.stats.labels;
    }
}

} // namespace ys::ui
