// SPDX-License-Identifier: MIT
// Every length of the timeline in one place: the sizes as designed for a classroom at
// 1920×1080 (scale 1), scaled once for the presentation scale, and the fonts and heights that
// follow from them. The renderer's passes read these names instead of multiplying numbers.
#pragma once

#include <QFont>
#include <QtGlobal>

#include <array>

namespace ys::ui {

// Lengths in pixels at scale 1. scaled() multiplies every one of them.
struct TimelineSizes {
    // Fonts (pixel sizes; a font is never smaller than 1 px)
    qreal labelPx = 17, monoPx = 16, titlePx = 18, subtitlePx = 15, axisPx = 15, legendPx = 15, barPx = 16;
    // Marks
    qreal stroke = 2.6, thinStroke = 1.6, markR = 8, headLen = 13, headHalfW = 7.5, askDot = 4.5;
    qreal hitRadius = 14, barPad = 3, defaultZoom = 52, maxZoom = 400; // zooms: pixels per event slot
    // Labels and chips
    qreal chipPadX = 7, chipPadY = 6, gap = 6, labelAir = 4, plotInset = 3, arrivalGap = 5, labelReach = 260;
    qreal chipOutset = 3, haloPadY = 4, chipLift = 2, haloPad = 5, haloRadius = 7, chipRadius = 6,
          logChipRadius = 5, logHaloRadius = 8;
    // Lanes
    qreal barH = 12, spanRowPad = 14, sourcePad = 16, gutterPad = 18, titleGap = 2, consumerRoom = 44,
          producerRoom = 40, markLift = 2, markRoom = 24, labelsAir = 14, arrowMin = 20, arrowMax = 110;
    // Spans
    qreal pendingTail = 36, pendingLabelTail = 28, trailDot = 2.2, notch = 3, foldedBarMinW = 1.5,
          spanLabelInset = 5, spanLabelPin = 4, spanLabelRun = 60, spanLabelMinRoom = 40;
    // Cursor, hover, instants
    qreal cursorStroke = 2.4, columnHalfW = 15, columnTop = 12, columnBottom = 4, columnRadius = 10,
          haloR = 19, hoverR = 15, hoverStroke = 3, flagHalfW = 7, flagH = 9, cursorTop = 2, instantMinW = 16;
    // Axis and legend
    qreal axisH = 66, axisStroke = 2, axisLineY = 12, axisTextGap = 9, axisAir = 8, tickH = 6,
          tickSpacing = 110, bracketStroke = 3.5, bracketInset = 2, bracketH = 5, instantLabelMinW = 36,
          cursorChipPadX = 16, captionInset = 30;
    qreal legendRowH = 40, legendLeft = 16, legendTop = 6, legendGlyphW = 30, legendGlyphShortW = 24,
          legendSpacing = 26, legendShortSpacing = 14, legendTextGap = 7, legendGlyphTop = 4,
          legendGlyphInset = 16, legendBottomTrim = 2, legendOneRowPad = 4;
    // Shapes
    qreal warningStroke = 2.2, glyphInset = 2, logGlyphH = 16, logGlyphRadius = 4, promptStroke = 2,
          promptX = 6, promptEnd = 9, promptHalfH = 3, settleDot = 2, bufferW = 18, bufferSlab = 3.6,
          bufferSlabGap = 1.8, bufferTrayPad = 3, bufferBase = 1.5, arrivalDrop = 3, instantGlyphInset = 4,
          instantGlyphLine = 5, separatorStroke = 1;

    TimelineSizes scaled(qreal s) const;

    // Every field, for scaling and for tests.
    static const std::array<qreal TimelineSizes::*, 108> kAll;
};

// The sizes at one scale, with the fonts and the heights measured from them.
struct TimelineMetrics : TimelineSizes {
    qreal scale = 1;
    QFont labelFont, boldFont, monoFont, titleFont, subtitleFont, axisFont, legendFont, barFont;
    qreal labelH = 0, monoH = 0, chipH = 0, spanRowH = 0;

    // For a presentation `scale`; strokes × `strokeWeight` (the theme's).
    static TimelineMetrics make(qreal scale, qreal strokeWeight);
};

} // namespace ys::ui
