// SPDX-License-Identifier: MIT
// The events' marks, each in its kind's shape and ink (core/event_vocabulary.hpp), with its
// label drawn by the label pass right after it. Events closer than kFoldPx fold into one
// band per lane, with the notable ones still drawn on top.
#pragma once

#include "ui/timeline/passes/label_pass.hpp"
#include "ui/timeline/passes/paint_context.hpp"

namespace ys::ui {

class MarkPass {
public:
    MarkPass(PaintContext& c, LabelPass& labels) : c_(c), labels_(labels) {}

    // Events [lo, hi).
    void paint(std::size_t lo, std::size_t hi);

private:
    struct Mark; // one event being drawn
    void paintFolded(std::size_t lo, std::size_t hi);
    void drawEventMark(std::size_t seq, bool arrows, bool labels);
    void consumerMark(const Mark& k);
    void producerMark(const Mark& k);
    void sourceMark(const Mark& k);
    void arrivalMark(const Mark& k);
    void consoleMark(const Mark& k);
    // The label `text` for the mark, in `pen`; a chip when chipBorder is set.
    void label(const Mark& k, const QStaticText& text, double width, const QPen& pen,
               const Ink* chipBorder = nullptr, const LabelPass::Label* shorter = nullptr);

    PaintContext& c_;
    LabelPass& labels_;
};

} // namespace ys::ui
