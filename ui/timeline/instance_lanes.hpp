// SPDX-License-Identifier: MIT
// Which lane each generator and each loop takes when a run has several of them (two
// generators read by two `for await` loops): the consumer's and the producer's lanes are split
// into one lane per instance (Trace::instance), in the order of their first events. A run with
// one instance per actor keeps one lane per actor, drawn as it always was.
//
// A teacher at a projector shows two or three loops at once, rarely more, and a lane must keep
// room for its marks and a row of labels: an actor gets at most kMaxLanes lanes, and only
// kLeastLanes where the timeline is too short for more to stay legible. Instances past the last
// but one share the last lane, titled "N more"; their events are still drawn there and each
// one's tooltip names its instance. (Scrolling lanes would hide a loop from the class.)
#pragma once

#include "core/trace/trace.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ys::ui {

class InstanceLanes {
public:
    static constexpr int kMaxLanes = 3;
    // Where three lanes would not be legible (a short window at a projector), two: the second
    // then holds the rest. The timeline's least height counts this many.
    static constexpr int kLeastLanes = 2;

    // Only the consumer and the producer are split: timers and the console stay one lane.
    static bool splits(ys::Actor actor)
    {
        return actor == ys::Actor::Consumer || actor == ys::Actor::Producer;
    }

    // Takes in event `seq` of `trace`; events are taken in order from 0.
    void add(const ys::Trace& trace, std::size_t seq);
    void clear() { *this = InstanceLanes(); }

    // The actor's instances in the order of their first events (empty for an unsplit actor).
    const std::vector<std::uint16_t>& instances(ys::Actor actor) const;
    // How many lanes the actor takes: 1 when it has one instance (or none).
    int laneCount(ys::Actor actor) const;
    // At most `lanes` lanes an actor (kLeastLanes to kMaxLanes).
    void setMaxLanes(int lanes) { maxLanes_ = lanes; }
    // The lane (0 = top) of an event of `actor` tagged `instance`; 0 for an unknown one.
    int laneOf(ys::Actor actor, std::uint16_t instance) const;
    // Instances sharing lane `lane` (1 but for a last lane holding the rest).
    int instancesInLane(ys::Actor actor, int lane) const;
    // The first instance in lane `lane` (the one it is titled after).
    std::uint16_t instanceOfLane(ys::Actor actor, int lane) const;
    // The producer a loop reads (the one whose events come next to its own): its arrows reach
    // that producer's lane. 0 while none is known.
    std::uint16_t partnerOf(std::uint16_t consumerInstance) const;

    bool operator==(const InstanceLanes& other) const = default;

private:
    static std::size_t index(ys::Actor actor) { return actor == ys::Actor::Consumer ? 0 : 1; }

    std::array<std::vector<std::uint16_t>, 2> instances_;
    std::array<std::vector<std::uint32_t>, 2> position_; // by instance id: place in instances_ + 1
    std::vector<std::uint16_t> partner_;                 // by consumer instance id
    ys::Actor prevActor_ = ys::Actor::Console;
    std::uint16_t prevInstance_ = 0;
    int maxLanes_ = kMaxLanes;
};

} // namespace ys::ui
