// SPDX-License-Identifier: MIT
#include "core/io/trace_file.hpp"

#include "core/io/json_value.hpp"
#include "core/io/regular_file.hpp"
#include "core/io/trace_jsonl.hpp"
#include "core/js/json.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <memory>
#include <unordered_map>

namespace ys {
namespace {

constexpr int kMaxDepth = 64;
constexpr std::size_t kChunk = std::size_t{1} << 16;      // bytes read at a time
constexpr std::size_t kWriteChunk = std::size_t{1} << 20; // bytes handed to a sink at a time

std::string quoted(std::string_view text)
{
    std::string out;
    appendJsonString(out, text.size() > 60 ? text.substr(0, 60) : text);
    if (text.size() > 60) out.insert(out.size() - 1, "…");
    return out;
}

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string tooLong() { return "the line is longer than 1 MiB (a trace file's lines are short)"; }

// A carriage return inside a line, not ending it: the file's lines end with CR alone.
bool holdsBareCr(std::string_view text)
{
    const std::size_t cr = text.find('\r');
    return cr != std::string_view::npos && cr + 1 < text.size();
}

std::string crOnly() { return "lines end with CR only (a trace file's lines end with LF or CR LF)"; }

std::string kindNames()
{
    std::string out;
    for (int i = 0; i < kKindCount; ++i) {
        if (i != 0) out += ", ";
        out += kindName(static_cast<Kind>(i));
    }
    return out;
}

std::string actorNames()
{
    std::string out;
    for (int i = 0; i < kActorCount; ++i) {
        if (i != 0) out += ", ";
        out += actorName(static_cast<Actor>(i));
    }
    return out;
}

// Turns the lines of a trace file, one at a time, into a TraceFile.
class Builder {
public:
    void addLine(std::string_view text, std::size_t number, bool lastWithoutBreak)
    {
        number_ = number;
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        if (text.size() > kTraceFileMaxLine) fail(holdsBareCr(text) ? crOnly() : tooLong());
        // A byte-order mark (some editors save one) is skipped at the start of the file.
        if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
            if (number != 1)
                fail("the line starts with a byte-order mark (U+FEFF), which only the first line may have");
            text.remove_prefix(kByteOrderMark.size());
        }
        if (text.empty()) fail("empty line");
        JsonValue value;
        try {
            value = parseJson(text, kMaxDepth);
        } catch (const JsonParseError& e) {
            if (holdsBareCr(text)) fail(crOnly());
            if (lastWithoutBreak) fail("the file ends in the middle of this line (truncated)");
            fail(describe(text, e));
        }
        if (!value.isObject())
            fail(std::string("expected a JSON object, found ") + std::string(jsonTypeName(value.type)));
        if (number == 1 && value.find("format") != nullptr) {
            readHeader(value);
            return;
        }
        if (number == 1 && value.find("seq") == nullptr)
            fail(R"(neither a trace header (no "format") nor an event (no "seq"))");
        readEvent(value);
    }

    TraceFile finish()
    {
        for (const Note& a : file_.notes) {
            if (a.seq >= file_.trace.size()) {
                number_ = 1;
                fail("an annotation is for seq " + std::to_string(a.seq) + " but the trace has " +
                     std::to_string(file_.trace.size()) + " events");
            }
        }
        return std::move(file_);
    }

private:
    [[noreturn]] void fail(const std::string& problem) const { throw TraceFileError(number_, problem); }

    // Where in the line a parse error is: in the event's value, or elsewhere.
    static std::string describe(std::string_view text, const JsonParseError& e)
    {
        const std::string where = " (column " + std::to_string(e.offset() + 1) + ")";
        const std::size_t value = text.find("\"value\":");
        const std::size_t line = text.rfind(",\"line\":");
        if (value != std::string_view::npos && e.offset() >= value + 8 &&
            (line == std::string_view::npos || line < value || e.offset() <= line)) {
            return std::string("the value is not valid JSON: ") + e.what() + where;
        }
        return std::string("not JSON: ") + e.what() + where;
    }

    void checkDuplicates(const JsonValue& object) const
    {
        for (std::size_t i = 0; i < object.members.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if (object.members[j].key == object.members[i].key)
                    fail("the field " + quoted(object.members[i].key) + " appears twice");
            }
        }
    }

