// SPDX-License-Identifier: MIT
// The fixed-width font of the code and the console, at a size in points.
#pragma once

#include <QFont>
#include <QFontDatabase>

namespace ys::ui {

inline QFont codeFont(qreal points)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(points);
    f.setStyleHint(QFont::Monospace);
    return f;
}

} // namespace ys::ui
