// SPDX-License-Identifier: MIT
#include "ui/timeline/passes/legend_pass.hpp"

#include <QFontMetricsF>

namespace ys::ui {
namespace {

bool has(std::uint32_t kinds, ys::Kind kind) { return (kinds >> static_cast<unsigned>(kind) & 1U) != 0; }

// Whether the legend explains `glyph` for a run with `kinds`.
bool shown(ys::Glyph glyph, std::uint32_t kinds)
{
    bool drawn = false;
    for (const ys::KindInfo& info : ys::kindTable()) {
        if (info.glyph != glyph) continue;
        drawn = true;
        if (!info.legendOnlyWhenPresent || has(kinds, info.kind)) return true;
    }
    return !drawn;
}

} // namespace

QString LegendPass::glyphName(ys::Glyph glyph, bool oneRow)
{
    for (const ys::KindInfo& info : ys::kindTable()) {
        if (info.glyph == glyph) return vocabularyTr(oneRow ? info.legendShort : info.legendName);
    }
    return {};
}

void LegendPass::clear()
{
    items_.clear();
    height_ = 0;
}

void LegendPass::arrange(const TimelineStyle& style, double width, std::uint32_t kinds, bool oneRow)
{
    const TimelineMetrics& m = style.metrics;
    const QFontMetricsF fm(m.legendFont);
    const qreal glyphW = oneRow ? m.legendGlyphShortW : m.legendGlyphW;
    const qreal spacing = oneRow ? m.legendShortSpacing : m.legendSpacing;
    const qreal left = m.legendLeft;
    qreal x = left;
    qreal y = m.legendTop;
    items_.clear();
    for (int g = 0; g <= ys::kGlyphCount; ++g) {
        std::optional<ys::Glyph> glyph;
        if (g < ys::kGlyphCount) glyph = static_cast<ys::Glyph>(g);
        if (glyph && !shown(*glyph, kinds)) continue;
        const QString name = glyph
                                 ? glyphName(*glyph, oneRow)
                                 : (oneRow ? TimelineText::tr("instant") : TimelineText::tr("same instant"));
        const qreal textW = fm.horizontalAdvance(name);
        const qreal w = glyphW + m.legendTextGap + textW + spacing;
        if (x + w - spacing > width - left && x > left) {
            if (oneRow) continue; // a shorter one further on may still fit
            x = left;
            y += m.legendRowH - m.legendTop;
        }
        Item item;
        item.glyph = glyph;
        item.text = staticText(name, m.legendFont);
        item.box = QRectF(x, y + m.legendGlyphTop, glyphW, m.legendRowH - m.legendGlyphInset);
        item.textPos = QPointF(x + glyphW + m.legendTextGap, item.box.center().y() - fm.height() / 2);
        items_.push_back(item);
        x += w;
    }
    height_ = y + m.legendRowH - m.legendBottomTrim;
}

void LegendPass::paint(PaintContext& c, double width) const
{
    for (const Item& item : items_) {
        if (item.glyph)
            c.shapes.glyph(c.p, *item.glyph, item.box);
        else
            c.shapes.instantBand(c.p, item.box);
        c.p.setFont(c.m.legendFont);
        c.p.setPen(c.ink.text.line);
        c.p.drawStaticText(item.textPos, item.text);
        c.placement.take(QRectF(item.textPos, item.text.size()), QRectF(0, 0, width, height_),
                         item.text.text());
    }
}

} // namespace ys::ui
