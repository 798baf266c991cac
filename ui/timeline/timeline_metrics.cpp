// SPDX-License-Identifier: MIT
#include "ui/timeline/timeline_metrics.hpp"

#include <QFontDatabase>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace ys::ui {

const std::array<qreal TimelineSizes::*, 108> TimelineSizes::kAll{&TimelineSizes::labelPx,
                                                                  &TimelineSizes::monoPx,
                                                                  &TimelineSizes::titlePx,
                                                                  &TimelineSizes::subtitlePx,
                                                                  &TimelineSizes::axisPx,
                                                                  &TimelineSizes::legendPx,
                                                                  &TimelineSizes::barPx,
                                                                  &TimelineSizes::stroke,
                                                                  &TimelineSizes::thinStroke,
                                                                  &TimelineSizes::markR,
                                                                  &TimelineSizes::headLen,
                                                                  &TimelineSizes::headHalfW,
                                                                  &TimelineSizes::askDot,
                                                                  &TimelineSizes::hitRadius,
                                                                  &TimelineSizes::barPad,
                                                                  &TimelineSizes::defaultZoom,
                                                                  &TimelineSizes::maxZoom,
                                                                  &TimelineSizes::chipPadX,
                                                                  &TimelineSizes::chipPadY,
                                                                  &TimelineSizes::gap,
                                                                  &TimelineSizes::labelAir,
                                                                  &TimelineSizes::plotInset,
                                                                  &TimelineSizes::arrivalGap,
                                                                  &TimelineSizes::labelReach,
                                                                  &TimelineSizes::chipOutset,
                                                                  &TimelineSizes::haloPadY,
                                                                  &TimelineSizes::chipLift,
                                                                  &TimelineSizes::haloPad,
                                                                  &TimelineSizes::haloRadius,
                                                                  &TimelineSizes::chipRadius,
                                                                  &TimelineSizes::logChipRadius,
                                                                  &TimelineSizes::logHaloRadius,
                                                                  &TimelineSizes::barH,
                                                                  &TimelineSizes::spanRowPad,
                                                                  &TimelineSizes::sourcePad,
                                                                  &TimelineSizes::gutterPad,
                                                                  &TimelineSizes::titleGap,
                                                                  &TimelineSizes::consumerRoom,
                                                                  &TimelineSizes::producerRoom,
                                                                  &TimelineSizes::markLift,
                                                                  &TimelineSizes::markRoom,
                                                                  &TimelineSizes::labelsAir,
                                                                  &TimelineSizes::arrowMin,
                                                                  &TimelineSizes::arrowMax,
                                                                  &TimelineSizes::pendingTail,
                                                                  &TimelineSizes::pendingLabelTail,
                                                                  &TimelineSizes::trailDot,
                                                                  &TimelineSizes::notch,
                                                                  &TimelineSizes::foldedBarMinW,
                                                                  &TimelineSizes::spanLabelInset,
                                                                  &TimelineSizes::spanLabelPin,
                                                                  &TimelineSizes::spanLabelRun,
                                                                  &TimelineSizes::spanLabelMinRoom,
                                                                  &TimelineSizes::cursorStroke,
                                                                  &TimelineSizes::columnHalfW,
                                                                  &TimelineSizes::columnTop,
                                                                  &TimelineSizes::columnBottom,
                                                                  &TimelineSizes::columnRadius,
                                                                  &TimelineSizes::haloR,
                                                                  &TimelineSizes::hoverR,
                                                                  &TimelineSizes::hoverStroke,
                                                                  &TimelineSizes::flagHalfW,
                                                                  &TimelineSizes::flagH,
                                                                  &TimelineSizes::cursorTop,
                                                                  &TimelineSizes::instantMinW,
                                                                  &TimelineSizes::axisH,
                                                                  &TimelineSizes::axisStroke,
                                                                  &TimelineSizes::axisLineY,
                                                                  &TimelineSizes::axisTextGap,
                                                                  &TimelineSizes::axisAir,
                                                                  &TimelineSizes::tickH,
                                                                  &TimelineSizes::tickSpacing,
                                                                  &TimelineSizes::bracketStroke,
                                                                  &TimelineSizes::bracketInset,
                                                                  &TimelineSizes::bracketH,
                                                                  &TimelineSizes::instantLabelMinW,
                                                                  &TimelineSizes::cursorChipPadX,
                                                                  &TimelineSizes::captionInset,
                                                                  &TimelineSizes::legendRowH,
                                                                  &TimelineSizes::legendLeft,
                                                                  &TimelineSizes::legendTop,
                                                                  &TimelineSizes::legendGlyphW,
                                                                  &TimelineSizes::legendGlyphShortW,
                                                                  &TimelineSizes::legendSpacing,
                                                                  &TimelineSizes::legendShortSpacing,
                                                                  &TimelineSizes::legendTextGap,
                                                                  &TimelineSizes::legendGlyphTop,
                                                                  &TimelineSizes::legendGlyphInset,
                                                                  &TimelineSizes::legendBottomTrim,
                                                                  &TimelineSizes::legendOneRowPad,
                                                                  &TimelineSizes::warningStroke,
                                                                  &TimelineSizes::glyphInset,
                                                                  &TimelineSizes::logGlyphH,
                                                                  &TimelineSizes::logGlyphRadius,
                                                                  &TimelineSizes::promptStroke,
                                                                  &TimelineSizes::promptX,
                                                                  &TimelineSizes::promptEnd,
                                                                  &TimelineSizes::promptHalfH,
                                                                  &TimelineSizes::settleDot,
                                                                  &TimelineSizes::bufferW,
                                                                  &TimelineSizes::bufferSlab,
                                                                  &TimelineSizes::bufferSlabGap,
                                                                  &TimelineSizes::bufferTrayPad,
                                                                  &TimelineSizes::bufferBase,
                                                                  &TimelineSizes::arrivalDrop,
                                                                  &TimelineSizes::instantGlyphInset,
                                                                  &TimelineSizes::instantGlyphLine,
                                                                  &TimelineSizes::separatorStroke};
