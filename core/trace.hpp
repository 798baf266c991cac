// The append-only record of a run: events in order, their interned values, and the spans
// that pair each `awaiting` with its `settled`. Views read it; only the runtime appends.
#pragma once

#include "event.hpp"
#include "value_table.hpp"

#include <cstdint>
#include <functional>
#include <limits>
#include <string_view>
#include <vector>

namespace ys {

// An asynchronous operation's life: from its `awaiting` event to its `settled` event.
struct Span {
    static constexpr std::uint32_t kOpen = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t begin = 0;   // seq of the awaiting event
    std::uint32_t end = kOpen; // seq of the settled event, kOpen while pending
};

class Trace {
public:
    using Listener = std::function<void(const Trace&, std::size_t seq)>;

    std::size_t size() const { return events_.size(); }
    bool empty() const { return events_.empty(); }
    const Event& operator[](std::size_t seq) const { return events_[seq]; }
    const std::vector<Event>& events() const { return events_; }
    const std::vector<Span>& spans() const { return spans_; }

    std::string_view valueText(const Event& e) const { return values_.text(e.value); }
    std::uint32_t intern(std::string_view json) { return values_.intern(json); }
    const ValueTable& values() const { return values_; }

    std::size_t append(const Event& e);
    std::size_t append(std::int64_t t, Actor actor, Kind kind, std::uint32_t value, int line);

    // Spans: openSpan at an awaiting event, closeSpan at its settled event.
    std::uint32_t openSpan(std::size_t awaitingSeq);
    void closeSpan(std::uint32_t span, std::size_t settledSeq);

    // Listeners hear every appended event, in order, as it is appended.
    void addListener(Listener listener) { listeners_.push_back(std::move(listener)); }

    void reserve(std::size_t events) { events_.reserve(events); }
    void clear();

    // Bytes held by the whole trace (events, values, spans), for the memory benchmark.
    std::size_t bytesUsed() const;

private:
    std::vector<Event> events_;
    std::vector<Span> spans_;
    ValueTable values_;
    std::vector<Listener> listeners_;
};

} // namespace ys
