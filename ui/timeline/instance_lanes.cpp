// SPDX-License-Identifier: MIT
#include "ui/timeline/instance_lanes.hpp"

#include <algorithm>

namespace ys::ui {

void InstanceLanes::add(const ys::Trace& trace, std::size_t seq)
{
    const ys::Actor actor = trace[seq].actor;
    const std::uint16_t id = trace.instance(seq);
    if (!splits(actor)) return;
    const std::size_t a = index(actor);
    if (position_[a].size() <= id) position_[a].resize(std::size_t{id} + 1, 0);
    if (position_[a][id] == 0) {
        instances_[a].push_back(id);
        position_[a][id] = static_cast<std::uint32_t>(instances_[a].size());
    }
    // A loop and the generator it reads take turns: next() then resumed, yielded then the value.
    if (splits(prevActor_) && prevActor_ != actor) {
        const std::uint16_t loop = actor == ys::Actor::Consumer ? id : prevInstance_;
        const std::uint16_t generator = actor == ys::Actor::Consumer ? prevInstance_ : id;
        if (partner_.size() <= loop) partner_.resize(std::size_t{loop} + 1, 0);
        partner_[loop] = generator;
    }
    prevActor_ = actor;
    prevInstance_ = id;
}

const std::vector<std::uint16_t>& InstanceLanes::instances(ys::Actor actor) const
{
    static const std::vector<std::uint16_t> none;
    return splits(actor) ? instances_[index(actor)] : none;
}

int InstanceLanes::laneCount(ys::Actor actor) const
{
    const auto n = static_cast<int>(instances(actor).size());
    return std::clamp(n, 1, std::clamp(maxLanes_, kLeastLanes, kMaxLanes));
}

int InstanceLanes::laneOf(ys::Actor actor, std::uint16_t instance) const
{
    if (!splits(actor)) return 0;
    const std::vector<std::uint32_t>& position = position_[index(actor)];
    if (instance >= position.size() || position[instance] == 0) return 0;
    return std::min(static_cast<int>(position[instance]) - 1, laneCount(actor) - 1);
}

int InstanceLanes::instancesInLane(ys::Actor actor, int lane) const
{
    const auto n = static_cast<int>(instances(actor).size());
    if (lane < laneCount(actor) - 1) return 1;
    return std::max(1, n - (laneCount(actor) - 1));
}

std::uint16_t InstanceLanes::instanceOfLane(ys::Actor actor, int lane) const
{
    const std::vector<std::uint16_t>& all = instances(actor);
    return lane >= 0 && static_cast<std::size_t>(lane) < all.size() ? all[static_cast<std::size_t>(lane)] : 0;
}

std::uint16_t InstanceLanes::partnerOf(std::uint16_t consumerInstance) const
{
    return consumerInstance < partner_.size() ? partner_[consumerInstance] : 0;
}

} // namespace ys::ui