// Every field is listed once: a field left out of kAll would not scale.
static_assert(sizeof(TimelineSizes) == sizeof(qreal) * 108, "list every field of TimelineSizes in kAll");

TimelineSizes TimelineSizes::scaled(qreal s) const
{
    TimelineSizes out = *this;
    for (const auto field : kAll)
        out.*field = this->*field * s;
    return out;
}

namespace {

QFont pixelFont(const QFont& base, qreal px, bool bold)
{
    QFont font = base;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(px))));
    if (bold) font.setBold(true);
    return font;
}

} // namespace

TimelineMetrics TimelineMetrics::make(qreal scale, qreal strokeWeight)
{
    TimelineMetrics m;
    static_cast<TimelineSizes&>(m) = TimelineSizes().scaled(scale);
    m.scale = scale;
    m.stroke *= strokeWeight;
    m.cursorStroke *= strokeWeight;
    m.thinStroke = std::max<qreal>(1.0, m.thinStroke);

    m.labelFont = pixelFont(QFont(), m.labelPx, false);
    m.boldFont = pixelFont(m.labelFont, m.labelPx, true);
    m.monoFont = pixelFont(QFontDatabase::systemFont(QFontDatabase::FixedFont), m.monoPx, false);
    m.titleFont = pixelFont(m.labelFont, m.titlePx, true);
    m.subtitleFont = pixelFont(m.labelFont, m.subtitlePx, false);
    m.axisFont = pixelFont(m.labelFont, m.axisPx, false);
    m.legendFont = pixelFont(m.labelFont, m.legendPx, false);
    m.barFont = pixelFont(m.labelFont, m.barPx, true);

    m.labelH = QFontMetricsF(m.boldFont).height();
    m.monoH = QFontMetricsF(m.monoFont).height();
    m.chipH = std::max(m.labelH, m.monoH) + m.chipPadY;
    m.spanRowH = QFontMetricsF(m.barFont).height() + m.barH + m.spanRowPad;
    return m;
}

} // namespace ys::ui
