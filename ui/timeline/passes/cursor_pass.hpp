// SPDX-License-Identifier: MIT
// Behind the marks: the highlighter column and halo of the current event, the cursor's line
// with its flag, and the ring of the event under the mouse.
#pragma once

#include "ui/timeline/passes/paint_context.hpp"

namespace ys::ui {

class CursorPass {
public:
    static void paint(PaintContext& c);

private:
    static void paintCurrent(PaintContext& c, std::size_t seq);
};

} // namespace ys::ui