    void checkFields(const JsonValue& object, std::initializer_list<std::string_view> known,
                     std::string_view what) const
    {
        for (const auto& member : object.members) {
            bool isKnown = false;
            for (std::string_view k : known)
                isKnown = isKnown || k == member.key;
            if (!isKnown) fail("unknown " + std::string(what) + " field " + quoted(member.key));
        }
        checkDuplicates(object);
    }

    const JsonValue& field(const JsonValue& object, std::string_view key) const
    {
        const JsonValue* v = object.find(key);
        if (v == nullptr) fail("missing field " + quoted(key));
        return *v;
    }

    long long integer(const JsonValue& v, std::string_view key) const
    {
        long long n = 0;
        if (!jsonInteger(v, n)) {
            fail(quoted(key) + " must be an integer, found " +
                 (v.isNumber() ? v.text : std::string(jsonTypeName(v.type))));
        }
        return n;
    }

    const std::string& string(const JsonValue& v, std::string_view key) const
    {
        if (!v.isString())
            fail(quoted(key) + " must be a string, found " + std::string(jsonTypeName(v.type)));
        return v.text;
    }

    void readHeader(const JsonValue& header)
    {
        const std::string& format = string(field(header, "format"), "format");
        if (format != kTraceFileFormat) {
            fail("unknown format " + quoted(format) + " (expected " + quoted(kTraceFileFormat) + ")");
        }
        const long long version = integer(field(header, "version"), "version");
        if (version != kTraceFileVersion) {
            fail("unsupported version " + std::to_string(version) + " (this Yieldscope reads version " +
                 std::to_string(kTraceFileVersion) + ")");
        }
        checkFields(header, {"format", "version", "demo", "params", "annotations", "program", "instances"},
                    "header");
        const JsonValue& demo = field(header, "demo");
        if (!demo.isNull()) {
            const std::string& name = string(demo, "demo");
            file_.demo = findDemo(name);
            if (file_.demo == nullptr) fail("unknown demo " + quoted(name) + " (demos: " + demoNames() + ")");
            file_.params = file_.demo->defaults();
        }
        if (const JsonValue* params = header.find("params")) readParams(*params);
        if (const JsonValue* notes = header.find("annotations")) readNotes(*notes);
        if (const JsonValue* program = header.find("program")) {
            if (file_.demo != nullptr) fail("\"program\" given with a demo");
            file_.program = string(*program, "program");
        }
        if (const JsonValue* instances = header.find("instances")) readInstances(*instances);
    }

    // The names of the run's generators and loops, ids from 1.
    void readInstances(const JsonValue& names)
    {
        if (!names.isArray())
            fail("\"instances\" must be an array of names, found " + std::string(jsonTypeName(names.type)));
        if (names.items.size() > kTraceFileMaxInstances) {
            fail("\"instances\" names " + std::to_string(names.items.size()) +
                 " generators and loops (at most " + std::to_string(kTraceFileMaxInstances) + ")");
        }
        for (const JsonValue& name : names.items) {
            if (!name.isString())
                fail("an instance's name must be a string, found " + std::string(jsonTypeName(name.type)));
            const std::string& text = name.text;
            if (text.size() > kTraceFileMaxInstanceName) {
                fail("an instance's name is " + std::to_string(text.size()) + " bytes long (at most " +
                     std::to_string(kTraceFileMaxInstanceName) + "): " + quoted(text));
            }
            file_.trace.addInstance(text);
        }
    }

    // The generator or loop an event belongs to: 0 (the actor's only one) when not given.
    std::uint16_t instanceOf(const JsonValue& event) const
    {
        const JsonValue* value = event.find("instance");
        if (value == nullptr) return 0;
        const long long id = integer(*value, "instance");
        const std::size_t named = file_.trace.instanceNames().size() - 1;
        if (id < 0 || static_cast<unsigned long long>(id) > named) {
            fail("\"instance\" " + std::to_string(id) + " is not one the header names (it names " +
                 std::to_string(named) + ", ids from 1)");
        }
        return static_cast<std::uint16_t>(id);
    }

