// SPDX-License-Identifier: MIT
// How a value prints. A trace keeps each value as JSON text; every view shows it the way
// JavaScript would: as a literal in code ({"id":1,"name":"a"} is {id: 1, name: "a"}), or as
// console.log prints it (a string without its quotes). The narration, the console, the quiz
// and the timeline's labels all print values here, so a value reads the same everywhere.
#pragma once

#include <cstddef>
#include <optional>
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

// What short labels of a value are cut from (the timeline's): its type, its literal, and the
// decoded text of a string, or of an object's first member holding a string (which usually
// names the object). nullopt when `json` is not JSON.
struct ValueParts {
    enum class Type { Scalar, String, Array, Object };
    Type type = Type::Scalar;
    std::string literal; // jsLiteral
    std::string text;    // a string's text, decoded
    bool hasTextMember = false;
    std::string memberKey;  // an object's first member holding a string, as a literal writes
    std::string memberText; // the key ("name", "\"my key\""), and that string, decoded
};
std::optional<ValueParts> valueParts(std::string_view json);

// `text` as a JavaScript string literal: in double quotes, ", \, line breaks and tabs escaped.
std::string jsString(std::string_view text);

// A value as a sentence quotes it: a trace may hold values of up to a MiB, which no sentence can
// show (a banner laying out a MiB of text freezes the window), so past kNarratedValueBytes it is
// cut at a character's start and ends in "…".
inline constexpr std::size_t kNarratedValueBytes = 200;
std::string narratedValue(std::string text);

} // namespace ys
