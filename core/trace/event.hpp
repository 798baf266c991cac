// SPDX-License-Identifier: MIT
// One recorded step of a demo run, and the names the trace format uses for its fields.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace ys {

// Who the event belongs to; the timeline draws one lane per actor.
enum class Actor : std::uint8_t { Consumer, Producer, Source, Console };

// What happened. The order of the enumerators is part of no format: files use the names.
enum class Kind : std::uint8_t {
    NextCalled,    // the for-await loop calls next() on its iterator
    ReturnCalled,  // the for-await loop calls return() (break, early exit)
    Resumed,       // the producer's body continues
    Awaiting,      // an asynchronous operation starts (timer, fetch, res.json())
    Settled,       // that operation completes
    Yielded,       // the producer hands a value out
    ValueReceived, // a next() promise resolves with done: false
    Done,          // a next()/return() promise resolves with done: true
    Cleanup,       // the producer's finally block runs
    Error,         // a next() promise rejects
    Log,           // console output
    Arrived,       // a source pushes something unasked (a socket message, a stream chunk)
    Buffer,        // the number of items waiting in the producer's buffer changed
};

inline constexpr int kActorCount = 4;
inline constexpr int kKindCount = 13;

// 16 bytes: the trace of a million-event run stays small. seq is the index in the trace;
// value is an id into the trace's table of interned JSON texts (0 is JSON null).
struct Event {
    std::int64_t t = 0;      // virtual milliseconds
    std::uint32_t value = 0; // ValueTable id
    std::uint16_t line = 0;  // 1-based line of the demo listing, 0 when none
    Kind kind = Kind::Log;
    Actor actor = Actor::Consumer;
};
static_assert(sizeof(Event) == 16);

std::string_view actorName(Actor actor);
std::string_view kindName(Kind kind);
std::optional<Actor> actorFromName(std::string_view name);
std::optional<Kind> kindFromName(std::string_view name);

} // namespace ys
