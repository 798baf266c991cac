// SPDX-License-Identifier: MIT
// One horizontal axis for several runs drawn one above the other, so that a virtual time
// lies at the same x in every run's timeline.
//
// A single run's layout expands each instant by the events in it (see TimelineLayout):
//
//     u(seq) = t * msUnit + (events before this instant) + (index within the instant)
//
// A shared axis merges the instants of all the runs: an instant is as wide as the most events
// any run has at that time, and it starts at
//
//     U(t_k) = t_k * msUnit + (sum of the widths of the instants before it)
//
// in every run. Event seq of a run then sits at U(its t) + its index within its instant.
// With one run this is exactly the layout's own formula; with several, equal times give
// equal u, and u still strictly increases with seq in each run.
//
// The axis is built from the events recorded when build() is called. Events recorded later
// are placed after the end of the axis, still strictly increasing; build again to fold them in.
#pragma once

#include "core/trace/trace.hpp"
#include "ui/timeline/timeline_layout.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ys::ui {

class SharedAxis {
public:
    // An instant of the merged axis: its time, where its first cell is centred and how many
    // cells it has (the most events any run has at that time).
    struct Instant {
        std::int64_t t = 0;
        double u = 0;
        std::uint32_t width = 0;
    };

    explicit SharedAxis(double msPerSlot = TimelineLayout::kDefaultMsPerSlot);

    // Lays out the runs together; the traces must outlive the axis or be replaced first.
    // A null trace counts as an empty run. Cost: proportional to the events.
    void build(const std::vector<const ys::Trace*>& traces);
    // Builds again from the same traces (after they grew).
    void rebuild();

    std::size_t runCount() const { return traces_.size(); }
    const ys::Trace* trace(std::size_t run) const { return traces_[run]; }
    // Events of run `run` the axis was built with.
    std::size_t size(std::size_t run) const { return us_[run].size(); }
    double msUnit() const { return msUnit_; }

    // Where event seq of run `run` lies.
    double u(std::size_t run, std::size_t seq) const;

    // Time ↔ u over the merged instants: an instant maps to the left edge of its cells, and
    // between instants (and before the first, after the last) time runs linearly.
    double uOfTime(double ms) const;
    double timeAtU(double value) const;

    // Left edge of the first cell and right edge of the last cell of the whole axis.
    double beginU() const;
    double endU() const;

    const std::vector<Instant>& instants() const { return instants_; }

private:
    double msUnit_;
    std::vector<const ys::Trace*> traces_;
    std::vector<std::vector<double>> us_;
    std::vector<Instant> instants_;
    double totalWidth_ = 0; // sum of all instants' widths
};

} // namespace ys::ui
