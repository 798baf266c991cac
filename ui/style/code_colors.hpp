// SPDX-License-Identifier: MIT
// Colours of the code and console panels. Surfaces, text and the current line's highlighter
// come from the Theme (so the code's lit line matches the timeline's halo); the syntax colours
// are the panel's own, one set for light and one for dark.
#pragma once

#include <QColor>

namespace ys::ui {

struct Theme;

struct CodeColors {
    QColor background;
    QColor text;
    QColor gutterBackground;
    QColor gutterText;
    QColor keyword;
    QColor string;
    QColor number;
    QColor comment;
    QColor builtin;
    QColor currentLine;  // the current event's line
    QColor previousLine; // the previous event's line, fainter
    QColor currentMarker;
    QColor previousMarker;

    static CodeColors forTheme(const Theme& theme);
};

// `base` moved towards `towards` by `amount` (0..1); the result is opaque.
QColor mix(const QColor& base, const QColor& towards, double amount);

} // namespace ys::ui
