// SPDX-License-Identifier: MIT
// The one fallback for programs with no demo behind them (a program of one's own, run on the
// embedded engine): their structure read from their text. The producer is where the trace
// first resumed a producer (else the first generator or next() header), the loop is where
// next() was first called, and each body runs to where its braces close again. A demo
// declares its structure instead (Demo::shape).
#pragma once

#include "core/demos/program_shape.hpp"
#include "core/trace/trace.hpp"

#include <string_view>

namespace ys {

ProgramShape shapeFromListing(const Trace& trace, std::string_view listing);

} // namespace ys
