// SPDX-License-Identifier: MIT
#include "ui/timeline/passes/mark_pass.hpp"

#include <algorithm>
#include <array>

namespace ys::ui {

struct MarkPass::Mark {
    std::size_t seq = 0;
    const ys::Event& e;
    const ys::Trace& trace;
    double x = 0;
    double consumerY = 0; // the marks' lines of the consumer and producer lanes
    double producerY = 0;
    bool arrows = true;
    bool labels = true;
    bool current = false;
};

void MarkPass::paint(std::size_t lo, std::size_t hi)
{
    const double spacing = c_.vp.zoom() * TimelineLayout::kSlotUnit;
    if (spacing >= kFoldPx) {
        const bool arrows = spacing >= 5;
        for (std::size_t seq = lo; seq < hi; ++seq)
            drawEventMark(seq, arrows, true);
    } else {
        paintFolded(lo, hi);
    }
}

void MarkPass::paintFolded(std::size_t lo, std::size_t hi)
{
    const TimelineLayout& layout = *c_.f.layout;
    const LaneGeometry& g = c_.vp.lanes();
    // Runs of folded marks per lane, merged while they touch: a dense stretch becomes one
    // band instead of thousands of slivers.
    struct Run {
        double x0 = 0, x1 = -1;
    };
    std::array<Run, ys::kActorCount> runs{};
    const std::array<ys::ColorRole, ys::kActorCount> laneInk{ys::ColorRole::Next, ys::ColorRole::Value,
                                                             ys::ColorRole::Await, ys::ColorRole::Log};
    const double h = c_.m.markR * 1.5;
    auto flush = [&](std::size_t a) {
        Run& run = runs[a];
        if (run.x1 < run.x0) return;
        const double y = a == static_cast<std::size_t>(ys::Actor::Source) ? g.spanRowY(0) : g.lanes[a].markY;
        QColor color = c_.ink.role(laneInk[a]).color;
        color.setAlpha(150);
        c_.p.fillRect(QRectF(run.x0, y - h / 2, std::max(run.x1 - run.x0, c_.m.foldedBarMinW), h), color);
        run = Run{};
    };
    std::size_t seq = lo;
    while (seq < hi) {
        const double x = c_.vp.xOfSeq(layout, seq);
        const std::size_t end = layout.upperBound(c_.vp.uOfX(x + kFoldPx), seq + 1, hi);
        if (end == seq + 1) {
            for (std::size_t a = 0; a < runs.size(); ++a)
                flush(a);
            drawEventMark(seq, true, true);
            ++seq;
            continue;
        }
        const double xe = c_.vp.xOfSeq(layout, end - 1);
        const auto counts = layout.actorCounts(seq, end);
        for (std::size_t a = 0; a < runs.size(); ++a) {
            if (counts[a] == 0) continue;
            Run& run = runs[a];
            if (run.x1 >= run.x0 && x - 1.0 <= run.x1) {
                run.x1 = std::max(run.x1, xe + 1.0);
            } else {
                flush(a);
                run = Run{x - 1.0, xe + 1.0};
            }
        }
        ++c_.stats.foldedMarks;
        c_.stats.foldedEvents += end - seq;
        seq = end;
    }
    for (std::size_t a = 0; a < runs.size(); ++a)
        flush(a);

    // Notable events stay visible on top of the folds: one per fold width.
    const std::vector<std::uint32_t>& notable = layout.notable();
    auto it = std::lower_bound(notable.begin(), notable.end(), static_cast<std::uint32_t>(lo));
    while (it != notable.end() && *it < hi) {
        const std::size_t n = *it;
        const double x = c_.vp.xOfSeq(layout, n);
        drawEventMark(n, true, true);
        const std::size_t next = layout.lowerBound(c_.vp.uOfX(x + kFoldPx * 4), n + 1, hi);
        it = std::lower_bound(it + 1, notable.end(), static_cast<std::uint32_t>(next));
    }
}

void MarkPass::drawEventMark(std::size_t seq, bool arrows, bool labels)
{
    const TimelineLayout& layout = *c_.f.layout;
    const ys::Trace& trace = *layout.trace();
    const LaneGeometry& g = c_.vp.lanes();
    const Mark k{seq,
                 trace[seq],
                 trace,
                 c_.vp.xOfSeq(layout, seq),
                 g.laneOf(ys::Actor::Consumer, trace.instance(seq)).markY,
                 g.producerLaneFor(trace, seq).markY,
                 arrows,
                 labels,
                 c_.f.current && *c_.f.current == seq};
    ++c_.stats.marks;
    switch (k.e.actor) {
    case ys::Actor::Consumer:
        consumerMark(k);
        return;
    case ys::Actor::Producer:
        producerMark(k);
        return;
    case ys::Actor::Source:
        sourceMark(k);
        return;
    case ys::Actor::Console:
        consoleMark(k);
        return;
    }
}

void MarkPass::label(const Mark& k, const QStaticText& text, double width, const QPen& pen,
                     const Ink* chipBorder, const LabelPass::Label* shorter)
{
    if (!k.labels) return;
    LabelPass::Request r;
    r.lane = k.e.actor;
    r.instance = k.trace.instance(k.seq);
    r.x = k.x;
    r.current = k.current;
    r.text = &text;
    r.width = width;
    r.font = &c_.m.boldFont;
    r.pen = &pen;
    r.chipBorder = chipBorder;
    r.chipFill = &c_.ink.chipBrush;
    r.shorter = shorter;
    LabelPass::draw(c_, r);
}

void MarkPass::consumerMark(const Mark& k)
{
    const TimelineMetrics& m = c_.m;
    const ShapePainter& shapes = c_.shapes;
    const Ink& ink = c_.ink.kind(k.e.kind);
    const QPointF down0(k.x, k.consumerY);
    const QPointF down1(k.x, k.producerY - m.markR * 0.4);
    const QPointF up0(k.x, k.producerY - m.markR * 0.2);
    const QPointF up1(k.x, k.consumerY);
    auto askDot = [&] {
        c_.p.setPen(Qt::NoPen);
        c_.p.setBrush(ink.fill);
        c_.p.drawEllipse(down0, m.askDot, m.askDot);
    };
    switch (k.e.kind) {
    case ys::Kind::NextCalled:
        if (k.arrows) {
            ShapePainter::stem(c_.p, ink.line, down0, down1, m.headLen * 0.7);
            shapes.arrowHead(c_.p, ink, down1, direction(down0, down1), m.headLen, m.headHalfW);
        }
        askDot();
        label(k, labels_.fixed(k.e.kind).text, labels_.fixed(k.e.kind).width, ink.line);
        return;
    case ys::Kind::ReturnCalled:
        if (k.arrows) {
            ShapePainter::stem(c_.p, ink.dashed, down0, down1, 0);
            shapes.returnBar(c_.p, ink, down1, direction(down0, down1));
        }
        askDot();
        label(k, labels_.fixed(k.e.kind).text, labels_.fixed(k.e.kind).width, ink.line);
        return;
    case ys::Kind::ValueReceived: {
        if (k.arrows) {
            ShapePainter::stem(c_.p, ink.line, up0, up1, m.headLen * 0.7);
            shapes.arrowHead(c_.p, ink, up1, direction(up0, up1), m.headLen, m.headHalfW);
        }
        // Copies (they share their text): a second lookup may move the cache's entries.
        const LabelPass::Label l = labels_.label(c_.style, LabelPass::Form::Value, k.trace, k.e);
        const LabelPass::Label shorter = labels_.label(c_.style, LabelPass::Form::ValueShort, k.trace, k.e);
        label(k, l.text, l.width, c_.ink.text.line, &ink, &shorter);
        return;
    }
    case ys::Kind::Done: {
        const QPointF from = k.arrows ? up0 : up1;
        ShapePainter::stem(c_.p, ink.line, from, up1, m.markR * 0.8);
        shapes.doneSquare(c_.p, ink, up1.x(), up1.y() - m.markR * 1.5 / 2);
        label(k, labels_.fixed(k.e.kind).text, labels_.fixed(k.e.kind).width, ink.line);
        return;
    }
    case ys::Kind::Error: {
        ShapePainter::stem(c_.p, ink.dashed, k.arrows ? up0 : up1, up1, m.markR * 1.2);
        shapes.warning(c_.p, ink, up1);
        const LabelPass::Label& l = labels_.label(c_.style, LabelPass::Form::Error, k.trace, k.e);
        label(k, l.text, l.width, ink.line);
        return;
    }
    default:
        c_.p.setPen(Qt::NoPen);
        c_.p.setBrush(ink.fill);
        c_.p.drawEllipse(up1, m.markR * 0.6, m.markR * 0.6);
        return;
    }
}

void MarkPass::producerMark(const Mark& k)
{
    const TimelineMetrics& m = c_.m;
    const ShapePainter& shapes = c_.shapes;
    const Ink& ink = c_.ink.kind(k.e.kind);
    const QPointF c(k.x, k.producerY);
    switch (k.e.kind) {
    case ys::Kind::Resumed:
        // Frequent, so quiet: a thin tick, named only when it is the current event.
        shapes.tick(c_.p, k.current ? c_.ink.text.line : ink.thin, c);
        if (k.current)
            label(k, labels_.fixed(k.e.kind).text, labels_.fixed(k.e.kind).width, c_.ink.text.line);
        return;
    case ys::Kind::Yielded: {
        shapes.diamond(c_.p, ink, c);
        const LabelPass::Label& l = labels_.label(c_.style, LabelPass::Form::Yield, k.trace, k.e);
        label(k, l.text, l.width, c_.ink.text.line);
        return;
    }
    case ys::Kind::Cleanup:
        shapes.hexagon(c_.p, ink, c);
        label(k, labels_.fixed(k.e.kind).text, labels_.fixed(k.e.kind).width, ink.line);
        return;
    case ys::Kind::Error: {
        ShapePainter::stem(c_.p, ink.line, c, c, m.markR * 1.2);
        shapes.warning(c_.p, ink, c);
        const LabelPass::Label& l = labels_.label(c_.style, LabelPass::Form::Error, k.trace, k.e);
        label(k, l.text, l.width, ink.line);
        return;
    }
    case ys::Kind::Buffer: {
        // A tray with one slab per item waiting (five at most).
        int items = 0;
        for (const char ch : k.trace.valueText(k.e)) {
            if (ch < '0' || ch > '9') break;
            items = std::min(items * 10 + (ch - '0'), 1000000);
        }
        shapes.buffer(c_.p, c, items);
        const LabelPass::Label& l = labels_.label(c_.style, LabelPass::Form::Buffer, k.trace, k.e);
        label(k, l.text, l.width, ink.line);
        return;
    }
    default:
        c_.p.setPen(Qt::NoPen);
        c_.p.setBrush(ink.fill);
        c_.p.drawEllipse(c, m.markR * 0.6, m.markR * 0.6);
        return;
    }
}

void MarkPass::sourceMark(const Mark& k)
{
    const ys::Kind kind = k.e.kind;
    if ((kind == ys::Kind::Awaiting || kind == ys::Kind::Settled) && c_.f.layout->spanOfEvent(k.seq))
        return; // the span bar
    if (kind == ys::Kind::Arrived) {
        arrivalMark(k);
        return;
    }
    const Ink& ink = c_.ink.kind(kind);
    const QPointF c(k.x, c_.vp.lanes().lane(ys::Actor::Source).markY);
    if (kind == ys::Kind::Error) {
        ShapePainter::stem(c_.p, ink.line, c, c, c_.m.markR * 1.2);
        c_.shapes.warning(c_.p, ink, c);
        return;
    }
    c_.p.setPen(Qt::NoPen);
    c_.p.setBrush(ink.fill);
    c_.p.drawEllipse(c, c_.m.markR * 0.7, c_.m.markR * 0.7);
}

void MarkPass::arrivalMark(const Mark& k)
{
    const TimelineMetrics& m = c_.m;
    const QPointF c(k.x, c_.vp.lanes().arrivalY);
    c_.shapes.arrival(c_.p, c);
    if (!k.labels) return;
    const LabelPass::Label& l = labels_.label(c_.style, LabelPass::Form::Arrived, k.trace, k.e);
    // The label follows the mark on its right (its left where the plot ends), on the
    // arrivals' row, up to the next arrival's mark.
    // (Only the current one, which is always shown, turns to the left at the plot's end.)
    const double left = k.current ? LabelPass::arrivalLeft(c_, k.x, l.width) : k.x + m.markR + m.arrivalGap;
    if (left < c_.vp.plotRect().left()) return;
    double room = 1e300;
    for (std::size_t n = k.seq + 1; n < std::min(c_.f.count, k.seq + 64); ++n) {
        if (k.trace[n].kind == ys::Kind::Arrived && k.trace[n].actor == ys::Actor::Source) {
            room = c_.vp.xOfSeq(*c_.f.layout, n) - m.markR * 1.3 - m.labelAir - left;
            break;
        }
    }
    if (l.width > room && !k.current) return;
    const QRectF box(left, c.y() - m.labelH / 2, l.width, m.labelH);
    const QRectF region = c_.laneRegion(ys::Actor::Source);
    if (!k.current && !c_.placement.fits(box, region, m.gap)) return;
    if (k.current) {
        c_.p.setPen(Qt::NoPen);
        c_.p.setBrush(c_.ink.highlightBrush);
        c_.p.drawRoundedRect(QRectF(left - m.labelAir, c.y() - m.labelH / 2 - m.chipOutset,
                                    l.width + 2 * m.labelAir, m.labelH + 2 * m.chipOutset),
                             m.chipRadius, m.chipRadius);
    }
    c_.useFont(m.boldFont);
    c_.p.setPen(c_.ink.text.line);
    c_.p.drawStaticText(QPointF(left, c.y() - m.labelH / 2), l.text);
    if (!k.current) c_.placement.take(box, region, l.text.text());
    ++c_.stats.labels;
}

void MarkPass::consoleMark(const Mark& k)
{
    const TimelineMetrics& m = c_.m;
    const double y = c_.vp.lanes().lane(ys::Actor::Console).markY;
    if (k.e.kind == ys::Kind::Error) {
        const Ink& ink = c_.ink.kind(k.e.kind);
        ShapePainter::stem(c_.p, ink.line, QPointF(k.x, y), QPointF(k.x, y), m.markR * 1.2);
        c_.shapes.warning(c_.p, ink, QPointF(k.x, y));
        const LabelPass::Label& l = labels_.label(c_.style, LabelPass::Form::Error, k.trace, k.e);
        label(k, l.text, l.width, ink.line);
        return;
    }
    const LabelPass::Label& l = labels_.label(c_.style, LabelPass::Form::Log, k.trace, k.e);
    const double w = l.width + 2 * m.chipPadX;
    double left = LabelPass::centredLeft(c_, k.x, w);
    int row = 0;
    if (k.labels && !k.current)
        row = LabelPass::findPlace(c_, ys::Actor::Console, left, w, m.monoH, k.x, true);
    const QRectF region = c_.laneRegion(ys::Actor::Console);
    if (!k.labels || row < 0) {
        // No room for the text: a small console square, unless it would sit on a chip's text
        // (which already says that something was printed there).
        const double side = m.markR * 1.3;
        const QRectF square(k.x - side / 2, y - side / 2, side, side);
        if (c_.placement.fits(square, region)) c_.shapes.logSquare(c_.p, square);
        return;
    }
    const double top = LabelPass::rowY(c_, ys::Actor::Console, row, m.monoH);
    const QRectF chip = LabelPass::box(c_, left, top, w, m.monoH, true);
    if (k.current) {
        c_.p.setPen(Qt::NoPen);
        c_.p.setBrush(c_.ink.highlightBrush);
        c_.p.drawRoundedRect(chip.adjusted(-m.haloPad, -m.haloPad, m.haloPad, m.haloPad), m.logHaloRadius,
                             m.logHaloRadius);
    }
    c_.shapes.logChip(c_.p, chip, m.logChipRadius);
    c_.useFont(m.monoFont);
    c_.p.setPen(c_.ink.logInkPen);
    c_.p.drawStaticText(QPointF(left + m.chipPadX, top), l.text);
    if (!k.current) c_.placement.take(chip, region, l.text.text());
    ++c_.stats.labels;
}

} // namespace ys::ui
