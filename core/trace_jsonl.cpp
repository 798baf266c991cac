#include "trace_jsonl.hpp"

namespace ys {

void appendEventJsonl(std::string& out, const Trace& trace, std::size_t seq)
{
    const Event& e = trace[seq];
    out += R"({"seq":)";
    out += std::to_string(seq);
    out += R"(,"t":)";
    out += std::to_string(e.t);
    out += R"(,"actor":")";
    out += actorName(e.actor);
    out += R"(","kind":")";
    out += kindName(e.kind);
    out += R"(","value":)";
    out += trace.valueText(e);
    out += R"(,"line":)";
    if (e.line == 0) {
        out += "null";
    } else {
        out += std::to_string(e.line);
    }
    out += "}\n";
}

bool writeTraceJsonl(std::FILE* file, const Trace& trace)
{
    std::string buffer;
    buffer.reserve(1 << 20);
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        appendEventJsonl(buffer, trace, seq);
        if (buffer.size() >= (1 << 20) - 256) {
            if (std::fwrite(buffer.data(), 1, buffer.size(), file) != buffer.size()) return false;
            buffer.clear();
        }
    }
    if (!buffer.empty() && std::fwrite(buffer.data(), 1, buffer.size(), file) != buffer.size()) return false;
    return std::fflush(file) == 0;
}

} // namespace ys
