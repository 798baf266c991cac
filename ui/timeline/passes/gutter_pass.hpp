// SPDX-License-Identifier: MIT
// The gutter at the left: each lane's title (the role, in bold) and who plays it beneath, and
// the axis row's caption. A lane of one of several generators or loops is titled with it
// ("numbers()" over "line 2"), cut to the gutter's width.
#pragma once

#include "ui/timeline/passes/paint_context.hpp"

#include <array>

namespace ys::ui {

class GutterPass {
public:
    // Prepares the titles; the gutter's width follows from the widest.
    void prepare(const TimelineStyle& style);
    double width() const { return width_; }

    void paint(PaintContext& c, const QRectF& rect) const;

private:
    void paintTitles(PaintContext& c, const QRectF& rect) const;
    // One lane's title, its subtitle beneath when the lane has room for both.
    void paintTitle(PaintContext& c, const QRectF& rect, const LaneBox& lane, const QStaticText& title,
                    const QStaticText& subtitle) const;

    std::array<QStaticText, ys::kActorCount> titles_, subtitles_;
    double width_ = 0;
};

} // namespace ys::ui
