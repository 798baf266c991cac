// SPDX-License-Identifier: MIT
// Sets a wrapped label's type smaller, a little at a time, until its text fits the room it
// has: a long sentence in a longer language keeps its words whole on a short projector
// instead of being cut or pushing the window taller than the screen. The narration's sentence
// and the compare window's question both fit this way.
#pragma once

#include <QFont>

class QLabel;

namespace ys::ui {

struct LabelFit {
    // How small the type may get, as a share of its full size, and the step in points.
    qreal smallestShare = 0.7;
    qreal stepPt = 0.5;
};

// Gives `label` the largest size from `full` down to `full * fit.smallestShare` at which its
// text, wrapped at the label's width now, is no taller than `room` pixels (the smallest, if
// none is). Does nothing before the label has a width. A smaller font can make the label ask
// for less room, so a layout may take a few rounds to settle.
void fitWrappedLabel(QLabel& label, const QFont& full, int room, LabelFit fit = {});

} // namespace ys::ui