    void readParams(const JsonValue& params)
    {
        if (!params.isObject())
            fail("\"params\" must be an object, found " + std::string(jsonTypeName(params.type)));
        if (file_.demo == nullptr) {
            if (!params.members.empty()) fail("\"params\" given without a demo");
            return;
        }
        checkDuplicates(params);
        try {
            for (const auto& [name, value] : params.members) {
                const ParamSpec* spec = nullptr;
                for (const ParamSpec& s : file_.demo->params) {
                    if (s.name == name) spec = &s;
                }
                if (spec == nullptr) {
                    file_.params.setInteger(name, 0); // throws, naming the demo's parameters
                    fail("unknown parameter " + quoted(name));
                }
                if (spec->isList) {
                    if (!value.isArray()) fail("parameter " + quoted(name) + " must be an array of integers");
                    std::vector<std::int64_t> values;
                    for (const JsonValue& item : value.items)
                        values.push_back(integer(item, name));
                    file_.params.setList(name, values);
                } else {
                    file_.params.setInteger(name, integer(value, name));
                }
            }
        } catch (const ParamError& e) {
            fail(e.what());
        }
    }

    // The key and its messages say "annotations", the word of files saved before (see the header).
    void readNotes(const JsonValue& notes)
    {
        if (!notes.isArray())
            fail("\"annotations\" must be an array, found " + std::string(jsonTypeName(notes.type)));
        for (const JsonValue& a : notes.items) {
            if (!a.isObject())
                fail("an annotation must be an object, found " + std::string(jsonTypeName(a.type)));
            checkFields(a, {"seq", "text"}, "annotation");
            const long long seq = integer(field(a, "seq"), "seq");
            if (seq < 0) fail("an annotation's seq must not be negative");
            file_.notes.push_back({static_cast<std::size_t>(seq), string(field(a, "text"), "text")});
        }
    }

    void readEvent(const JsonValue& event)
    {
        checkFields(event, {"seq", "t", "actor", "kind", "value", "line", "instance"}, "event");
        const std::size_t expected = file_.trace.size();
        if (expected >= kTraceFileMaxEvents)
            fail("more than " + std::to_string(kTraceFileMaxEvents) + " events (the most a trace may hold)");
        const long long seq = integer(field(event, "seq"), "seq");
        if (seq < 0 || static_cast<unsigned long long>(seq) != expected) {
            fail("seq " + std::to_string(seq) + " where " + std::to_string(expected) +
                 " was expected (events are numbered in order from 0)");
        }
        const long long t = integer(field(event, "t"), "t");
        if (t < 0) fail("t " + std::to_string(t) + " is negative");
        if (t > kTraceFileMaxTime) {
            fail("t " + std::to_string(t) + " is past the latest time a trace may hold, " +
                 std::to_string(kTraceFileMaxTime) + " ms (2^53 - 1)");
        }
        if (expected > 0 && t < lastT_) {
            fail("t goes backwards: " + std::to_string(t) + " after " + std::to_string(lastT_));
        }
        const std::string& actorText = string(field(event, "actor"), "actor");
        const std::optional<Actor> actor = actorFromName(actorText);
        if (!actor) fail("unknown actor " + quoted(actorText) + " (actors: " + actorNames() + ")");
        const std::string& kindText = string(field(event, "kind"), "kind");
        const std::optional<Kind> kind = kindFromName(kindText);
        if (!kind) fail("unknown kind " + quoted(kindText) + " (kinds: " + kindNames() + ")");
        const JsonValue& lineValue = field(event, "line");
        long long line = 0;
        if (!lineValue.isNull()) {
            line = integer(lineValue, "line");
            if (line < 1 || line > std::numeric_limits<std::uint16_t>::max())
                fail("\"line\" must be null or from 1 to 65535, found " + std::to_string(line));
        }
        const std::uint16_t instance = instanceOf(event);
        scratch_.clear();
        appendJsonValue(scratch_, field(event, "value"));
        const std::uint32_t value = file_.trace.intern(scratch_);
        lastT_ = t;
        const std::size_t index = file_.trace.append(t, *actor, *kind, value, static_cast<int>(line));
        if (instance != 0) file_.trace.setInstance(index, instance);
        // Spans: each settled closes the oldest open awaiting of the same operation.
        if (*kind == Kind::Awaiting) {
            openSpan(value, file_.trace.openSpan(index));
        } else if (*kind == Kind::Settled) {
            closeOldestSpan(value, index);
        }
    }

