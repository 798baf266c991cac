// SPDX-License-Identifier: MIT
#include "ui/timeline/passes/gutter_pass.hpp"

#include "ui/timeline/instance_title.hpp"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace ys::ui {
namespace {

// Lane titles: the role in bold, who plays it beneath.
constexpr std::array<const char*, ys::kActorCount> kTitles{
    QT_TRANSLATE_NOOP("TimelineRenderer", "for await"),
    QT_TRANSLATE_NOOP("TimelineRenderer", "generator /\niterator"),
    QT_TRANSLATE_NOOP("TimelineRenderer", "timers &\nnetwork"),
    QT_TRANSLATE_NOOP("TimelineRenderer", "console")};
constexpr std::array<const char*, ys::kActorCount> kSubtitles{
    QT_TRANSLATE_NOOP("TimelineRenderer", "consumer"), QT_TRANSLATE_NOOP("TimelineRenderer", "producer"),
    QT_TRANSLATE_NOOP("TimelineRenderer", "sources"), QT_TRANSLATE_NOOP("TimelineRenderer", "console.log")};

} // namespace

void GutterPass::prepare(const TimelineStyle& style)
{
    const TimelineMetrics& m = style.metrics;
    const QFontMetricsF tm(m.titleFont);
    const QFontMetricsF sm(m.subtitleFont);
    qreal widest = 0;
    for (std::size_t i = 0; i < kTitles.size(); ++i) {
        const QString title = TimelineText::tr(kTitles[i]);
        const QString subtitle = TimelineText::tr(kSubtitles[i]);
        titles_[i] = staticText(QString(title).replace(QLatin1Char('\n'), QChar::LineSeparator), m.titleFont);
        subtitles_[i] = staticText(subtitle, m.subtitleFont);
        for (const QString& line : title.split(QLatin1Char('\n')))
            widest = std::max(widest, tm.horizontalAdvance(line));
        widest = std::max(widest, sm.horizontalAdvance(subtitle));
    }
    width_ = std::ceil(widest + 2 * m.gutterPad);
}

void GutterPass::paint(PaintContext& c, const QRectF& rect) const
{
    const QRectF plot = c.vp.plotRect();
    const LaneGeometry& g = c.vp.lanes();
    const TimelineMetrics& m = c.m;
    const QRectF gutter(rect.left(), plot.top(), width_, rect.bottom() - plot.top());
    c.p.fillRect(gutter, c.style.theme.gutter);
    c.p.setPen(c.ink.separatorPen);
    c.p.drawLine(QPointF(gutter.right(), gutter.top()), QPointF(gutter.right(), gutter.bottom()));
    for (std::size_t i = 1; i < g.lanes.size(); ++i)
        c.p.drawLine(QPointF(rect.left(), g.lanes[i].top), QPointF(gutter.right(), g.lanes[i].top));
    c.p.drawLine(QPointF(rect.left(), plot.bottom()), QPointF(gutter.right(), plot.bottom()));
    paintTitles(c, rect);

    // The axis row's caption.
    const QString time = TimelineText::tr("time →");
    c.p.setFont(m.axisFont);
    c.p.setPen(c.ink.role(ys::ColorRole::Muted).line);
    const QRectF caption(rect.left() + m.gutterPad, plot.bottom(), width_ - m.captionInset, m.axisH * 0.6);
    c.p.drawText(caption, Qt::AlignLeft | Qt::AlignVCenter, time);
    const QFontMetricsF am(m.axisFont);
    const double captionW = am.horizontalAdvance(time);
    c.placement.take(QRectF(caption.left(), caption.center().y() - am.height() / 2, captionW, am.height()),
                     QRectF(rect.left(), plot.bottom(), width_, rect.bottom() - plot.bottom()), time);
}

void GutterPass::paintTitles(PaintContext& c, const QRectF& rect) const
{
    const TimelineMetrics& m = c.m;
    const LaneGeometry& g = c.vp.lanes();
    const QFontMetricsF tm(m.titleFont);
    const QFontMetricsF sm(m.subtitleFont);
    for (std::size_t i = 0; i < g.lanes.size(); ++i) {
        const std::vector<LaneBox>& split = g.instanceLanes[i];
        if (split.empty() || !c.hasEvents()) {
            paintTitle(c, rect, g.lanes[i], titles_[i], subtitles_[i]);
            continue;
        }
        const auto actor = static_cast<ys::Actor>(i);
        const int lanes = static_cast<int>(split.size());
        const double room = width_ - 2 * m.gutterPad;
        for (int k = 0; k < lanes; ++k) {
            const InstanceTitle t = instanceTitle(g.instances, c.f.layout->trace(), actor, k);
            paintTitle(c, rect, split[static_cast<std::size_t>(k)],
                       staticText(tm.elidedText(t.title, Qt::ElideRight, room), m.titleFont),
                       staticText(sm.elidedText(t.subtitle, Qt::ElideRight, room), m.subtitleFont));
        }
    }
}

void GutterPass::paintTitle(PaintContext& c, const QRectF& rect, const LaneBox& lane,
                            const QStaticText& title, const QStaticText& subtitle) const
{
    const TimelineMetrics& m = c.m;
    const QFontMetricsF tm(m.titleFont);
    const QFontMetricsF sm(m.subtitleFont);
    const double x = rect.left() + m.gutterPad;
    const QSizeF ts = title.size();
    const double titleH = ts.height() > 0 ? ts.height() : tm.height();
    const double total = titleH + m.titleGap + sm.height();
    const bool withSubtitle = lane.height >= total + m.labelAir;
    if (titleH > lane.height) return; // a lane this short is an error the layout prevents
    const double top = lane.top + (lane.height - (withSubtitle ? total : titleH)) / 2;
    const QRectF region(rect.left(), lane.top, width_, lane.height);
    c.p.setFont(m.titleFont);
    c.p.setPen(c.ink.text.line);
    c.p.drawStaticText(QPointF(x, top), title);
    c.placement.take(QRectF(QPointF(x, top), QSizeF(ts.width(), titleH)), region, title.text());
    if (withSubtitle) {
        c.p.setFont(m.subtitleFont);
        c.p.setPen(c.ink.role(ys::ColorRole::Muted).line);
        c.p.drawStaticText(QPointF(x, top + titleH + m.titleGap), subtitle);
        c.placement.take(
            QRectF(QPointF(x, top + titleH + m.titleGap), QSizeF(subtitle.size().width(), sm.height())),
            region, subtitle.text());
    }
}

} // namespace ys::ui
