// SPDX-License-Identifier: MIT
// How much of the timeline an export shows.
#pragma once

namespace ys::ui {

enum class TimelineExtent {
    View,     // as it is shown now: the same zoom and pan
    WholeRun, // every event up to the cursor, fitted to the timeline's size
};

} // namespace ys::ui
