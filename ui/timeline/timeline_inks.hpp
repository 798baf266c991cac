// SPDX-License-Identifier: MIT
// The pens and brushes the timeline paints with, prepared once per theme and scale. Every
// colour comes from the theme; a kind's ink is its colour role's (core/event_vocabulary.hpp),
// looked up through Theme::roleColor, the one mapping of roles to colours.
#pragma once

#include "core/trace/event_vocabulary.hpp"
#include "ui/style/theme.hpp"
#include "ui/timeline/timeline_metrics.hpp"

#include <QBrush>
#include <QColor>
#include <QPen>

#include <array>

namespace ys::ui {

// One colour with the pens and brushes marks need.
struct Ink {
    QColor color;
    QPen line;   // stroke width
    QPen dashed; // stroke width, dashed
    QPen thin;   // outlines
    QBrush fill;
    QBrush soft; // translucent fill
};

struct TimelineInks {
    std::array<Ink, ys::kColorRoleCount> roles;
    Ink text; // titles and labels

    QPen cursorPen, axisPen, separatorPen, hoverPen, bracketPen, notchPen, warningPen, logInkPen, promptPen,
        instantTextPen, instantGlyphPen, windowPen;
    QBrush highlightBrush, columnBrush, instantBrush, chipBrush, logFillBrush, cursorBrush, settleBrush;
    std::array<QColor, ys::kActorCount> laneTints; // the instants' band over each lane, opaque

    const Ink& role(ys::ColorRole r) const { return roles.at(static_cast<std::size_t>(r)); }
    const Ink& kind(ys::Kind k) const { return role(ys::kindInfo(k).color); }

    static TimelineInks make(const Theme& theme, const TimelineMetrics& m);
};

// The background of lane `lane` (the lanes alternate).
const QColor& laneColor(const Theme& theme, std::size_t lane);

} // namespace ys::ui
