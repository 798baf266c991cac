// SPDX-License-Identifier: MIT
// Toolbar icons drawn as vector shapes at whatever size and pixel ratio they are shown, in
// the palette's text colour, so they stay sharp on high-DPI screens and follow the theme.
#pragma once

#include <QIcon>

namespace ys::ui {

enum class Glyph { Play, Pause, StepForward, StepBack, JumpToStart, JumpToEnd, Reset, ZoomIn, ZoomOut, Fit };

QIcon glyphIcon(Glyph glyph);

} // namespace ys::ui
