// SPDX-License-Identifier: MIT
// The time axis under the plot: the cursor's time in a chip first (what the class looks at),
// then a bracket under each "same instant" band with its time, then nice times where they
// leave room.
#pragma once

#include "ui/timeline/passes/paint_context.hpp"

#include <utility>
#include <vector>

namespace ys::ui {

class AxisPass {
public:
    void paint(PaintContext& c, const QRectF& rect);

private:
    struct Axis; // the area, the line and where texts start
    void paintCursorTime(PaintContext& c, const Axis& a);
    void paintInstants(PaintContext& c, const Axis& a);
    void paintTicks(PaintContext& c, const Axis& a);
    bool free(const PaintContext& c, double left, double right) const;

    // Per-paint scratch, kept to avoid allocating.
    std::vector<TimelineLayout::Tick> ticks_;
    std::vector<std::pair<double, double>> used_;
};

} // namespace ys::ui
