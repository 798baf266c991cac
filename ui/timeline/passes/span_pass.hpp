// SPDX-License-Identifier: MIT
// The source lane's bars, one per awaited operation from its start to its settling (an open
// one trails off at the cursor), with their labels riding above them. Runs of bars too short
// to tell apart fold into one.
#pragma once

#include "ui/timeline/passes/label_pass.hpp"
#include "ui/timeline/passes/paint_context.hpp"

namespace ys::ui {

class SpanPass {
public:
    // Spans of events from lo on.
    static void paint(PaintContext& c, LabelPass& labels, std::size_t lo);

private:
    struct Row;
    static std::size_t paintFolded(PaintContext& c, const Row& row, std::size_t i, double x0, double x1);
    static void paintBar(PaintContext& c, const Row& row, std::size_t i, double x0, double x1, bool open,
                         double labelW);
    static void paintLabel(PaintContext& c, const Row& row, std::size_t i, double x0, double x1, bool open,
                           const LabelPass::Label& lab, double& labelRight);
};

} // namespace ys::ui
