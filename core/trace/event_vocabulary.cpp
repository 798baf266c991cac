// SPDX-License-Identifier: MIT
#include "core/trace/event_vocabulary.hpp"

#include "core/text/translatable.hpp"

namespace ys {
namespace {

using enum Kind;
constexpr std::array<KindInfo, kKindCount> kKinds{{
    {NextCalled, "next_called", Actor::Consumer, YS_TRANSLATE_NOOP("EventVocabulary", "next()"),
     YS_TRANSLATE_NOOP("EventVocabulary", "next()"),
     YS_TRANSLATE_NOOP("EventVocabulary", "next() — the loop asks for the next value"), ColorRole::Next,
     Glyph::NextArrow, false, YS_TRANSLATE_NOOP("EventVocabulary", "next() called"),
     YS_TRANSLATE_NOOP("EventVocabulary", "the loop calls next()")},
    {ReturnCalled, "return_called", Actor::Consumer, YS_TRANSLATE_NOOP("EventVocabulary", "return()"),
     YS_TRANSLATE_NOOP("EventVocabulary", "return"),
     YS_TRANSLATE_NOOP("EventVocabulary", "return() — the loop stops early"), ColorRole::Return,
     Glyph::ReturnBar, false, YS_TRANSLATE_NOOP("EventVocabulary", "return() called"),
     YS_TRANSLATE_NOOP("EventVocabulary", "the loop calls return()")},
    {Resumed, "resumed", Actor::Producer, YS_TRANSLATE_NOOP("EventVocabulary", "resumed"),
     YS_TRANSLATE_NOOP("EventVocabulary", "resumed"),
     YS_TRANSLATE_NOOP("EventVocabulary", "resumed — the producer's body continues"), ColorRole::Resumed,
     Glyph::Tick, false, YS_TRANSLATE_NOOP("EventVocabulary", "resumed"),
     YS_TRANSLATE_NOOP("EventVocabulary", "the generator resumes")},
    {Awaiting, "awaiting", Actor::Source, YS_TRANSLATE_NOOP("EventVocabulary", "await … settled"),
     YS_TRANSLATE_NOOP("EventVocabulary", "await"),
     YS_TRANSLATE_NOOP("EventVocabulary", "await — an operation starts"), ColorRole::Await, Glyph::AwaitBar,
     false, YS_TRANSLATE_NOOP("EventVocabulary", "awaiting"),
     YS_TRANSLATE_NOOP("EventVocabulary", "an await starts")},
    {Settled, "settled", Actor::Source, YS_TRANSLATE_NOOP("EventVocabulary", "await … settled"),
     YS_TRANSLATE_NOOP("EventVocabulary", "await"),
     YS_TRANSLATE_NOOP("EventVocabulary", "settled — the operation completes"), ColorRole::Await,
     Glyph::AwaitBar, false, YS_TRANSLATE_NOOP("EventVocabulary", "settled"),
     YS_TRANSLATE_NOOP("EventVocabulary", "an awaited operation settles")},
    {Yielded, "yielded", Actor::Producer, YS_TRANSLATE_NOOP("EventVocabulary", "yield"),
     YS_TRANSLATE_NOOP("EventVocabulary", "yield"),
     YS_TRANSLATE_NOOP("EventVocabulary", "yield — the generator hands out a value"), ColorRole::Value,
     Glyph::Diamond, false, YS_TRANSLATE_NOOP("EventVocabulary", "yielded"),
     YS_TRANSLATE_NOOP("EventVocabulary", "the generator yields a value")},
    {ValueReceived, "value_received", Actor::Consumer, YS_TRANSLATE_NOOP("EventVocabulary", "value received"),
     YS_TRANSLATE_NOOP("EventVocabulary", "value"),
     YS_TRANSLATE_NOOP("EventVocabulary", "value — next() resolves with {done: false, value}"),
     ColorRole::Value, Glyph::ValueArrow, false, YS_TRANSLATE_NOOP("EventVocabulary", "value received"),
     YS_TRANSLATE_NOOP("EventVocabulary", "the loop receives a value")},
    {Done, "done", Actor::Consumer, YS_TRANSLATE_NOOP("EventVocabulary", "done"),
     YS_TRANSLATE_NOOP("EventVocabulary", "done"),
     YS_TRANSLATE_NOOP("EventVocabulary", "done — resolves with {done: true}; the loop ends"),
     ColorRole::Done, Glyph::DoneSquare, false, YS_TRANSLATE_NOOP("EventVocabulary", "done"),
     YS_TRANSLATE_NOOP("EventVocabulary", "the iteration is done")},
    {Cleanup, "cleanup", Actor::Producer, YS_TRANSLATE_NOOP("EventVocabulary", "finally"),
     YS_TRANSLATE_NOOP("EventVocabulary", "finally"),
     YS_TRANSLATE_NOOP("EventVocabulary", "finally — the generator cleans up"), ColorRole::Cleanup,
     Glyph::Hexagon, false, YS_TRANSLATE_NOOP("EventVocabulary", "cleanup"),
     YS_TRANSLATE_NOOP("EventVocabulary", "the finally block runs")},
    {Error, "error", Actor::Consumer, YS_TRANSLATE_NOOP("EventVocabulary", "error"),
     YS_TRANSLATE_NOOP("EventVocabulary", "error"),
     YS_TRANSLATE_NOOP("EventVocabulary", "error — the promise rejects"), ColorRole::Error, Glyph::Warning,
     false, YS_TRANSLATE_NOOP("EventVocabulary", "error"),
     YS_TRANSLATE_NOOP("EventVocabulary", "an error is thrown")},
    {Log, "log", Actor::Console, YS_TRANSLATE_NOOP("EventVocabulary", "console.log"),
     YS_TRANSLATE_NOOP("EventVocabulary", "log"), YS_TRANSLATE_NOOP("EventVocabulary", "console.log"),
     ColorRole::Log, Glyph::LogChip, false, YS_TRANSLATE_NOOP("EventVocabulary", "console.log"),
     YS_TRANSLATE_NOOP("EventVocabulary", "something is printed")},
    {Arrived, "arrived", Actor::Source, YS_TRANSLATE_NOOP("EventVocabulary", "arrived"),
     YS_TRANSLATE_NOOP("EventVocabulary", "arrived"),
     YS_TRANSLATE_NOOP("EventVocabulary", "arrived — a source pushes something unasked"), ColorRole::Await,
     Glyph::Arrival, true, YS_TRANSLATE_NOOP("EventVocabulary", "arrived"),
     YS_TRANSLATE_NOOP("EventVocabulary", "something arrives unasked")},
    {Buffer, "buffer", Actor::Producer, YS_TRANSLATE_NOOP("EventVocabulary", "buffered"),
     YS_TRANSLATE_NOOP("EventVocabulary", "buffer"),
     YS_TRANSLATE_NOOP("EventVocabulary", "buffer — items waiting in the producer's buffer"),
     ColorRole::Muted, Glyph::BufferStack, true, YS_TRANSLATE_NOOP("EventVocabulary", "buffer"),
     YS_TRANSLATE_NOOP("EventVocabulary", "the buffer changes")},
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

constexpr std::array<std::string_view, kActorCount> kActorLabels{
    YS_TRANSLATE_NOOP("EventVocabulary", "Consumer"), YS_TRANSLATE_NOOP("EventVocabulary", "Producer"),
    YS_TRANSLATE_NOOP("EventVocabulary", "Source"), YS_TRANSLATE_NOOP("EventVocabulary", "Console")};

} // namespace

const std::array<KindInfo, kKindCount>& kindTable() { return kKinds; }

std::string_view actorLabel(Actor actor) { return kActorLabels.at(static_cast<std::size_t>(actor)); }

const KindInfo& kindInfo(Kind kind) { return kKinds.at(static_cast<std::size_t>(kind)); }

const KindInfo* kindInfoNamed(std::string_view name)
{
    for (const KindInfo& info : kKinds) {
        if (info.name == name) return &info;
    }
    return nullptr;
}

} // namespace ys
