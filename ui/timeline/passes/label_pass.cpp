// SPDX-License-Identifier: MIT
#include "ui/timeline/passes/label_pass.hpp"

#include "ui/timeline/value_text.hpp"

#include <QFontMetricsF>

#include <algorithm>

namespace ys::ui {
namespace {

// The kinds whose marks carry their name rather than a value.
bool namedMark(ys::Kind kind)
{
    return kind == ys::Kind::NextCalled || kind == ys::Kind::ReturnCalled || kind == ys::Kind::Done ||
           kind == ys::Kind::Cleanup || kind == ys::Kind::Resumed;
}

} // namespace

void LabelPass::prepare(const TimelineStyle& style)
{
    const QFontMetricsF bold(style.metrics.boldFont);
    for (const ys::KindInfo& info : ys::kindTable()) {
        Label& l = fixed_.at(static_cast<std::size_t>(info.kind));
        l = Label{};
        if (!namedMark(info.kind)) continue;
        const QString name = vocabularyTr(info.legendName);
        l.text = staticText(name, style.metrics.boldFont);
        l.width = bold.horizontalAdvance(name);
    }
    invalidate();
}

void LabelPass::invalidate()
{
    labels_.clear();
    labelsTrace_ = nullptr;
    labelsValueCount_ = 0;
}

const LabelPass::Label& LabelPass::label(const TimelineStyle& style, Form form, const ys::Trace& trace,
                                         const ys::Event& e)
{
    if (&trace != labelsTrace_ || trace.values().size() < labelsValueCount_) {
        labels_.clear();
        labelsTrace_ = &trace;
    }
    labelsValueCount_ = trace.values().size();
    const quint64 key = (static_cast<quint64>(form) << 32) | e.value;
    auto it = labels_.constFind(key);
    if (it != labels_.constEnd()) return *it;
    if (labels_.size() > 50000) labels_.clear();

    const std::string_view json = trace.valueText(e);
    const TimelineMetrics& m = style.metrics;
    QString text;
    const QFont* font = &m.boldFont;
    switch (form) {
    case Form::Value:
        text = shortValue(json, 24);
        break;
    case Form::ValueShort:
        text = shortValue(json, 12);
        break;
    case Form::Yield:
        text = TimelineText::tr("yield %1").arg(shortValue(json, 14));
        break;
    case Form::Log:
        text = elideChars(consoleText(json), 30);
        font = &m.monoFont;
        break;
    case Form::Error:
        text = elideChars(consoleText(json), 40);
        break;
    case Form::Span:
        text = consoleText(json);
        font = &m.barFont;
        break;
    case Form::Arrived:
        text = elideChars(consoleText(json), 24);
        break;
    case Form::Buffer:
        text = TimelineText::tr("buffer %1").arg(elideChars(consoleText(json), 8));
        break;
    }
    Label l;
    l.text = staticText(text, *font);
    l.width = QFontMetricsF(*font).horizontalAdvance(text);
    return *labels_.insert(key, l);
}

double LabelPass::centredLeft(const PaintContext& c, double x, double width)
{
    const QRectF plot = c.vp.plotRect();
    const double lo = plot.left() + c.m.plotInset;
    const double hi = plot.right() - c.m.plotInset - width;
    return std::max(lo, std::min(x - width / 2, hi));
}

double LabelPass::arrivalLeft(const PaintContext& c, double x, double width)
{
    // Right of the mark; on its left when the plot ends first.
    const double right = x + c.m.markR + c.m.arrivalGap;
    if (right + width <= c.vp.plotRect().right() - c.m.plotInset) return right;
    return std::max(x - c.m.markR - c.m.arrivalGap - width, c.vp.plotRect().left() + c.m.plotInset);
}

QRectF LabelPass::box(const PaintContext& c, double left, double top, double width, double height, bool chip)
{
    return chip ? QRectF(left, top - c.m.chipOutset, width, height + 2 * c.m.chipOutset)
                : QRectF(left, top, width, height);
}

int LabelPass::findPlace(PaintContext& c, ys::Actor lane, double& left, double width, double height,
                         double anchor, bool chip, std::uint16_t instance)
{
    const QRectF region = c.laneRegion(lane, instance);
    // Centred on the mark; else starting at it; else ending at it (the other side). Plain
    // labels side by side need clear air between them to read as two.
    const std::array<double, 3> lefts{left, anchor - c.m.labelAir, anchor + c.m.labelAir - width};
    for (int row = 0; row < 2; ++row) {
        const double top = rowY(c, lane, row, height, instance);
        for (const double l : lefts) {
            if (c.placement.fits(box(c, l, top, width, height, chip), region, 1.1 * c.m.gap)) {
                left = l;
                return row;
            }
        }
    }
    return -1;
}

double LabelPass::rowY(const PaintContext& c, ys::Actor lane, int row, double height, std::uint16_t instance)
{
    const LaneBox& lb = c.vp.lanes().laneOf(lane, instance);
    const TimelineMetrics& m = c.m;
    const double step = m.chipH + m.gap * 0.6;
    switch (lane) {
    case ys::Actor::Consumer:
        return lb.markY - m.gap - m.markLift - m.chipH - row * step + (m.chipH - height) / 2;
    case ys::Actor::Producer:
        return lb.markY + m.markR + m.gap + row * step + (m.chipH - height) / 2;
    case ys::Actor::Console:
        return lb.markY - height / 2 + row * (m.chipH + m.gap);
    case ys::Actor::Source:
        break;
    }
    return lb.markY;
}

void LabelPass::reserveCurrent(PaintContext& c)
{
    if (!c.f.current || *c.f.current >= c.f.count) return;
    const TimelineLayout& layout = *c.f.layout;
    const ys::Trace& trace = *layout.trace();
    const std::size_t seq = *c.f.current;
    const ys::Event& e = trace[seq];
    const double x = c.vp.xOfSeq(layout, seq);
    double w = fixed(e.kind).width;
    bool chip = false;
    QString text = fixed(e.kind).text.text();
    auto fromLabel = [&](Form form, bool withChip) {
        const Label& l = label(c.style, form, trace, e);
        w = l.width + (withChip ? 2 * c.m.chipPadX : 0);
        chip = withChip;
        text = l.text.text();
    };
    switch (e.kind) {
    case ys::Kind::ValueReceived:
        fromLabel(Form::Value, true);
        break;
    case ys::Kind::Yielded:
        fromLabel(Form::Yield, false);
        break;
    case ys::Kind::Buffer:
        fromLabel(Form::Buffer, false);
        break;
    case ys::Kind::Log:
        fromLabel(Form::Log, true);
        break;
    case ys::Kind::Error:
        fromLabel(Form::Error, false);
        break;
    case ys::Kind::Arrived: {
        const Label& l = label(c.style, Form::Arrived, trace, e);
        const double left = arrivalLeft(c, x, l.width);
        const double y = c.vp.lanes().arrivalY;
        c.placement.take(QRectF(left, y - c.m.labelH / 2, l.width, c.m.labelH),
                         c.laneRegion(ys::Actor::Source), l.text.text());
        return;
    }
    default:
        break;
    }
    // Source-lane errors are marks without a label.
    if (w <= 0 || e.actor == ys::Actor::Source) return;
    const double h = e.actor == ys::Actor::Console ? c.m.monoH : c.m.labelH;
    const double left = centredLeft(c, x, w);
    const std::uint16_t instance = trace.instance(seq);
    c.placement.take(box(c, left, rowY(c, e.actor, 0, h, instance), w, h, chip),
                     c.laneRegion(e.actor, instance), text);
}

void LabelPass::draw(PaintContext& c, const Request& r)
{
    const TimelineMetrics& m = c.m;
    const QStaticText* st = r.text;
    const bool chip = r.chipBorder != nullptr;
    const double pad = chip ? m.chipPadX : 0;
    double width = r.width + 2 * pad;
    const double h = r.lane == ys::Actor::Console ? m.monoH : m.labelH;
    // Centred on the mark, but never cut by the plot's edges.
    double left = centredLeft(c, r.x, width);
    int row = 0;
    if (!r.current) {
        row = findPlace(c, r.lane, left, width, h, r.x, chip, r.instance);
        if (row < 0 && r.shorter != nullptr && r.shorter->width < r.width) {
            st = &r.shorter->text;
            width = r.shorter->width + 2 * pad;
            left = centredLeft(c, r.x, width);
            row = findPlace(c, r.lane, left, width, h, r.x, chip, r.instance);
        }
        if (row < 0) return;
    }
    const double top = rowY(c, r.lane, row, h, r.instance);
    if (r.current) {
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(c.ink.highlightBrush);
        c.p.drawRoundedRect(
            QRectF(left - m.haloPad, top - m.haloPadY, width + 2 * m.haloPad, h + 2 * m.haloPadY),
            m.haloRadius, m.haloRadius);
    }
    if (chip) {
        c.p.setPen(r.chipBorder->thin);
        c.p.setBrush(*r.chipFill);
        c.p.drawRoundedRect(QRectF(left, top - m.chipLift, width, h + 2 * m.chipLift), m.chipRadius,
                            m.chipRadius);
    }
    c.useFont(*r.font);
    c.p.setPen(*r.pen);
    c.p.drawStaticText(QPointF(left + pad, top), *st);
    // The current event's label took its room before anything else was placed.
    if (!r.current)
        c.placement.take(box(c, left, top, width, h, chip), c.laneRegion(r.lane, r.instance), st->text());
    ++c.stats.labels;
}

} // namespace ys::ui
