// SPDX-License-Identifier: MIT
#include "core/trace/event.hpp"

#include "core/trace/event_vocabulary.hpp"

#include <array>

namespace ys {
namespace {

constexpr std::array<std::string_view, kActorCount> kActorNames{"consumer", "producer", "source", "console"};

} // namespace

std::string_view actorName(Actor actor) { return kActorNames.at(static_cast<std::size_t>(actor)); }

// A kind's name lives in the table of kinds, with everything else a kind is.
std::string_view kindName(Kind kind) { return kindInfo(kind).name; }

std::optional<Actor> actorFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kActorNames.size(); ++i) {
        if (kActorNames[i] == name) return static_cast<Actor>(i);
    }
    return std::nullopt;
}

std::optional<Kind> kindFromName(std::string_view name)
{
    const KindInfo* info = kindInfoNamed(name);
    if (info == nullptr) return std::nullopt;
    return info->kind;
}

} // namespace ys
