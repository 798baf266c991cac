// SPDX-License-Identifier: MIT
// How a value prints. A trace keeps each value as JSON text; every view shows it the way
// JavaScript would: as a literal in code ({"id":1,"name":"a"} is {id: 1, name: "a"}), or as
// console.log prints it (a string without its quotes). The narration, the console, the quiz
// and the timeline's labels all print values here, so a value reads the same everywhere.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ys {

// The value as a JavaScript literal on one line: keys unquoted where they are identifiers,
// strings in double quotes (only ", \, line breaks and tabs escaped), ", " between items and
// ": " after keys. Text that is not JSON comes back as it is.
std::string jsLiteral(std::string_view json);

// What console.log prints: a JSON string unquoted and unescaped, line breaks kept; any other
// value as jsLiteral shows it.
std::string consoleText(std::string_view json);

// consoleText on one line: the line breaks of a string shown as " ⏎ " (timeline labels).
std::string consoleLine(std::string_view json);

// A value as a sentence quotes it: a trace may hold values of up to a MiB, which no sentence can
// show (a banner laying out a MiB of text freezes the window), so past kNarratedValueBytes it is
// cut at a character's start and ends in "…".
inline constexpr std::size_t kNarratedValueBytes = 200;
std::string narratedValue(std::string text);

} // namespace ys
