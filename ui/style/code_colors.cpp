// SPDX-License-Identifier: MIT
#include "ui/style/code_colors.hpp"

#include "ui/style/theme.hpp"

#include <algorithm>
#include <cmath>

namespace ys::ui {

CodeColors CodeColors::forTheme(const Theme& theme)
{
    CodeColors c;
    c.background = theme.window;
    c.text = theme.text;
    c.gutterBackground = theme.gutter;
    c.gutterText = theme.mutedText;
    // The highlighter pen of the timeline's current event, laid on the panel's background.
    QColor pen = theme.highlight;
    const double alpha = pen.alphaF();
    pen.setAlpha(255);
    c.currentLine = mix(theme.window, pen, theme.isDark ? std::min(alpha, 0.32) : alpha);
    c.previousLine = mix(theme.window, theme.next, theme.isDark ? 0.16 : 0.09);
    c.currentMarker = theme.text;
    c.previousMarker = theme.mutedText;
    if (theme.isDark) {
        c.keyword = QColor(0xF0, 0x8F, 0xD8);
        c.string = QColor(0x9B, 0xE0, 0x9B);
        c.number = QColor(0xFF, 0xB8, 0x6C);
        c.comment = QColor(0x9A, 0xA1, 0xAB);
        c.builtin = QColor(0x8C, 0xC8, 0xFF);
    } else {
        c.keyword = QColor(0x9A, 0x1F, 0x98);
        c.string = QColor(0x0A, 0x6E, 0x31);
        c.number = QColor(0x98, 0x4E, 0x00);
        c.comment = QColor(0x5F, 0x67, 0x71);
        c.builtin = QColor(0x05, 0x50, 0xAE);
    }
    return c;
}

QColor mix(const QColor& base, const QColor& towards, double amount)
{
    amount = std::clamp(amount, 0.0, 1.0);
    auto channel = [&](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * amount)); };
    return {channel(base.red(), towards.red()), channel(base.green(), towards.green()),
            channel(base.blue(), towards.blue())};
}

} // namespace ys::ui
