// SPDX-License-Identifier: MIT
// Narration: one plain sentence per recorded event, for a learner who has not read the
// tutorial. Generic per event kind, made specific by quoting the code of the event's listing
// line and the values involved, and by looking back in the trace (what a resumption follows,
// which operation settled and how long it took).
//
// Code is quoted between backticks (`yield n;`) so that a view can set it in a code font.
#pragma once

#include "core/demos/demo.hpp"
#include "core/trace/trace.hpp"

#include "core/narration/narration_data.hpp"
#include "core/text/value_format.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace ys {

// The sentence for event `seq` of `trace`, a run of `demo` whose rendered listing is `listing`,
// as data: the window's ui/panels/narration_text.cpp writes it in words.
NarrationText describeEvent(const Demo& demo, const Trace& trace, std::size_t seq, std::string_view listing);

// The code of 1-based `line` of `listing`: trimmed, without a trailing // comment. Empty for
// line 0 or a line past the end.
std::string codeOfLine(std::string_view listing, int line);

} // namespace ys
