// SPDX-License-Identifier: MIT
// The append-only record of a run: events in order, their interned values, and the spans
// that pair each `awaiting` with its `settled`. Views read it; only the runtime appends.
#pragma once

#include "core/trace/chunked_vector.hpp"
#include "core/trace/event.hpp"
#include "core/trace/value_table.hpp"

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace ys {

// An asynchronous operation's life: from its `awaiting` event to its `settled` event.
struct Span {
    static constexpr std::uint32_t kOpen = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t begin = 0;   // seq of the awaiting event
    std::uint32_t end = kOpen; // seq of the settled event, kOpen while pending
};

// The events of a trace, in chunks of 16,384 (256 KiB): indexable and iterable like a vector.
using EventStore = ChunkedVector<Event, 14>;
// The spans of a trace, in chunks of 8,192 (64 KiB).
using SpanStore = ChunkedVector<Span, 13>;

class Trace {
public:
    using Listener = std::function<void(const Trace&, std::size_t seq)>;

    std::size_t size() const { return events_.size(); }
    bool empty() const { return events_.empty(); }
    const Event& operator[](std::size_t seq) const { return events_[seq]; }
    const EventStore& events() const { return events_; }
    const SpanStore& spans() const { return spans_; }

    std::string_view valueText(const Event& e) const { return values_.text(e.value); }
    std::uint32_t intern(std::string_view json) { return values_.intern(json); }
    std::uint32_t internInteger(std::int64_t n) { return values_.internInteger(n); }
    const ValueTable& values() const { return values_; }

    // Inline: the engine appends millions of events, most runs with no listener.
    std::size_t append(const Event& e)
    {
        const std::size_t seq = events_.size();
        events_.push_back(e);
        if (!listeners_.empty()) notify(seq);
        return seq;
    }
    std::size_t append(std::int64_t t, Actor actor, Kind kind, std::uint32_t value, int line)
    {
        Event e;
        e.t = t;
        e.actor = actor;
        e.kind = kind;
        e.value = value;
        e.line = static_cast<std::uint16_t>(line > 0 && line <= 0xFFFF ? line : 0);
        return append(e);
    }

    // Spans: openSpan at an awaiting event, closeSpan at its settled event.
    std::uint32_t openSpan(std::size_t awaitingSeq);
    void closeSpan(std::uint32_t span, std::size_t settledSeq);

    // Which instance of its actor an event belongs to, when a run has several (two generators,
    // two loops): 0 is the actor's only one. Names say what each is ("countdown, line 1").
    std::uint16_t addInstance(std::string name);
    void setInstance(std::size_t seq, std::uint16_t instance);
    std::uint16_t instance(std::size_t seq) const { return seq < instances_.size() ? instances_[seq] : 0; }
    const std::vector<std::string>& instanceNames() const { return instanceNames_; }

    // Listeners hear every appended event, in order, as it is appended.
    void addListener(Listener listener) { listeners_.push_back(std::move(listener)); }

    void reserve(std::size_t events) { events_.reserve(events); }
    // Forgets every event, span and value and frees their memory; listeners stay.
    void clear();

    // Bytes held by the whole trace (events, values, spans), for the memory benchmark.
    std::size_t bytesUsed() const;

private:
    void notify(std::size_t seq) const;

    EventStore events_;
    SpanStore spans_;
    ValueTable values_;
    std::vector<std::uint16_t> instances_;         // by seq; shorter than events_ when the rest are 0
    std::vector<std::string> instanceNames_{{""}}; // [0]: the actor's only instance
    std::vector<Listener> listeners_;
};

} // namespace ys
