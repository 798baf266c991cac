// SPDX-License-Identifier: MIT
#include "event.hpp"

#include <array>

namespace ys {
namespace {

constexpr std::array<std::string_view, kActorCount> kActorNames{"consumer", "producer", "source", "console"};
constexpr std::array<std::string_view, kKindCount> kKindNames{
    "next_called", "return_called", "resumed", "awaiting", "settled", "yielded", "value_received",
    "done",        "cleanup",       "error",   "log",      "arrived", "buffer"};

} // namespace

std::string_view actorName(Actor actor) { return kActorNames.at(static_cast<std::size_t>(actor)); }

std::string_view kindName(Kind kind) { return kKindNames.at(static_cast<std::size_t>(kind)); }

std::optional<Actor> actorFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kActorNames.size(); ++i) {
        if (kActorNames[i] == name) return static_cast<Actor>(i);
    }
    return std::nullopt;
}

std::optional<Kind> kindFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i] == name) return static_cast<Kind>(i);
    }
    return std::nullopt;
}

} // namespace ys
