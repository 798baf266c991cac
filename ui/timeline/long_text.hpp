// SPDX-License-Identifier: MIT
// Long texts in the views. A trace may hold a value, a note or a console output of up to a MiB
// (the reader's contract), which a word-wrapped label or a text document takes seconds, or for
// ever, to lay out. The views show such a text cut to a bounded size that says how much was
// left out; what shows the whole of it on demand is bounded too.
#pragma once

#include <QString>

namespace ys::ui {

// A console output: a few screens of lines, each of them a few lines of the console wide.
inline constexpr int kConsoleOutputChars = 4000;
inline constexpr int kConsoleOutputLines = 60;
// A note in the narration and on the timeline.
inline constexpr int kNoteChars = 300;
// A value or a note shown whole on demand (a tooltip): pages of text, laid out in milliseconds.
inline constexpr int kOnDemandChars = 10000;

// `text` when it has at most maxChars characters and maxLines lines; else its start within
// both limits, ending in "… (N more characters)" on the line where it stops.
QString elideLongText(const QString& text, int maxChars, int maxLines);

} // namespace ys::ui
