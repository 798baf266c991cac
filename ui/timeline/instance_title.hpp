// SPDX-License-Identifier: MIT
// What a generator's or a loop's lane is called. The engine names each instance after its
// function, or the loop, and its line ("numbers, line 2", "for await, line 12"); the timeline
// says it as a reader would: "numbers()" over "line 2".
#pragma once

#include "core/trace/trace.hpp"
#include "ui/timeline/instance_lanes.hpp"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace ys::ui {

struct InstanceTitle {
    QString title;    // "numbers()", "for await", "2 more"
    QString subtitle; // "line 2"; the role ("producer") for a lane of several
};

// The title of lane `lane` of `actor` (trace: the run whose instances are named; nullptr: none).
InstanceTitle instanceTitle(const InstanceLanes& lanes, const ys::Trace* trace, ys::Actor actor, int lane);
// One line naming an instance, for tooltips and sentences: "numbers() (line 2)", "for await
// (line 12)"; empty for instance 0 (the actor's only one).
QString instanceName(const ys::Trace& trace, std::uint16_t instance);
// The generator or loop of event `seq` named as above, when its actor has a lane for each of
// several instances (lanes: the run's, InstanceLanes); empty when the actor has one lane, whose
// title is its role.
QString laneInstanceName(const InstanceLanes& lanes, const ys::Trace& trace, std::size_t seq);

} // namespace ys::ui
