// SPDX-License-Identifier: MIT
// The timeline's own texts (lane captions, labels, the legend's band, the axis, the tooltips),
// translated in the context "TimelineRenderer". They are written as TimelineText::tr("...") so
// that lupdate, which reads the context from Q_DECLARE_TR_FUNCTIONS, finds every one of them.
#pragma once

#include <QCoreApplication>

namespace ys::ui {

class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(TimelineRenderer)
};

} // namespace ys::ui
