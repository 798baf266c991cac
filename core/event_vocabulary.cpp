// SPDX-License-Identifier: MIT
#include "event_vocabulary.hpp"

namespace ys {
namespace {

using enum Kind;
constexpr std::array<KindInfo, kKindCount> kKinds{{
    {NextCalled, "next_called", Actor::Consumer, "next()", "next()",
     "next() — the loop asks for the next value", ColourRole::Next, Glyph::NextArrow, false},
    {ReturnCalled, "return_called", Actor::Consumer, "return()", "return", "return() — the loop stops early",
     ColourRole::Return, Glyph::ReturnBar, false},
    {Resumed, "resumed", Actor::Producer, "resumed", "resumed", "resumed — the producer's body continues",
     ColourRole::Resumed, Glyph::Tick, false},
    {Awaiting, "awaiting", Actor::Source, "await … settled", "await", "await — an operation starts",
     ColourRole::Await, Glyph::AwaitBar, false},
    {Settled, "settled", Actor::Source, "await … settled", "await", "settled — the operation completes",
     ColourRole::Await, Glyph::AwaitBar, false},
    {Yielded, "yielded", Actor::Producer, "yield", "yield", "yield — the generator hands out a value",
     ColourRole::Value, Glyph::Diamond, false},
    {ValueReceived, "value_received", Actor::Consumer, "value received", "value",
     "value — next() resolves with {done: false, value}", ColourRole::Value, Glyph::ValueArrow, false},
    {Done, "done", Actor::Consumer, "done", "done", "done — resolves with {done: true}; the loop ends",
     ColourRole::Done, Glyph::DoneSquare, false},
    {Cleanup, "cleanup", Actor::Producer, "finally", "finally", "finally — the generator cleans up",
     ColourRole::Cleanup, Glyph::Hexagon, false},
    {Error, "error", Actor::Consumer, "error", "error", "error — the promise rejects", ColourRole::Error,
     Glyph::Warning, false},
    {Log, "log", Actor::Console, "console.log", "log", "console.log", ColourRole::Log, Glyph::LogChip, false},
    {Arrived, "arrived", Actor::Source, "arrived", "arrived", "arrived — a source pushes something unasked",
     ColourRole::Await, Glyph::Arrival, true},
    {Buffer, "buffer", Actor::Producer, "buffered", "buffer",
     "buffer — items waiting in the producer's buffer", ColourRole::Muted, Glyph::BufferStack, true},
}};

// A row out of place (or one missing) would silently describe the wrong kind.
consteval bool rowsInOrder()
{
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        if (static_cast<std::size_t>(kKinds[i].kind) != i) return false;
    }
    return true;
}
static_assert(rowsInOrder(), "kKinds must list every Kind once, in the enumerators' order");

} // namespace

const std::array<KindInfo, kKindCount>& kindTable() { return kKinds; }

const KindInfo& kindInfo(Kind kind) { return kKinds.at(static_cast<std::size_t>(kind)); }

} // namespace ys
