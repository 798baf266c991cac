// SPDX-License-Identifier: MIT
#include "core/io/chrome_trace.hpp"

#include "core/js/json.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace ys {
namespace {

constexpr int kPid = 1;
// Ties within one instant, in nanoseconds; beyond this they would reach the next millisecond.
constexpr std::int64_t kMaxTieNs = 999'999;
// Extra rows of the timers & network lane get thread ids from here on.
constexpr int kFirstExtraRowTid = 100;

constexpr std::array<std::string_view, kActorCount> kLaneNames{
    "for await loop (consumer)", "generator / iterator (producer)", "timers & network", "console"};

int laneTid(Actor actor) { return static_cast<int>(actor) + 1; }

// Span rows of the timers & network lane: row 0 is the lane's own thread.
int rowTid(std::size_t row)
{
    return row == 0 ? laneTid(Actor::Source) : kFirstExtraRowTid + static_cast<int>(row);
}

// Written to the sink in pieces of about this size: memory stays the same however long the run.
constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

// `ms` (never negative) as microseconds, exactly, in decimal: its digits and three zeros. No
// multiplication, so a time near the largest a trace holds (9.2e18 ms) is written as it is.
void appendMicroseconds(std::string& out, std::int64_t ms, std::int64_t extraUs = 0)
{
    if (ms == 0) {
        out += std::to_string(extraUs);
        return;
    }
    out += std::to_string(ms);
    const std::string extra = std::to_string(extraUs);
    out.append(3 - extra.size(), '0');
    out += extra;
}

// Microseconds of virtual time `t` ms plus `tieNs` nanoseconds, exactly, in decimal.
void appendTimestamp(std::string& out, std::int64_t t, std::int64_t tieNs)
{
    appendMicroseconds(out, t, tieNs / 1000);
    const std::int64_t fraction = tieNs % 1000;
    if (fraction == 0) return;
    const std::string digits = std::to_string(fraction);
    out += '.';
    out.append(3 - digits.size(), '0');
    out += digits;
}

void appendMetadata(std::string& out, std::string_view name, int tid, std::string_view argKey,
                    const std::string& argValue)
{
    out += R"({"name":)";
    appendJsonString(out, name);
    out += R"(,"ph":"M","pid":)";
    out += std::to_string(kPid);
    out += R"(,"tid":)";
    out += std::to_string(tid);
    out += R"(,"args":{)";
    appendJsonString(out, argKey);
    out += ':';
    out += argValue;
    out += "}},\n";
}

void appendThread(std::string& out, int tid, std::string_view name, int sortIndex)
{
    std::string quoted;
    appendJsonString(quoted, name);
    appendMetadata(out, "thread_name", tid, "name", quoted);
    appendMetadata(out, "thread_sort_index", tid, "sort_index", std::to_string(sortIndex));
}

// Which row each closed span goes on: the first row whose last span settled before this one
// began, so the slices of a row never overlap.
std::vector<std::size_t> spanRows(const Trace& trace, std::size_t& rowCount)
{
    const SpanStore& spans = trace.spans();
    std::vector<std::size_t> rows(spans.size(), 0);
    std::vector<std::uint32_t> rowEnds; // seq of the settled event of each row's last span
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].end == Span::kOpen) continue;
        const auto free = std::find_if(rowEnds.begin(), rowEnds.end(),
                                       [&](std::uint32_t end) { return end < spans[i].begin; });
        if (free == rowEnds.end()) {
            rows[i] = rowEnds.size();
            rowEnds.push_back(spans[i].end);
        } else {
            rows[i] = static_cast<std::size_t>(free - rowEnds.begin());
            *free = spans[i].end;
        }
    }
    rowCount = std::max<std::size_t>(rowEnds.size(), 1);
    return rows;
}

constexpr std::uint32_t kNoSpan = Span::kOpen;

// Per event: the closed span it begins (awaiting) or whether it ends one (settled).
struct SpanMarks {
    std::vector<std::uint32_t> begins;
    std::vector<bool> ends;
};

SpanMarks spanMarks(const Trace& trace)
{
    SpanMarks marks{std::vector<std::uint32_t>(trace.size(), kNoSpan),
                    std::vector<bool>(trace.size(), false)};
    const SpanStore& spans = trace.spans();
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].end == Span::kOpen) continue;
        marks.begins[spans[i].begin] = static_cast<std::uint32_t>(i);
        marks.ends[spans[i].end] = true;
    }
    return marks;
}

std::string_view laneName(Actor actor) { return kLaneNames.at(static_cast<std::size_t>(actor)); }

// The threads of the generators and loops of a run with several: each instance the consumer or
// the producer uses gets one, after the span rows' (ids kFirstExtraRowTid + rows + instance).
struct InstanceThreads {
    std::int64_t firstTid = 0;
    std::vector<int> actorOf; // by instance id: the actor whose events it tags, -1 when none

    std::int64_t tid(const Event& e, std::uint16_t instance) const
    {
        const bool own = instance != 0 && (e.actor == Actor::Consumer || e.actor == Actor::Producer);
        return own ? firstTid + instance : laneTid(e.actor);
    }
};

InstanceThreads instanceThreads(const Trace& trace, std::size_t rowCount)
{
    InstanceThreads threads{kFirstExtraRowTid + static_cast<std::int64_t>(rowCount),
                            std::vector<int>(trace.instanceNames().size(), -1)};
    if (threads.actorOf.size() <= 1) return threads;
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        const std::uint16_t id = trace.instance(seq);
        const Actor actor = trace[seq].actor;
        if (id != 0 && threads.actorOf[id] < 0 && (actor == Actor::Consumer || actor == Actor::Producer))
            threads.actorOf[id] = static_cast<int>(actor);
    }
    return threads;
}

