// SPDX-License-Identifier: MIT
#include "ui/timeline/timeline_inks.hpp"

#include <algorithm>

namespace ys::ui {
namespace {

// `top` laid over the opaque colour `below`, as the painter's SourceOver blends it.
QColor over(const QColor& top, const QColor& below)
{
    const float a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + below.redF() * (1 - a),
                            top.greenF() * a + below.greenF() * (1 - a),
                            top.blueF() * a + below.blueF() * (1 - a));
}

Ink makeInk(const QColor& c, const TimelineMetrics& m)
{
    Ink ink;
    ink.color = c;
    ink.line = QPen(c, m.stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    ink.dashed = QPen(c, m.stroke, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    ink.dashed.setDashPattern({2.0, 1.6});
    ink.thin = QPen(c, m.thinStroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    ink.fill = QBrush(c);
    QColor soft = c;
    soft.setAlpha(60);
    ink.soft = QBrush(soft);
    return ink;
}

} // namespace

const QColor& laneColor(const Theme& theme, std::size_t lane)
{
    return lane % 2 == 0 ? theme.laneBand : theme.laneBandAlt;
}

TimelineInks TimelineInks::make(const Theme& theme, const TimelineMetrics& m)
{
    TimelineInks t;
    for (std::size_t r = 0; r < t.roles.size(); ++r)
        t.roles[r] = makeInk(theme.roleColor(static_cast<ys::ColorRole>(r)), m);
    t.text = makeInk(theme.text, m);

    t.cursorPen = QPen(theme.cursor, m.cursorStroke, Qt::SolidLine, Qt::FlatCap);
    t.axisPen = QPen(theme.axis, m.axisStroke, Qt::SolidLine, Qt::FlatCap);
    t.separatorPen = QPen(theme.separator, m.separatorStroke);
    t.hoverPen = QPen(theme.hover, m.hoverStroke);
    t.bracketPen = QPen(theme.instantText, m.bracketStroke, Qt::SolidLine, Qt::FlatCap);
    const QColor settle = theme.await.darker(135);
    t.notchPen = QPen(settle, m.notch, Qt::SolidLine, Qt::RoundCap);
    t.settleBrush = QBrush(settle);
    t.warningPen = QPen(theme.window, m.warningStroke, Qt::SolidLine, Qt::RoundCap);
    t.logInkPen = QPen(theme.logInk);
    t.promptPen = QPen(theme.logInk, m.promptStroke, Qt::SolidLine, Qt::RoundCap);
    t.instantTextPen = QPen(theme.instantText);
    t.instantGlyphPen = QPen(theme.instantText, m.notch, Qt::SolidLine, Qt::FlatCap);
    t.windowPen = QPen(theme.window);
    t.cursorBrush = QBrush(theme.cursor);
    t.highlightBrush = QBrush(theme.highlight);
    QColor column = theme.highlight;
    column.setAlpha(theme.highlight.alpha() * 2 / 5);
    t.columnBrush = QBrush(column);
    t.instantBrush = QBrush(theme.instantBand);
    for (std::size_t i = 0; i < t.laneTints.size(); ++i)
        t.laneTints[i] = over(theme.instantBand, laneColor(theme, i));
    t.chipBrush = QBrush(theme.chip);
    t.logFillBrush = QBrush(theme.logFill);
    return t;
}

} // namespace ys::ui
