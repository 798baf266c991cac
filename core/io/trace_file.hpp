// SPDX-License-Identifier: MIT
// A saved run: JSON Lines whose first line is a header naming the demo, its parameters and the
// run's notes, followed by the events exactly as `--trace` writes them:
//   {"format":"yieldscope-trace","version":1,"demo":"countdown","params":{"from":3,"ms":500},
//    "annotations":[{"seq":4,"text":"the first value arrives"}]}
//   {"seq":0,"t":0,"actor":"consumer","kind":"next_called","value":null,"line":16}
//   ...
// A run with several generators or loops names them in the header ("instances":["numbers,
// line 1","for await, line 12"], ids from 1) and tags each event with its id ("instance":2).
// A file without the header (plain `--trace` output) reads as a run of an unknown demo.
// The notes keep the key "annotations" (and its messages that word) on purpose: files already
// saved carry it.
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"
#include "core/trace/trace.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ys {

inline constexpr std::string_view kTraceFileFormat = "yieldscope-trace";
inline constexpr int kTraceFileVersion = 1;
// What a trace file may hold (the contract the views are built for; README "Trace files"):
// No line of a trace file may be longer than this (bytes, without its line break), which also
// bounds a value, a note and the header.
inline constexpr std::size_t kTraceFileMaxLine = std::size_t{1} << 20;
// The largest `t` (ms): 2^53 - 1, the largest integer a JavaScript number holds exactly. A
// double holds every such t exactly and t * 1000 (microseconds, as the Chrome trace writes them)
// stays within 64 bits.
inline constexpr std::int64_t kTraceFileMaxTime = (std::int64_t{1} << 53) - 1;
// The most events a trace may hold: spans and instants name events by 32-bit seqs, whose largest
// value marks a span still open.
inline constexpr std::size_t kTraceFileMaxEvents = 0xFFFFFFFEU;
// The most instances (generators, loops) a trace may name, and the longest name (bytes): a
// name titles a lane, where a longer one would not be read anyway.
inline constexpr std::size_t kTraceFileMaxInstances = 0xFFFF;
inline constexpr std::size_t kTraceFileMaxInstanceName = 200;

// A note a teacher pins to one event of the run.
struct Note {
    std::size_t seq = 0;
    std::string text;
    bool operator==(const Note&) const = default;
};

struct TraceFile {
    const Demo* demo = nullptr; // nullptr: unknown (a file without a header)
    Params params;              // the demo's values (only when demo is known)
    std::vector<Note> notes;
    std::string program; // the source of a program of one's own (demo is nullptr then); empty for a demo
    Trace trace;
};

// A file that cannot be read as a trace. line() is the 1-based line of the problem, 0 when it
// concerns the file as a whole; what() is "line 3: seq 7 where 2 was expected".
class TraceFileError : public std::runtime_error {
public:
    TraceFileError(std::size_t line, const std::string& problem);
    std::size_t line() const { return line_; }
    const std::string& problem() const { return problem_; }

private:
    std::size_t line_;
    std::string problem_;
};

// How far a long read or write has come, told every few tens of kilobytes: `done` of `total`
// (bytes read of the file's size, or events written of the trace's). `done` never goes down and
// the last report has done == total. Returning false cancels the read or write.
using TraceFileProgress = std::function<bool(std::uint64_t done, std::uint64_t total)>;

// Where a write that can be cancelled ended.
enum class TraceFileWrite { Written, SinkFailed, Cancelled };

// The header line (with its line break).
std::string traceFileHeader(const TraceFile& file);
// `instanceNames` is Trace::instanceNames(): its first (the actor's only instance) is not written.
std::string traceFileHeader(const Demo* demo, const Params& params, const std::vector<Note>& notes,
                            std::string_view program = {},
                            const std::vector<std::string>& instanceNames = {});

// Writes the header and the events to `sink` in chunks; false as soon as the sink fails.
bool writeTraceFile(const TraceFile& file, const std::function<bool(std::string_view)>& sink);
bool writeTraceFile(const TraceFile& file, std::FILE* out);
// Writes `header` (from traceFileHeader) and the events of `trace`, which is read where it lies
// (a window saves its run without copying it), reporting events written. Stops at the first
// failed chunk, or when `progress` returns false: then the sink has had part of the file only.
TraceFileWrite writeTraceFile(std::string_view header, const Trace& trace,
                              const std::function<bool(std::string_view)>& sink,
                              const TraceFileProgress& progress);
// The whole file as text.
std::string traceFileText(const TraceFile& file);

// Reads a trace file from its bytes; throws TraceFileError.
TraceFile readTraceFile(std::string_view bytes);
// Reads from a stream without holding the whole file, so an overlong line is refused
// without reading it all; throws TraceFileError.
TraceFile readTraceFile(std::FILE* in);
// The same, reporting bytes read of `total` (the stream's size, when known; 0 when not):
// std::nullopt when `progress` cancelled it, and no trace is kept of what was read.
std::optional<TraceFile> readTraceFile(std::FILE* in, std::uint64_t total, const TraceFileProgress& progress);
// Opens and reads `path`; a file that cannot be opened or read throws TraceFileError (line 0).
TraceFile loadTraceFile(const std::string& path);
// The same, reporting bytes read of the file's size; std::nullopt when cancelled.
std::optional<TraceFile> loadTraceFile(const std::string& path, const TraceFileProgress& progress);

// Same events (times, actors, kinds, value texts, lines, instances), instance names and spans.
bool sameTrace(const Trace& a, const Trace& b);

} // namespace ys
