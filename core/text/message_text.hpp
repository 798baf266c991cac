// SPDX-License-Identifier: MIT
// Text from outside (a path, a value on the command line) as a message may quote it: on one
// line, readable, and short. Control characters are escaped (a newline as \n), bytes that are
// not UTF-8 as \xNN, and text longer than a limit is cut there and ends in "…".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ys {

// The length of the UTF-8 character `bytes` starts with (1 to 4), or 0 when its first byte
// begins none (a stray continuation byte, an overlong form, a surrogate, a cut sequence).
std::size_t utf8CharLength(std::string_view bytes);

// The whole text, escaped; cut after `maxChars` characters when given.
std::string printableText(std::string_view bytes, std::size_t maxChars = std::string_view::npos);

// How much of a value a message echoes: enough to recognise it, never a whole megabyte.
inline constexpr std::size_t kQuotedValueChars = 40;

// A value a message quotes ("got '…'"): escaped and cut after kQuotedValueChars characters.
inline std::string quotedValue(std::string_view bytes) { return printableText(bytes, kQuotedValueChars); }

} // namespace ys
