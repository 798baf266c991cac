// SPDX-License-Identifier: MIT
// The legend above the plot: one item per glyph of the event vocabulary, in the glyphs' order,
// named as the vocabulary names its kinds, drawn by the same shapes as the marks; then the
// "same instant" band. Items flow left to right and wrap; when the lanes need the room, one
// row in short words of the items that fit (the commonest come first; every mark's tooltip
// names it). The rarer kinds are explained only when the run has them.
#pragma once

#include "ui/timeline/passes/paint_context.hpp"

#include <optional>
#include <vector>

namespace ys::ui {

class LegendPass {
public:
    // The items for a widget `width` wide.
    void arrange(const TimelineStyle& style, double width, std::uint32_t kinds, bool oneRow);
    void clear();
    double height() const { return height_; }

    void paint(PaintContext& c, double width) const;

    // The legend's name of a glyph (the first kind drawn with it), full or short.
    static QString glyphName(ys::Glyph glyph, bool oneRow);

private:
    struct Item {
        std::optional<ys::Glyph> glyph; // none: the "same instant" band
        QStaticText text;
        QRectF box; // glyph box, widget coordinates
        QPointF textPos;
    };

    std::vector<Item> items_;
    double height_ = 0;
};

} // namespace ys::ui