    void openSpan(std::uint32_t operation, std::uint32_t span)
    {
        const auto [it, first] = open_.try_emplace(operation, OpenSpans{span, span});
        if (!first) {
            nextOpen_.emplace(it->second.newest, span);
            it->second.newest = span;
        }
    }

    void closeOldestSpan(std::uint32_t operation, std::size_t settledSeq)
    {
        const auto it = open_.find(operation);
        if (it == open_.end()) return; // a settled without its awaiting: no span
        const std::uint32_t oldest = it->second.oldest;
        file_.trace.closeSpan(oldest, settledSeq);
        if (oldest == it->second.newest) {
            open_.erase(it);
            return;
        }
        const auto next = nextOpen_.find(oldest);
        it->second.oldest = next->second;
        nextOpen_.erase(next);
    }

    // The spans still open of one operation, oldest first: a queue threaded through nextOpen_.
    // Only operations with an open span have an entry, so the memory follows the spans open
    // now, not every operation ever seen.
    struct OpenSpans {
        std::uint32_t oldest;
        std::uint32_t newest;
    };

    TraceFile file_;
    std::size_t number_ = 0;
    std::int64_t lastT_ = 0;
    std::unordered_map<std::uint32_t, OpenSpans> open_;         // by operation (the value)
    std::unordered_map<std::uint32_t, std::uint32_t> nextOpen_; // open span -> the next of its operation
    std::string scratch_;
};

// Cuts bytes, fed in chunks, into lines for a Builder, refusing overlong lines early.
class LineSplitter {
public:
    void feed(std::string_view chunk)
    {
        if (chunk.empty()) return;
        any_ = true;
        while (!chunk.empty()) {
            const std::size_t br = chunk.find('\n');
            const std::string_view part = chunk.substr(0, br);
            // +1: a line may end in "\r\n" (the exact limit is checked on the whole line).
            if (line_.size() + part.size() > kTraceFileMaxLine + 1) {
                throw TraceFileError(number_ + 1,
                                     holdsBareCr(line_) || holdsBareCr(part) ? crOnly() : tooLong());
            }
            if (br == std::string_view::npos) {
                line_.append(part);
                return;
            }
            ++number_;
            if (line_.empty()) {
                builder_.addLine(part, number_, false);
            } else {
                line_.append(part);
                builder_.addLine(line_, number_, false);
                line_.clear();
            }
            chunk.remove_prefix(br + 1);
        }
    }

    TraceFile finish()
    {
        if (!any_) throw TraceFileError(0, "the file is empty");
        if (!line_.empty()) builder_.addLine(line_, ++number_, true);
        return builder_.finish();
    }

private:
    Builder builder_;
    std::string line_;
    std::size_t number_ = 0;
    bool any_ = false;
};

} // namespace

TraceFileError::TraceFileError(std::size_t line, const std::string& problem)
    : std::runtime_error(line == 0 ? problem : "line " + std::to_string(line) + ": " + problem), line_(line),
      problem_(problem)
{
}

std::string traceFileHeader(const TraceFile& file)
{
    return traceFileHeader(file.demo, file.params, file.notes, file.program, file.trace.instanceNames());
}

std::string traceFileHeader(const Demo* demo, const Params& params, const std::vector<Note>& notes,
                            std::string_view program, const std::vector<std::string>& instanceNames)
{
    std::string out = R"({"format":)";
    appendJsonString(out, kTraceFileFormat);
    out += R"(,"version":)" + std::to_string(kTraceFileVersion) + R"(,"demo":)";
    if (demo != nullptr) {
        appendJsonString(out, demo->name);
        out += R"(,"params":)" + params.toJson();
    } else {
        out += R"(null,"params":{})";
    }
    out += R"(,"annotations":[)"; // the notes, under the key saved files already use
    bool first = true;
    for (const Note& a : notes) {
        if (!first) out += ',';
        first = false;
        out += R"({"seq":)" + std::to_string(a.seq) + R"(,"text":)";
        appendJsonString(out, a.text);
        out += '}';
    }
    out += ']';
    if (!program.empty()) {
        out += R"(,"program":)";
        appendJsonString(out, program);
    }
    if (instanceNames.size() > 1) {
        out += R"(,"instances":[)";
        for (std::size_t i = 1; i < instanceNames.size(); ++i) {
            if (i > 1) out += ',';
            appendJsonString(out, instanceNames[i]);
        }
        out += ']';
    }
    out += "}\n";
    return out;
}

