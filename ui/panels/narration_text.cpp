// SPDX-License-Identifier: MIT
#include "ui/panels/narration_text.hpp"

#include "core/narration/narration.hpp"
#include "core/trace/event_vocabulary.hpp"

namespace ys::ui {
namespace {

// A placeholder's name as it is filled: {Loop} is the argument "loop", capitalised.
QString argumentName(const QString& placeholder)
{
    QString name = placeholder;
    if (!name.isEmpty()) name[0] = name[0].toLower();
    return name;
}

bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

// Calls `found(start, length, name)` for each {name} of `templ`.
template <class Found>
void forEachPlaceholder(const QString& templ, Found found)
{
    for (qsizetype i = 0; i < templ.size(); ++i) {
        if (templ[i] != QLatin1Char('{')) continue;
        qsizetype end = i + 1;
        while (end < templ.size() && isNameChar(templ[end]))
            ++end;
        if (end == i + 1 || end >= templ.size() || templ[end] != QLatin1Char('}')) continue;
        found(i, end + 1 - i, templ.mid(i + 1, end - i - 1));
        i = end;
    }
}

QString argumentText(const NarrationArg& arg)
{
    if (!arg.phrase.empty()) return NarrationWords::text(arg.phrase.front());
    return QString::fromStdString(arg.text);
}

} // namespace

QString NarrationWords::text(const NarrationText& text)
{
    if (text.id == TextId::Unknown) return {}; // no event: no sentence
    const QString templ = templateOf(text.id, text.count.value_or(1));
    QString out;
    out.reserve(templ.size() + 64);
    qsizetype copied = 0;
    forEachPlaceholder(templ, [&](qsizetype start, qsizetype length, const QString& placeholder) {
        const QByteArray name = argumentName(placeholder).toUtf8();
        const NarrationArg* arg =
            text.arg(std::string_view(name.constData(), static_cast<std::size_t>(name.size())));
        if (arg == nullptr) return; // left as written: the tests find it
        out += QStringView(templ).mid(copied, start - copied);
        QString value = argumentText(*arg);
        if (!value.isEmpty() && placeholder[0].isUpper()) value[0] = value[0].toUpper();
        out += value;
        copied = start + length;
    });
    out += QStringView(templ).mid(copied);
    return out;
}

QStringList NarrationWords::unfilled(const NarrationText& text)
{
    QStringList missing;
    if (text.id == TextId::Unknown) return missing;
    forEachPlaceholder(templateOf(text.id, text.count.value_or(1)), [&](qsizetype, qsizetype,
                                                                        const QString& p) {
        const QByteArray name = argumentName(p).toUtf8();
        if (text.arg(std::string_view(name.constData(), static_cast<std::size_t>(name.size()))) == nullptr)
            missing << p;
    });
    for (const NarrationArg& arg : text.args) {
        if (!arg.phrase.empty()) missing << unfilled(arg.phrase.front());
    }
    return missing;
}

// Each template of the narration. Code is quoted in backticks: a view sets it in a code font.
// A placeholder starting with a capital starts a sentence: its filling is capitalised.
QString NarrationWords::templateOf(TextId id, std::int64_t count)
{
    switch (id) {
    // Names of the program's pieces, filling {loop}, {producer}, {who} and {target}.
    case TextId::LoopForAwait:
        //: The loop that consumes an async iterator ({loop}).
        return tr("the for await loop");
    case TextId::LoopForOf:
        //: The loop that consumes a plain iterator ({loop}).
        return tr("the for...of loop");
    case TextId::LoopForAwaitAt:
        //: One of several loops consuming async iterators, told apart by its line ({loop}).
        return tr("the for await loop on line {line}");
    case TextId::LoopForOfAt:
        //: One of several loops consuming plain iterators, told apart by its line ({loop}).
        return tr("the for...of loop on line {line}");
    case TextId::GeneratorNamed:
        //: One of several generators, told apart by its name in code font, `numbers()` ({producer}).
        return tr("the generator {name}");
    case TextId::Generator:
        //: A generator function producing the values ({producer}).
        return tr("the generator");
    case TextId::Iterator:
        //: An iterator object producing the values ({producer} of return()).
        return tr("the iterator");
    case TextId::IteratorNext:
        //: An iterator's hand-written next() producing the values ({producer}, {target}).
        return tr("the iterator's next()");
    case TextId::NextOnGenerator:
        //: What the loop calls when the producer is a generator ({target}).
        return tr("next() on the generator");
    case TextId::LoopBody:
        //: The statements inside the loop ({who} runs a line).
        return tr("the loop body");
    case TextId::Program:
        //: Code outside the producer and the loop ({who} runs a line).
        return tr("the program");
    case TextId::WaitsForPromise:
        //: Ends the first next() sentence of a for await loop ({waits}).
        return tr("and waits for the promise it returns");
    case TextId::GetsAnswerAtOnce:
        //: Ends the first next() sentence of a for...of loop ({waits}).
        return tr("and gets its answer at once, without waiting");

    // What operations do. {ms}: a delay in milliseconds; {url}: a request's URL; {operation}:
    // the operation as the program wrote it (res.json(), magic(2)).
    case TextId::TimerStarted:
        //: A setTimeout starts ({started}).
        return tr("starts a {ms} ms timer");
    case TextId::TimerUntil:
        //: What a pause at a timer's await waits for ({until}).
        return tr("until it fires");
    case TextId::TimerHappens:
        //: A timer completes, told as it happens ({happens}).
        return tr("the {ms} ms timer fires");
    case TextId::TimerHappened:
        //: A timer completed, told after the fact ({happened}).
        return tr("the timer has fired");
    case TextId::TimerLater:
        //: A timer's completion told in advance ({later}).
        return tr("which fires {ms} ms from now");
    case TextId::FetchStarted:
        //: A fetch() starts ({started}).
        return tr("sends the request for {url}");
    case TextId::FetchUntil:
        //: What a pause at a fetch's await waits for ({until}).
        return tr("until the response arrives");
    case TextId::FetchHappens:
        //: A fetch completes, told as it happens ({happens}).
        return tr("the response for {url} arrives");
    case TextId::FetchHappened:
        //: A fetch completed, told after the fact ({happened}).
        return tr("the response has arrived");
    case TextId::FetchLater:
        //: A fetch's completion told in advance ({later}).
        return tr("whose response comes later");
    case TextId::JsonStarted:
        //: res.json() starts parsing a response ({started}).
        return tr("asks {operation} for the parsed page");
    case TextId::JsonUntil:
        //: What a pause at res.json()'s await waits for ({until}).
        return tr("until it is ready");
    case TextId::JsonHappens:
        //: res.json() completes, told as it happens ({happens}).
        return tr("the parsed page from {operation} is ready");
    case TextId::JsonHappened:
        //: res.json() completed, told after the fact ({happened}).
        return tr("the parsed page is ready");
    case TextId::JsonLater:
        //: res.json()'s completion told in advance ({later}).
        return tr("which is ready a moment later");
    case TextId::OtherStarted:
        //: Any other operation starts ({started}).
        return tr("starts {operation}");
    case TextId::OtherUntil:
        //: What a pause at any other operation's await waits for ({until}).
        return tr("until it completes");
    case TextId::OtherHappens:
        //: Any other operation completes, told as it happens ({happens}).
        return tr("the operation {operation} completes");
    case TextId::OtherHappened:
        //: Any other operation completed, told after the fact ({happened}).
        return tr("the operation {operation} has completed");
    case TextId::OtherLater:
        //: Any other operation's completion told in advance ({later}).
        return tr("which completes later");

    // next_called
    case TextId::NextFirstCodeGenerator:
        //: The loop's first next() call on a generator, quoting the loop's line.
        return tr(
            "The loop {code} starts: it calls next() on the generator, whose body has not run a single line "
            "yet, {waits}.");
    case TextId::NextFirstCodeIterator:
        //: The loop's first next() call on an iterator, quoting the loop's line.
        return tr("The loop {code} starts: it calls the iterator's next() {waits}.");
    case TextId::NextFirstGenerator:
        //: The loop's first next() call on a generator, no line known.
        return tr(
            "{Loop} starts: it calls next() on the generator, whose body has not run a single line yet, "
            "{waits}.");
    case TextId::NextFirstIterator:
        //: The loop's first next() call on an iterator, no line known.
        return tr("{Loop} starts: it calls the iterator's next() {waits}.");
    case TextId::NextAgainSync:
        //: A later next() call of a for...of loop.
        return tr("{Loop} calls {target} again for the next value.");
    case TextId::NextAgain:
        //: A later next() call of a for await loop.
        return tr("{Loop} calls {target} again and waits for the promise of the next value.");

    // return_called
    case TextId::ReturnAtBreak:
        //: The loop calls return() because of the quoted break statement.
        return tr(
            "{code} leaves the loop early, so {loop} calls return() on {producer} to tell it that no more "
            "values are wanted.");
    case TextId::ReturnAtCode:
        //: The loop calls return() at the quoted line (no break on it).
        return tr(
            "The loop is left early at {code}, so {loop} calls return() on {producer} to tell it that no "
            "more values are wanted.");
    case TextId::ReturnNoCode:
        //: The loop calls return(), no line known.
        return tr(
            "The loop is left early, so {loop} calls return() on {producer} to tell it that no more values "
            "are wanted.");

    // resumed
    case TextId::ResumedAfterOperation:
        //: The producer continues after the operation it awaited at the quoted line completed.
        return tr("Now that {happened}, {producer} continues after {code}.");
    case TextId::ResumedAfterOperationNoCode:
        //: The producer continues after the operation it awaited completed, no line known.
        return tr("Now that {happened}, {producer} continues.");
    case TextId::ResumedByReturn:
        //: return() wakes the producer paused at the quoted line, which then finishes.
        return tr(
            "return() wakes {producer} at {code}, but instead of continuing it acts as if `return` stood "
            "there, so the body finishes.");
    case TextId::ResumedByReturnNoCode:
        //: return() wakes the producer, which then finishes; no line known.
        return tr(
            "return() wakes {producer}, but instead of continuing it acts as if `return` stood there, so "
            "the body finishes.");
    case TextId::GeneratorStarts:
        //: The first next() starts a generator's body; {code} is its first line.
        return tr(
            "next() wakes the generator for the first time: its body starts running at the top, {code}.");
    case TextId::GeneratorStartsNoCode:
        //: The first next() starts a generator's body; no line known.
        return tr("next() wakes the generator for the first time: its body starts running at the top.");
    case TextId::GeneratorStartsAgain:
        //: A generator's body starts at its top again (another generator object).
        return tr("next() runs the generator's body again from the top, {code}.");
    case TextId::GeneratorStartsAgainNoCode:
        //: A generator's body starts at its top again; no line known.
        return tr("next() runs the generator's body again from the top.");
    case TextId::IteratorStarts:
        //: A hand-written async next() starts for the first time; {code} is its header.
        return tr("The iterator's async next() starts running: {code}.");
    case TextId::IteratorStartsNoCode:
        //: A hand-written async next() starts for the first time; no line known.
        return tr("The iterator's async next() starts running.");
    case TextId::IteratorStartsAgain:
        //: A hand-written async next() runs again, for the next value.
        return tr("This call runs the iterator's async next() from the top again: {code}.");
    case TextId::IteratorStartsAgainNoCode:
        //: A hand-written async next() runs again; no line known.
        return tr("This call runs the iterator's async next() from the top again.");
    case TextId::ResumedAfterYieldOf:
        //: next() resumes a generator paused at the quoted yield, which handed out {value}.
        return tr(
            "next() wakes {producer} again: it continues right after {code}, which handed out {value}.");
    case TextId::ResumedAfterYield:
        //: next() resumes a generator paused at the quoted yield.
        return tr("next() wakes {producer} again: it continues right after {code}.");
    case TextId::ResumedAfterAwait:
        //: The producer continues after the quoted await.
        return tr("The promise awaited at {code} has resolved, so {producer} continues after it.");
    case TextId::Resumes:
        //: The producer resumes at the quoted line, for no reason the trace shows.
        return tr("{Producer} resumes at {code}.");
    case TextId::ResumesNoCode:
        //: The producer resumes; no line known.
        return tr("{Producer} resumes.");

    // awaiting
    case TextId::AwaitingPauses:
        //: An operation starts at the quoted await, and {who} (the producer or the program) pauses.
        return tr("{code} {started}, and {who} pauses at this await {until}.");
    case TextId::AwaitingPausesNoCode:
        //: An operation starts at an await of {who}; no line known.
        return tr("{Who} {started}, and {who} pauses at this await {until}.");
    case TextId::AwaitingPausesLoopBody:
        //: An operation starts at the quoted await in the loop's body, which holds up the producer.
        return tr("{code} {started}, and the loop body pauses at this await {until}; meanwhile nobody asks "
                  "{producer} for more.");
    case TextId::AwaitingPausesLoopBodyNoCode:
        //: An operation starts at an await in the loop's body; no line known.
        return tr("The loop body {started}, and the loop body pauses at this await {until}; meanwhile nobody "
                  "asks {producer} for more.");
    case TextId::AwaitingRunsOn:
        //: An operation starts at the quoted line, which does not await it.
        return tr("{code} {started}, {later}.");

    // settled: {when} is one of the four phrases below.
    case TextId::SettledTimerAt:
        //: When a timer fires, at virtual time {t} milliseconds ({when}).
        return tr("{Happens} at t = {t} ms");
    case TextId::SettledAfter:
        //: When an operation completes, {waited} milliseconds after it started ({when}).
        return tr("After {waited} ms, {happens}");
    case TextId::SettledAtOnce:
        //: When an operation completes in the same instant it started ({when}).
        return tr("{Happens} at once");
    case TextId::SettledPlain:
        //: When an operation whose start is unknown completes ({when}).
        return tr("{Happens}");
    case TextId::SettledAwaitedBy:
        //: An operation completes and the await of {who} resolves.
        return tr("{when}: the promise that {who} awaits resolves.");
    case TextId::SettledPromise:
        //: An operation completes; nobody known awaits it.
        return tr("{when}: its promise resolves.");

    // yielded. {result} is an iterator result as code: {value: 3, done: false}.
    case TextId::YieldedSync:
        //: A synchronous generator yields {value} at the quoted line.
        return tr("{code} hands out {value}: next() returns {result} at once, and the generator pauses right "
                  "here.");
    case TextId::YieldedSyncNoCode:
        //: A synchronous generator yields {value}; no line known.
        return tr(
            "The generator yields {value}: next() returns {result} at once, and the generator pauses right "
            "here.");
    case TextId::Yielded:
        //: An async generator yields {value} at the quoted line.
        return tr("{code} hands out {value}: the promise next() returned resolves with {result}, and the "
                  "generator pauses right here.");
    case TextId::YieldedNoCode:
        //: An async generator yields {value}; no line known.
        return tr("The generator yields {value}: the promise next() returned resolves with {result}, and the "
                  "generator pauses right here.");
    case TextId::AnswersNext:
        //: A hand-written next() answers with {value} at the quoted line.
        return tr("{code} answers next() with the value {value}: its promise resolves with {result}.");
    case TextId::AnswersNextNoCode:
        //: A hand-written next() answers with {value}; no line known.
        return tr("next() answers with the value {value}: its promise resolves with {result}.");

    // value_received
    case TextId::Received:
        //: The loop receives {value}; its variable is not known.
        return tr("{Loop} receives {value} and runs its body.");
    case TextId::ReceivedInto:
        //: The loop receives {value} into its variable {variable} (quoted as code).
        return tr("{Loop} receives {value} and runs its body with {variable} = {value}.");

    // done. {result}: {done: true}, or {value: x, done: true}.
    case TextId::DoneAfterReturnAsync:
        //: return()'s promise resolves after the loop was left early (for await).
        return tr(
            "return() resolves with {result}: {producer} is finished, and the program continues after the "
            "loop.");
    case TextId::DoneAfterReturnSync:
        //: return() returns after the loop was left early (for...of).
        return tr(
            "return() returns {result}: {producer} is finished, and the program continues after the loop.");
    case TextId::DoneGeneratorAsync:
        //: An async generator's body ended: the loop ends.
        return tr("next() resolves with {result}: the generator's body has ended, so {loop} ends.");
    case TextId::DoneGeneratorSync:
        //: A synchronous generator's body ended: the loop ends.
        return tr("next() returns {result}: the generator's body has ended, so {loop} ends.");
    case TextId::DoneIteratorAsync:
        //: A hand-written async next() says it is done: the loop ends.
        return tr("The iterator's next() resolves with {result}, so {loop} ends.");
    case TextId::DoneIteratorSync:
        //: A hand-written next() says it is done: the loop ends.
        return tr("The iterator's next() returns {result}, so {loop} ends.");

    // cleanup
    case TextId::CleanupGenerator:
        //: A generator's finally block runs the quoted line.
        return tr(
            "The generator's cleanup runs ({code}): a finally block runs however the loop ends, even when "
            "it stops early.");
    case TextId::CleanupGeneratorNoCode:
        //: A generator's finally block runs; no line known.
        return tr(
            "The generator's cleanup runs: a finally block runs however the loop ends, even when it stops "
            "early.");
    case TextId::CleanupIterator:
        //: An iterator's cleanup (its return()) runs the quoted line.
        return tr(
            "The iterator's cleanup runs ({code}): a finally block runs however the loop ends, even when it "
            "stops early.");
    case TextId::CleanupIteratorNoCode:
        //: An iterator's cleanup runs; no line known.
        return tr(
            "The iterator's cleanup runs: a finally block runs however the loop ends, even when it stops "
            "early.");

    // error. {message}: the error's message as the program wrote it.
    case TextId::Rejected:
        //: next()'s promise rejects; the loop throws at the quoted line.
        return tr(
            "The promise of next() rejects with the error \"{message}\", so {loop} throws it at {code} and "
            "the loop stops.");
    case TextId::RejectedNoCode:
        //: next()'s promise rejects; no line known.
        return tr(
            "The promise of next() rejects with the error \"{message}\", so {loop} throws it and the loop "
            "stops.");

    // log: {what} is one of the phrases after these two.
    case TextId::Prints:
        //: The quoted console.log line prints {what}.
        return tr("{code} prints {what} to the console.");
    case TextId::ProgramPrints:
        //: Something prints {what}; no line known.
        return tr("The program prints {what} to the console.");
    case TextId::PrintsLineBreak:
        //: What is printed: only line breaks ({what}).
        return tr("a line break");
    case TextId::PrintsLineBreakThen:
        //: What is printed: a line break, then more ({what}).
        return tr("a line break, then {what}");
    case TextId::PrintsEmptyLine:
        //: What is printed: nothing visible ({what}).
        return tr("an empty line");
    case TextId::PrintsQuoted:
        //: What is printed: several words, {text} exactly as printed ({what}).
        return tr("\"{text}\"");
    case TextId::PrintsPlain:
        //: What is printed: one word or number, {text} exactly as printed ({what}).
        return tr("{text}");

    // arrived
    case TextId::Arrived:
        //: A source (a socket, a stream) pushes {value} unasked, at the quoted line.
        return tr("New data arrives by itself, without anyone asking for it: {value} (from {code}).");
    case TextId::ArrivedNoCode:
        //: A source pushes {value} unasked; no line known.
        return tr("New data arrives by itself, without anyone asking for it: {value}.");

    // buffer
    case TextId::BufferEmpty:
        //: The producer's buffer of waiting items became empty.
        return tr("The buffer is empty again: the next value will have to be waited for.");
    case TextId::BufferOne:
        //: One item waits in the producer's buffer (%n is 1).
        return tr("%n item now waits in the buffer until the loop asks for it with next().", nullptr,
                  static_cast<int>(count));
    case TextId::BufferMany:
        //: %n items wait in the producer's buffer (any count but 0 and 1).
        return tr("%n items now wait in the buffer until the loop asks for them with next().", nullptr,
                  static_cast<int>(count));
    case TextId::BufferManyText:
        //: A count of waiting items that is not a whole number ({count}, from a hand-made trace).
        return tr("{count} items now wait in the buffer until the loop asks for them with next().");

    case TextId::Unknown:
        break;
    }
    return {};
}

QString narrate(const Demo& demo, const Trace& trace, std::size_t seq, std::string_view listing)
{
    return NarrationWords::text(describeEvent(demo, trace, seq, listing));
}

QString kindBadge(Kind kind)
{
    return QCoreApplication::translate(kVocabularyContext, kindInfo(kind).badge.data());
}

QString actorBadge(Actor actor)
{
    return QCoreApplication::translate(kVocabularyContext, actorLabel(actor).data());
}

QString kindQuizWords(Kind kind)
{
    return QCoreApplication::translate(kVocabularyContext, kindInfo(kind).quizWords.data());
}

} // namespace ys::ui
