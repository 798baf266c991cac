// SPDX-License-Identifier: MIT
// A run in the Trace Event Format that Perfetto (ui.perfetto.dev) and chrome://tracing open:
//   {"traceEvents":[...],"displayTimeUnit":"ms"}
//
// One process, "Yieldscope: <demo>"; one thread per lane, named by "M" thread_name events and
// kept in the timeline's order by thread_sort_index: the for-await loop, the producer, timers
// & network, the console. Each awaiting…settled span becomes an "X" complete event on the
// timers & network lane (ts at the awaiting event, dur = settled − awaiting); spans that
// overlap an earlier one still open go on extra rows of that lane ("timers & network, row 2"),
// because a viewer needs the slices of one thread to nest. Every other event is a thread-scoped
// instant ("i") named by its kind, with its seq, value and listing line in args. In a run with
// several generators or loops, each one the consumer or the producer uses gets a thread of its
// own, named after its lane and itself ("generator / iterator (producer) · numbers, line 1").
//
// Time: virtual milliseconds become microseconds (× 1000), written exactly whatever their size
// (a time of 9,223,372,036,854,775,807 ms is "ts":9223372036854775807000; viewers read such a
// number as the nearest double). Events of one instant get their
// order as a tie-break of 1 ns each (ts 500000.001, 500000.002, …): viewers sort by ts and do
// not promise to keep the file's order among equal ones. An instant of more than 999,999
// events would reach the next millisecond, so from there on its events share the last
// tie-break and keep only the file's order.
#pragma once

#include "core/trace/trace.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace ys {

// The lanes' thread names, in the timeline's order (index: Actor).
std::string_view chromeTraceLaneName(Actor actor);

// Takes the next piece of the file; false stops the writing (the disk is full).
using ChromeTraceSink = std::function<bool(std::string_view)>;
// Events written of the whole, after each piece; false stops the writing (Cancel).
using ChromeTraceProgress = std::function<bool(std::size_t done, std::size_t total)>;

// The whole run as Trace Event Format JSON, handed to `sink` in pieces of about a megabyte, so
// that the memory it takes does not grow with the run; `title` names the process (the demo, or
// ""). False when the sink or the progress stopped it.
bool writeChromeTrace(const Trace& trace, std::string_view title, const ChromeTraceSink& sink,
                      const ChromeTraceProgress& progress = {});
// The same as one string (small runs and tests).
std::string chromeTraceJson(const Trace& trace, std::string_view title);

} // namespace ys
