// SPDX-License-Identifier: MIT
// The trace as JSON Lines: one object per event, fields in this order:
//   {"seq":0,"t":0,"actor":"consumer","kind":"next_called","value":null,"line":9}
// An event of one of several generators or loops ends with its instance: ,"instance":2}
#pragma once

#include "core/trace/trace.hpp"

#include <cstdio>
#include <string>

namespace ys {

// Appends one event's line (with its newline) to `out`.
void appendEventJsonl(std::string& out, const Trace& trace, std::size_t seq);

// Writes the whole trace; returns false when writing failed.
bool writeTraceJsonl(std::FILE* file, const Trace& trace);

} // namespace ys