void appendInstanceThreads(std::string& out, const Trace& trace, const InstanceThreads& threads)
{
    for (std::size_t id = 1; id < threads.actorOf.size(); ++id) {
        if (threads.actorOf[id] < 0) continue;
        const auto actor = static_cast<Actor>(threads.actorOf[id]);
        appendThread(out, static_cast<int>(threads.firstTid + static_cast<std::int64_t>(id)),
                     std::string(laneName(actor)) + " \u00b7 " + trace.instanceNames()[id],
                     static_cast<int>(actor) * 100 + static_cast<int>(std::min<std::size_t>(id, 99)));
    }
}

// The opening bracket and the metadata events: the process, each lane and each extra row.
void appendHeader(std::string& out, std::string_view title, std::size_t rowCount)
{
    out += "{\"traceEvents\":[\n";
    std::string processName = "Yieldscope";
    if (!title.empty()) processName += ": " + std::string(title);
    std::string quoted;
    appendJsonString(quoted, processName);
    appendMetadata(out, "process_name", 0, "name", quoted);
    for (int a = 0; a < kActorCount; ++a) {
        const auto actor = static_cast<Actor>(a);
        appendThread(out, laneTid(actor), laneName(actor), a * 100);
    }
    for (std::size_t row = 1; row < rowCount; ++row) {
        appendThread(out, rowTid(row),
                     std::string(laneName(Actor::Source)) + ", row " + std::to_string(row + 1),
                     static_cast<int>(Actor::Source) * 100 + static_cast<int>(row));
    }
}

// Where an event sits in time: its millisecond and its tie within that millisecond.
struct Stamp {
    std::size_t seq = 0;
    std::int64_t tieNs = 0;
};

// A closed await as one complete slice, from its awaiting event to its settled one.
void appendSlice(std::string& out, const Trace& trace, const Event& e, Stamp stamp, const Span& span,
                 std::size_t row)
{
    const std::string_view value = trace.valueText(e);
    const Event& settled = trace[span.end];
    out += R"({"name":)";
    out += value.starts_with('"') ? value : std::string_view(R"("awaiting")");
    out += R"(,"cat":"await","ph":"X","ts":)";
    appendTimestamp(out, e.t, stamp.tieNs);
    out += R"(,"dur":)";
    appendMicroseconds(out, settled.t - e.t);
    out += R"(,"pid":)";
    out += std::to_string(kPid);
    out += R"(,"tid":)";
    out += std::to_string(rowTid(row));
    out += R"(,"args":{"awaitingSeq":)";
    out += std::to_string(stamp.seq);
    out += R"(,"settledSeq":)";
    out += std::to_string(span.end);
    out += R"(,"value":)";
    out += value;
    out += R"(,"line":)";
    out += std::to_string(e.line);
    out += "}}";
}

// Any other event as an instant on its lane's thread.
void appendInstant(std::string& out, const Trace& trace, const Event& e, Stamp stamp, std::int64_t tid)
{
    out += R"({"name":")";
    out += kindName(e.kind);
    out += R"(","cat":")";
    out += actorName(e.actor);
    out += R"(","ph":"i","s":"t","ts":)";
    appendTimestamp(out, e.t, stamp.tieNs);
    out += R"(,"pid":)";
    out += std::to_string(kPid);
    out += R"(,"tid":)";
    out += std::to_string(tid);
    out += R"(,"args":{"seq":)";
    out += std::to_string(stamp.seq);
    out += R"(,"value":)";
    out += trace.valueText(e);
    out += R"(,"line":)";
    out += std::to_string(e.line);
    out += "}}";
}

} // namespace

std::string_view chromeTraceLaneName(Actor actor) { return laneName(actor); }

bool writeChromeTrace(const Trace& trace, std::string_view title, const ChromeTraceSink& sink,
                      const ChromeTraceProgress& progress)
{
    std::size_t rowCount = 1;
    const std::vector<std::size_t> rows = spanRows(trace, rowCount);
    const SpanMarks marks = spanMarks(trace);
    const SpanStore& spans = trace.spans();

    std::string out;
    out.reserve(kChunkBytes + kChunkBytes / 4);
    appendHeader(out, title, rowCount);
    const InstanceThreads threads = instanceThreads(trace, rowCount);
    appendInstanceThreads(out, trace, threads);

    std::int64_t instantT = -1;
    Stamp stamp;
    bool first = true;
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        if (out.size() >= kChunkBytes && !first) {
            if (!sink(out)) return false;
            out.clear();
            if (progress && !progress(seq, trace.size())) return false;
        }
        const Event& e = trace[seq];
        stamp.seq = seq;
        if (e.t != instantT) {
            instantT = e.t;
            stamp.tieNs = 0;
        } else {
            stamp.tieNs = std::min(stamp.tieNs + 1, kMaxTieNs);
        }
        if (marks.ends[seq]) continue; // drawn as the end of its slice
        if (!first) out += ",\n";
        first = false;
        const std::uint32_t span = marks.begins[seq];
        if (span != kNoSpan)
            appendSlice(out, trace, e, stamp, spans[span], rows[span]);
        else
            appendInstant(out, trace, e, stamp, threads.tid(e, trace.instance(seq)));
    }
    if (first) out.resize(out.size() - 2); // the last metadata event's ",\n"
    out += "\n],\n\"displayTimeUnit\":\"ms\"}\n";
    if (!sink(out)) return false;
    return !progress || progress(trace.size(), trace.size());
}

std::string chromeTraceJson(const Trace& trace, std::string_view title)
{
    std::string json;
    writeChromeTrace(trace, title, [&json](std::string_view bytes) {
        json += bytes;
        return true;
    });
    return json;
}

} // namespace ys
