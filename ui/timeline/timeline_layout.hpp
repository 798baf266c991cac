// SPDX-License-Identifier: MIT
// Where each event of a trace lies on the timeline's horizontal axis: the model half of the
// timeline, without any widget or painting.
//
// The axis is "time, expanded at each instant by the events in it". Event `seq` sits at the
// world coordinate
//
//     u(seq) = t(seq) * msUnit + seq * slotUnit          (slotUnit == 1)
//
// so waiting takes room proportional to the time waited, and the events of one instant
// (equal t) are spread apart left to right in their order, one slot each. t never decreases
// and seq increases, so u strictly increases with seq: finding the events in a range of u is
// a binary search.
//
// Each event owns the cell [u - ½, u + ½]. The cells of one instant touch; between instants
// lies a gap exactly (Δt · msUnit) wide in which time runs linearly. That gives a continuous,
// monotonic mapping between time and u (flat across an instant), used for the axis ticks.
//
// Besides the mapping the layout caches, incrementally as the trace grows (sync()):
//   - instants: runs of events with equal t;
//   - span rows: each awaiting→settled span gets a sub-row of the source lane so that spans
//     overlapping in time never share a row (greedy interval assignment, first free row, in
//     O(log rows) a span: free rows and busy rows by their end in heaps);
//   - per-actor event counts every kBlock events, to count folded events in O(kBlock);
//   - notable events (return, done, finally, error) that must stay visible when folded;
//   - the generators and loops of a run with several, and the lane each takes (InstanceLanes).
#pragma once

#include "core/trace/trace.hpp"
#include "ui/timeline/instance_lanes.hpp"

#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <queue>
#include <vector>

namespace ys::ui {

class SharedAxis;

class TimelineLayout {
public:
    static constexpr double kSlotUnit = 1.0;
    // 100 ms of waiting takes the room of one event: a 500 ms timer is a clear gap five
    // events wide, while the bursts of 5–20 events at one instant stay readable.
    static constexpr double kDefaultMsPerSlot = 100.0;
    static constexpr std::size_t kBlock = 64;

    // A run of events with equal t: seqs first..last, inclusive.
    struct Instant {
        std::uint32_t first = 0;
        std::uint32_t last = 0;
        std::uint32_t size() const { return last - first + 1; }
    };

    // A nice time value on the axis and where it lies.
    struct Tick {
        double ms = 0;
        double u = 0;
    };

    explicit TimelineLayout(double msPerSlot = kDefaultMsPerSlot);

    // Lays out `trace` from scratch (nullptr: nothing). The trace must outlive the layout or
    // be replaced before it dies.
    void setTrace(const ys::Trace* trace);
    const ys::Trace* trace() const { return trace_; }
    // Takes in the events and spans appended since the last sync; cost proportional to the
    // new events (plus the spans still open). A trace that shrank is laid out again.
    void sync();
    // Events laid out so far (the trace's size at the last sync).
    std::size_t size() const { return size_; }

    double msUnit() const { return msUnit_; }
    double msPerSlot() const { return 1.0 / msUnit_; }

    // Places the events on an axis shared with other runs (see SharedAxis) as its run `run`,
    // or back on the layout's own axis (nullptr). The axis must outlive the layout or be
    // replaced first, and must have been built with this layout's trace as run `run`.
    void setSharedAxis(const SharedAxis* axis, std::size_t run = 0);
    const SharedAxis* sharedAxis() const { return axis_; }

    // --- The axis -------------------------------------------------------------------------
    double u(std::size_t seq) const;
    std::int64_t time(std::size_t seq) const { return (*trace_)[seq].t; }
    // The first seq in [0, count) with u(seq) >= value (count when none).
    std::size_t lowerBound(double value, std::size_t count) const;
    // The first seq in [0, count) with u(seq) > value (count when none).
    std::size_t upperBound(double value, std::size_t count) const;
    // The same within seqs [from, to).
    std::size_t lowerBound(double value, std::size_t from, std::size_t to) const;
    std::size_t upperBound(double value, std::size_t from, std::size_t to) const;
    // u at the left edge of the first event's cell and at the right edge of event count-1's.
    double beginU() const;
    double endU(std::size_t count) const;

    // Time ↔ u over the first `count` events (later ones are not shown, so they must not
    // bend the axis). An instant maps to the left edge of its cells; before the first and
    // after the last event time runs on linearly. On a shared axis, the whole shared axis
    // (count does not matter: the axis does not bend as a run is revealed).
    double uOfTime(double ms, std::size_t count) const;
    double timeAtU(double value, std::size_t count) const;

