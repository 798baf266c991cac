// SPDX-License-Identifier: MIT
#include "core/io/trace_jsonl.hpp"

#include <charconv>
#include <cstring>
#include <memory>

namespace ys {
namespace {

// Each event's line is assembled in place, with integers written by to_chars: the command
// line writes millions of lines, and std::string's appends and to_string cost more than the
// writing itself.
class LineWriter {
public:
    // Room for everything of one line but its value.
    static constexpr std::size_t kFixedMax = 160;

    static char* put(char* p, std::string_view s)
    {
        std::memcpy(p, s.data(), s.size());
        return p + s.size();
    }
    static char* put(char* p, std::int64_t n) { return std::to_chars(p, p + 24, n).ptr; }

    // Writes the line of `seq`; `p` has room for kFixedMax bytes plus the value's text.
    static char* write(char* p, const Trace& trace, std::size_t seq)
    {
        const Event& e = trace[seq];
        p = put(p, R"({"seq":)");
        p = put(p, static_cast<std::int64_t>(seq));
        p = put(p, R"(,"t":)");
        p = put(p, e.t);
        p = put(p, R"(,"actor":")");
        p = put(p, actorName(e.actor));
        p = put(p, R"(","kind":")");
        p = put(p, kindName(e.kind));
        p = put(p, R"(","value":)");
        p = put(p, trace.valueText(e));
        p = put(p, R"(,"line":)");
        p = e.line == 0 ? put(p, "null") : put(p, static_cast<std::int64_t>(e.line));
        // Only a run with several generators or loops tags its events: others read as before.
        if (const std::uint16_t instance = trace.instance(seq); instance != 0) {
            p = put(p, R"(,"instance":)");
            p = put(p, static_cast<std::int64_t>(instance));
        }
        return put(p, "}\n");
    }
};

} // namespace

void appendEventJsonl(std::string& out, const Trace& trace, std::size_t seq)
{
    const std::size_t before = out.size();
    out.resize(before + LineWriter::kFixedMax + trace.valueText(trace[seq]).size());
    char* end = LineWriter::write(out.data() + before, trace, seq);
    out.resize(static_cast<std::size_t>(end - out.data()));
}

bool writeTraceJsonl(std::FILE* file, const Trace& trace)
{
    constexpr std::size_t kBufferSize = std::size_t{1} << 20;
    const auto buffer = std::make_unique_for_overwrite<char[]>(kBufferSize);
    char* p = buffer.get();
    auto flush = [&] {
        const auto n = static_cast<std::size_t>(p - buffer.get());
        p = buffer.get();
        return std::fwrite(buffer.get(), 1, n, file) == n;
    };
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        const std::size_t need = LineWriter::kFixedMax + trace.valueText(trace[seq]).size();
        if (static_cast<std::size_t>(buffer.get() + kBufferSize - p) < need) {
            if (!flush()) return false;
            if (need > kBufferSize) { // a value longer than the buffer: a line of its own
                std::string line;
                appendEventJsonl(line, trace, seq);
                if (std::fwrite(line.data(), 1, line.size(), file) != line.size()) return false;
                continue;
            }
        }
        p = LineWriter::write(p, trace, seq);
    }
    if (!flush()) return false;
    return std::fflush(file) == 0;
}

} // namespace ys
