// SPDX-License-Identifier: MIT
// The narration as data: which sentence an event gets and the values that fill it, without
// the words. The core decides what is said (the code quoted, the value, the operation, the
// counts); the window turns it into text in ui/panels/narration_text.cpp, through one
// template per TextId with named placeholders ({code}, {value}; {Loop} is {loop} starting a
// sentence), so the narration can be translated.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ys {

// Every sentence and every phrase a sentence is built from. A phrase fills a placeholder of
// a sentence (the loop's or the producer's name, what an operation does).
enum class TextId : std::uint8_t {
    // Nouns.
    LoopForAwait,     // the for await loop
    LoopForOf,        // the for...of loop
    LoopForAwaitAt,   // the for await loop on line {line} (one of several)
    LoopForOfAt,      // the for...of loop on line {line} (one of several)
    GeneratorNamed,   // the generator `{name}` (one of several)
    Generator,        // the generator
    Iterator,         // the iterator
    IteratorNext,     // the iterator's next()
    NextOnGenerator,  // next() on the generator
    LoopBody,         // the loop body
    Program,          // the program
    WaitsForPromise,  // and waits for the promise it returns
    GetsAnswerAtOnce, // and gets its answer at once, without waiting
    // What an operation does, for timers, requests, res.json() and any other.
    TimerStarted,
    TimerUntil,
    TimerHappens,
    TimerHappened,
    TimerLater,
    FetchStarted,
    FetchUntil,
    FetchHappens,
    FetchHappened,
    FetchLater,
    JsonStarted,
    JsonUntil,
    JsonHappens,
    JsonHappened,
    JsonLater,
    OtherStarted,
    OtherUntil,
    OtherHappens,
    OtherHappened,
    OtherLater,
    // next_called
    NextFirstCodeGenerator,
    NextFirstCodeIterator,
    NextFirstGenerator,
    NextFirstIterator,
    NextAgainSync,
    NextAgain,
    // return_called
    ReturnAtBreak,
    ReturnAtCode,
    ReturnNoCode,
    // resumed
    ResumedAfterOperation,
    ResumedAfterOperationNoCode,
    ResumedByReturn,
    ResumedByReturnNoCode,
    GeneratorStarts,
    GeneratorStartsNoCode,
    GeneratorStartsAgain,
    GeneratorStartsAgainNoCode,
    IteratorStarts,
    IteratorStartsNoCode,
    IteratorStartsAgain,
    IteratorStartsAgainNoCode,
    ResumedAfterYieldOf,
    ResumedAfterYield,
    ResumedAfterAwait,
    Resumes,
    ResumesNoCode,
    // awaiting
    AwaitingPauses,
    AwaitingPausesNoCode,
    AwaitingPausesLoopBody,
    AwaitingPausesLoopBodyNoCode,
    AwaitingRunsOn,
    // settled: when, then whose promise
    SettledTimerAt,
    SettledAfter,
    SettledAtOnce,
    SettledPlain,
    SettledAwaitedBy,
    SettledPromise,
    // yielded
    YieldedSync,
    YieldedSyncNoCode,
    Yielded,
    YieldedNoCode,
    AnswersNext,
    AnswersNextNoCode,
    // value_received
    Received,
    ReceivedInto,
    // done
    DoneAfterReturnAsync,
    DoneAfterReturnSync,
    DoneGeneratorAsync,
    DoneGeneratorSync,
    DoneIteratorAsync,
    DoneIteratorSync,
    // cleanup
    CleanupGenerator,
    CleanupGeneratorNoCode,
    CleanupIterator,
    CleanupIteratorNoCode,
    // error
    Rejected,
    RejectedNoCode,
    // log: who prints what
    Prints,
    ProgramPrints,
    PrintsLineBreak,
    PrintsLineBreakThen,
    PrintsEmptyLine,
    PrintsQuoted,
    PrintsPlain,
    // arrived
    Arrived,
    ArrivedNoCode,
    // buffer
    BufferEmpty,
    BufferOne,
    BufferMany,
    BufferManyText,
    // an event of a kind this version cannot describe
    Unknown,
};
inline constexpr int kTextIdCount = static_cast<int>(TextId::Unknown) + 1;

struct NarrationArg;

// One sentence or phrase: its template and what fills the template's placeholders. `count`
// picks the plural form (%n) of a template that has one.
struct NarrationText {
    TextId id = TextId::Unknown;
    std::vector<NarrationArg> args;
    std::optional<std::int64_t> count;

    // The argument named `name`, or nullptr.
    const NarrationArg* arg(std::string_view name) const;
};

// A placeholder's filling: text as it is shown (code already in backticks, values as literals),
// or a phrase of its own.
struct NarrationArg {
    std::string_view name;
    std::string text;
    std::vector<NarrationText> phrase; // one element when the filling is a phrase
};

} // namespace ys