    // Nice axis values (1, 2, 5 × 10^k ms) in [u0, u1], at least minSpacingPx apart where
    // time runs linearly, given `pxPerUnit`. Cleared and refilled; returns the step in ms.
    double ticks(double u0, double u1, double pxPerUnit, double minSpacingPx, std::size_t count,
                 std::vector<Tick>& out) const;
    // "0 ms", "250 ms", "1 s", "1.5 s", "12.25 s" — with as many decimals as `step` needs, in
    // the default QLocale (the program's language: "1,5 с" in Russian).
    static QString formatMs(double ms, double step = 1.0);

    // --- Instants -------------------------------------------------------------------------
    const std::vector<Instant>& instants() const { return instants_; }
    // Index of the instant holding seq.
    std::size_t instantOf(std::size_t seq) const;
    // Index of the first instant whose last event is >= seq.
    std::size_t firstInstantEndingAtOrAfter(std::size_t seq) const;

    // --- Spans ----------------------------------------------------------------------------
    // Rows of the source lane; each holds span indices (into trace->spans()) in increasing
    // order of both begin and end (spans in a row never overlap).
    int spanRowCount() const { return static_cast<int>(rows_.size()); }
    const std::vector<std::uint32_t>& rowSpans(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    // Row of span `index`, or -1 when it is not laid out (yet).
    int spanRow(std::size_t spanIndex) const;
    // The span an awaiting or settled event belongs to.
    std::optional<std::uint32_t> spanOfEvent(std::size_t seq) const;
    // In `row`, the first span (position in rowSpans) whose end is at or after seq `seq` or
    // that is still open, as seen by someone who sees only the first `count` events.
    std::size_t firstSpanInRowEndingAtOrAfter(int row, std::size_t seq, std::size_t count) const;
    // The first position in rowSpans(row) at or after `from` whose begin >= seq.
    std::size_t firstSpanInRowBeginningAtOrAfter(int row, std::size_t seq, std::size_t from) const;

    // --- Counting and notable events --------------------------------------------------------
    // Events of each actor among seqs [lo, hi).
    std::array<std::uint32_t, ys::kActorCount> actorCounts(std::size_t lo, std::size_t hi) const;
    // Seqs of events that must stay visible when neighbours are folded: return(), done,
    // finally and errors. Increasing.
    const std::vector<std::uint32_t>& notable() const { return notable_; }
    static bool isNotable(ys::Kind kind);
    // Whether any event is an `arrived` one (the source lane then shows a row for them).
    bool hasArrivals() const { return hasKind(ys::Kind::Arrived); }
    // Which kinds of event the trace holds: bit k for Kind k.
    std::uint32_t kindsSeen() const { return kindsSeen_; }
    bool hasKind(ys::Kind kind) const { return (kindsSeen_ >> static_cast<unsigned>(kind) & 1U) != 0; }
    // The lanes of the run's generators and loops.
    const InstanceLanes& instanceLanes() const { return instanceLanes_; }

private:
    void reset();
    void assignSpans();

    const ys::Trace* trace_ = nullptr;
    double msUnit_;
    const SharedAxis* axis_ = nullptr;
    std::size_t axisRun_ = 0;
    std::size_t size_ = 0;

    std::vector<Instant> instants_;
    std::vector<std::uint32_t> notable_;
    // blockCounts_[b][a]: events of actor a among seqs [0, b * kBlock).
    std::vector<std::array<std::uint32_t, ys::kActorCount>> blockCounts_;
    std::array<std::uint32_t, ys::kActorCount> running_{};

    std::vector<std::vector<std::uint32_t>> rows_;
    std::vector<std::int32_t> spanRow_; // per span index: its row
    // Every row is in exactly one of these, by its last span: ended before the spans still to
    // come begin (free, lowest first), ended (busy, earliest end first), or open (pending).
    struct BusyRow {
        std::uint32_t end = 0; // seq of the settled event of the row's last span
        std::uint32_t row = 0;
        bool operator>(const BusyRow& o) const { return end > o.end; }
    };
    std::priority_queue<std::uint32_t, std::vector<std::uint32_t>, std::greater<>> freeRows_;
    std::priority_queue<BusyRow, std::vector<BusyRow>, std::greater<>> busyRows_;
    std::vector<std::uint32_t> pendingRows_;
    std::size_t spansAssigned_ = 0;
    std::uint32_t kindsSeen_ = 0;
    InstanceLanes instanceLanes_;
};

} // namespace ys::ui