bool writeTraceFile(const TraceFile& file, const std::function<bool(std::string_view)>& sink)
{
    return writeTraceFile(traceFileHeader(file), file.trace, sink, {}) == TraceFileWrite::Written;
}

TraceFileWrite writeTraceFile(std::string_view header, const Trace& trace,
                              const std::function<bool(std::string_view)>& sink,
                              const TraceFileProgress& progress)
{
    const std::uint64_t total = trace.size();
    std::string chunk(header);
    chunk.reserve(kWriteChunk + kChunk);
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        appendEventJsonl(chunk, trace, seq);
        if (chunk.size() >= kWriteChunk) {
            if (!sink(chunk)) return TraceFileWrite::SinkFailed;
            chunk.clear();
            if (progress && !progress(seq + 1, total)) return TraceFileWrite::Cancelled;
        }
    }
    if (!chunk.empty() && !sink(chunk)) return TraceFileWrite::SinkFailed;
    if (progress && !progress(total, total)) return TraceFileWrite::Cancelled;
    return TraceFileWrite::Written;
}

bool writeTraceFile(const TraceFile& file, std::FILE* out)
{
    const bool written = writeTraceFile(file, [out](std::string_view bytes) {
        return std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
    });
    return written && std::fflush(out) == 0;
}

std::string traceFileText(const TraceFile& file)
{
    std::string out;
    writeTraceFile(file, [&out](std::string_view bytes) {
        out += bytes;
        return true;
    });
    return out;
}

TraceFile readTraceFile(std::string_view bytes)
{
    LineSplitter splitter;
    splitter.feed(bytes);
    return splitter.finish();
}

TraceFile readTraceFile(std::FILE* in) { return *readTraceFile(in, 0, {}); }

std::optional<TraceFile> readTraceFile(std::FILE* in, std::uint64_t total, const TraceFileProgress& progress)
{
    LineSplitter splitter;
    std::string buffer(kChunk, '\0');
    std::uint64_t done = 0;
    for (;;) {
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), in);
        splitter.feed(std::string_view(buffer.data(), n));
        done += n;
        if (n < buffer.size()) break;
        // A file that grew since its size was taken: the total grows with it.
        if (progress && !progress(done, std::max(total, done))) return std::nullopt;
    }
    if (std::ferror(in) != 0) throw TraceFileError(0, std::strerror(errno));
    TraceFile file = splitter.finish();
    if (progress && !progress(done, done)) return std::nullopt;
    return file;
}

TraceFile loadTraceFile(const std::string& path) { return *loadTraceFile(path, {}); }

std::optional<TraceFile> loadTraceFile(const std::string& path, const TraceFileProgress& progress)
{
    const std::unique_ptr<std::FILE, FileCloser> in(openRegularFile(path));
    try {
        return readTraceFile(in.get(), sizeOf(in.get()), progress);
    } catch (const TraceFileError& e) {
        if (e.line() == 0 && std::ferror(in.get()) != 0)
            throw TraceFileError(0, "cannot read the file: " + e.problem());
        throw;
    }
}

bool sameTrace(const Trace& a, const Trace& b)
{
    if (a.size() != b.size() || a.spans().size() != b.spans().size() ||
        a.instanceNames() != b.instanceNames())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const Event& x = a[i];
        const Event& y = b[i];
        if (x.t != y.t || x.actor != y.actor || x.kind != y.kind || x.line != y.line ||
            a.valueText(x) != b.valueText(y) || a.instance(i) != b.instance(i)) {
            return false;
        }
    }
    for (std::size_t i = 0; i < a.spans().size(); ++i) {
        if (a.spans()[i].begin != b.spans()[i].begin || a.spans()[i].end != b.spans()[i].end) return false;
    }
    return true;
}

} // namespace ys
