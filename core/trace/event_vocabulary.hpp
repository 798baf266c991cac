// SPDX-License-Identifier: MIT
// The one home of what each kind of event is: its name in files, the lane it usually belongs
// to, how the legend names it, the sentence that explains it, its colour role and its glyph.
// The renderer, the legend, the narration, the quiz and the Chrome trace read this table; a
// new kind is one row here (a missing or misplaced row fails to compile, see the .cpp), and
// docs/ARCHITECTURE.md ("Adding an event kind") lists what else a kind needs.
#pragma once

#include "core/trace/event.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace ys {

// Which ink of the theme a kind is drawn in. The theme maps each role to a colour.
enum class ColorRole : std::uint8_t { Next, Value, Resumed, Await, Return, Done, Cleanup, Error, Log, Muted };
inline constexpr int kColorRoleCount = 10;

// The shape a kind is drawn as, on the timeline and in the legend alike.
enum class Glyph : std::uint8_t {
    NextArrow,   // a downward arrow: the consumer asks
    ValueArrow,  // an upward arrow: a value comes back
    Diamond,     // yield
    Tick,        // the producer's body resumes
    AwaitBar,    // an operation's bar, from await to settle
    ReturnBar,   // a dashed stem ending in a bar
    DoneSquare,  // a stem with a square head
    Hexagon,     // finally
    Warning,     // a triangle with an exclamation mark
    LogChip,     // a console chip
    Arrival,     // something pushed in from outside
    BufferStack, // items waiting
};
inline constexpr int kGlyphCount = 12;

struct KindInfo {
    Kind kind;
    std::string_view name;        // the trace format's name (files, Chrome trace)
    Actor usualActor;             // the lane its events are usually drawn in
    std::string_view legendName;  // legend, full width ("value received")
    std::string_view legendShort; // legend on one narrow row ("value")
    std::string_view sentence;    // what the kind means, for tooltips and the legend's help
    ColorRole color;
    Glyph glyph;
    bool legendOnlyWhenPresent; // rare kinds are explained only when a run has them
    std::string_view badge;     // the narration's badge after the lane ("next() called")
    std::string_view quizWords; // the quiz's choice, a clause ("the loop calls next()")
};

// The context under which the window translates the table's words (the legend's names, the
// sentence, badge, quizWords; never `name`); lupdate finds them through the YS_TRANSLATE_NOOP
// marks in the .cpp.
inline constexpr const char* kVocabularyContext = "EventVocabulary";

// What the narration's badge calls a lane's actor ("Producer"), translated under
// kVocabularyContext like the kinds' words.
std::string_view actorLabel(Actor actor);

// Every kind, in the enumerators' order.
const std::array<KindInfo, kKindCount>& kindTable();
const KindInfo& kindInfo(Kind kind);
// The kind whose `name` this is (the trace format's names), or nullptr.
const KindInfo* kindInfoNamed(std::string_view name);

} // namespace ys
