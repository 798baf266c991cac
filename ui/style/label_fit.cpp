// SPDX-License-Identifier: MIT
#include "ui/style/label_fit.hpp"

#include <QLabel>

namespace ys::ui {

void fitWrappedLabel(QLabel& label, const QFont& full, int room, LabelFit fit)
{
    const int width = label.contentsRect().width();
    if (width <= 0 || room <= 0) return;
    QFont font = full;
    const qreal fullPt = full.pointSizeF();
    for (qreal size = fullPt;; size -= fit.stepPt) {
        font.setPointSizeF(size);
        if (label.font() != font) label.setFont(font);
        if (size - fit.stepPt < fullPt * fit.smallestShare || label.heightForWidth(width) <= room) return;
    }
}

} // namespace ys::ui
