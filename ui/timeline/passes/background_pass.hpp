// SPDX-License-Identifier: MIT
// The first pass: the window colour, the lanes' bands, the "same instant" bands behind the
// events of one instant (remembered for the axis), the lines between lanes, and the
// placeholder of an empty timeline.
#pragma once

#include "ui/timeline/passes/paint_context.hpp"

namespace ys::ui {

class BackgroundPass {
public:
    static void paintBands(PaintContext& c, const QRectF& rect, double gutterW);
    // Instants among events [lo, hi).
    static void paintInstants(PaintContext& c, std::size_t lo, std::size_t hi);
    // Over the instants' tint, which is opaque.
    static void paintSeparators(PaintContext& c, const QRectF& rect);
    static void paintPlaceholder(PaintContext& c);
};

} // namespace ys::ui
