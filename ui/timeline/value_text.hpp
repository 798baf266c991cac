// SPDX-License-Identifier: MIT
// How the timeline writes a trace value (JSON text) in its labels, the way JavaScript would:
// {"id":4,"name":"user4"} becomes {id: 4, name: "user4"}.
#pragma once

#include <QString>

#include <string_view>

namespace ys::ui {

// The value as a JavaScript literal on one line: keys unquoted where they can be, strings in
// double quotes, ", " between items. Text that is not JSON comes back as it is.
QString jsLiteral(std::string_view json);

// jsLiteral shortened to at most maxChars characters. An object too long keeps its first
// text field, which usually names it: {name: "user4", …}, or shorter {… "user4"}; anything
// else is cut with "…".
QString shortValue(std::string_view json, int maxChars);

// What console.log prints for the value: a string without quotes (line breaks shown as ⏎),
// anything else as jsLiteral.
QString consoleText(std::string_view json);

// QString::left(maxChars - 1) + "…" when longer than maxChars.
QString elideChars(const QString& text, int maxChars);

} // namespace ys::ui
