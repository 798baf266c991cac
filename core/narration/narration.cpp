// SPDX-License-Identifier: MIT
#include "core/narration/narration.hpp"

#include "core/narration/shape_from_listing.hpp"
#include "core/trace/operation.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <limits>
#include <optional>

namespace ys {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// "`code`", or an empty string when there is no code to quote.
// Code containing backticks is fenced with two, as Markdown does: ``x = `a` ``.
std::string quoted(std::string_view code)
{
    if (code.empty()) return {};
    if (contains(code, "`")) return "`` " + std::string(code) + " ``";
    return "`" + std::string(code) + "`";
}

bool isGenerator(const ProgramShape& s)
{
    return s.producer == ProducerKind::AsyncGenerator || s.producer == ProducerKind::SyncGenerator;
}

// The loop variable of `for await (const n of ...)`, or "" when the line is no such loop.
std::string loopVariable(std::string_view code)
{
    std::size_t at = code.find("for await");
    if (at == std::string_view::npos) at = code.find("for (");
    if (at == std::string_view::npos) at = code.find("for(");
    if (at == std::string_view::npos) return {};
    at = code.find('(', at);
    if (at == std::string_view::npos) return {};
    std::string_view rest = trim(code.substr(at + 1));
    for (std::string_view keyword : {"const ", "let ", "var "}) {
        if (startsWith(rest, keyword)) rest = trim(rest.substr(keyword.size()));
    }
    const std::size_t of = rest.find(" of ");
    if (of == std::string_view::npos) return {};
    return std::string(trim(rest.substr(0, of)));
}

// Building blocks of NarrationText.
NarrationArg text(std::string_view name, std::string value) { return {name, std::move(value), {}}; }

NarrationArg phrase(std::string_view name, TextId id, std::vector<NarrationArg> args = {})
{
    NarrationArg a{name, {}, {}};
    a.phrase.push_back(NarrationText{id, std::move(args), std::nullopt});
    return a;
}

NarrationText sentence(TextId id, std::vector<NarrationArg> args = {})
{
    return {id, std::move(args), std::nullopt};
}

// What an operation does, in phrases: its start, what a pause at it waits for, its completion
// as it happens and as it has happened, and its completion told in advance.
struct OperationPhrases {
    bool timer = false;
    TextId started, until, happens, happened, later;
    std::string_view argument; // the placeholder its argument fills
};

// One row per OperationKind, in the enumerators' order.
constexpr std::array kOperationPhrases{
    OperationPhrases{true, TextId::TimerStarted, TextId::TimerUntil, TextId::TimerHappens,
                     TextId::TimerHappened, TextId::TimerLater, "ms"},
    OperationPhrases{false, TextId::FetchStarted, TextId::FetchUntil, TextId::FetchHappens,
                     TextId::FetchHappened, TextId::FetchLater, "url"},
    OperationPhrases{false, TextId::JsonStarted, TextId::JsonUntil, TextId::JsonHappens, TextId::JsonHappened,
                     TextId::JsonLater, "operation"},
    OperationPhrases{false, TextId::OtherStarted, TextId::OtherUntil, TextId::OtherHappens,
                     TextId::OtherHappened, TextId::OtherLater, "operation"},
};
static_assert(kOperationPhrases.size() == static_cast<std::size_t>(OperationKind::Other) + 1,
              "every kind of operation needs its phrases");

struct DescribedOperation {
    OperationPhrases phrases;
    std::vector<NarrationArg> args; // what the phrases quote (the delay, the URL, the call)
};

DescribedOperation operationPhrases(std::string_view json)
{
    // Cut as a sentence quotes a value, then read as the trace format writes operations.
    Operation op = operationFromLabel(narratedValue(consoleText(json)));
    const OperationPhrases& phrases = kOperationPhrases.at(static_cast<std::size_t>(op.kind));
    return {phrases, {text(phrases.argument, std::move(op.argument))}};
}

// The `awaiting` event that the `settled` event `seq` completes.
std::optional<std::size_t> awaitingOf(const Trace& trace, std::size_t seq)
{
    const SpanStore& spans = trace.spans();
    // Spans are in order of their begin; the one ending here began before it, usually lately.
    auto it = std::lower_bound(spans.begin(), spans.end(), seq,
                               [](const Span& s, std::size_t v) { return s.begin < v; });
    while (it != spans.begin()) {
        --it;
        if (it->end == seq) return it->begin;
    }
    // No span recorded (a hand-made trace): the nearest earlier awaiting of the same value
    // (the same text: an id names one text, but a text may have more than one id).
    const Event& settled = trace[seq];
    const std::string_view label = trace.valueText(settled);
    for (std::size_t i = seq; i-- > 0;) {
        if (trace[i].kind == Kind::Awaiting &&
            (trace[i].value == settled.value || trace.valueText(trace[i]) == label))
            return i;
    }
    return std::nullopt;
}

// The latest event before `seq` of one of the kinds, looking back at most `limit` events.
std::optional<std::size_t> lastBefore(const Trace& trace, std::size_t seq, std::initializer_list<Kind> kinds,
                                      std::size_t limit = 4096)
{
    const std::size_t stop = seq > limit ? seq - limit : 0;
    for (std::size_t i = seq; i-- > stop;) {
        if (std::find(kinds.begin(), kinds.end(), trace[i].kind) != kinds.end()) return i;
    }
    return std::nullopt;
}

// The line awaits something itself (not only `for await`).
bool awaits(std::string_view code)
{
    for (std::size_t at = code.find("await"); at != std::string_view::npos; at = code.find("await", at + 5)) {
        const bool forAwait = at >= 4 && code.substr(at - 4, 4) == "for ";
        if (!forAwait) return true;
    }
    return false;
}

// The demo's structure as it declares it; a program of one's own has none to declare, so its
// structure is read from its text.
ProgramShape shapeOf(const Demo& demo, const Trace& trace, std::string_view listing)
{
    if (demo.shape) return demo.programShape();
    return shapeFromListing(trace, listing);
}

struct Context {
    const Trace& trace;
    std::size_t seq;
    const Event& e;
    std::string_view listing;
    std::string code; // the event's line, trimmed
    ProgramShape shape;

    std::string value() const { return narratedValue(jsLiteral(trace.valueText(e))); }
    NarrationArg codeArg() const { return text("code", quoted(code)); }
    NarrationArg loop() const
    {
        // One of several loops: the loop whose event this is, by its line.
        const Instance one = instance(Actor::Consumer);
        if (!one.line.empty()) {
            return phrase("loop", shape.asyncLoop ? TextId::LoopForAwaitAt : TextId::LoopForOfAt,
                          {text("line", one.line)});
        }
        return phrase("loop", shape.asyncLoop ? TextId::LoopForAwait : TextId::LoopForOf);
    }
    NarrationArg producer() const
    {
        // One of several generators: the generator whose event this is, by its name.
        const Instance one = instance(Actor::Producer);
        if (!one.name.empty())
            return phrase("producer", TextId::GeneratorNamed, {text("name", quoted(one.name))});
        return phrase("producer", isGenerator(shape) ? TextId::Generator : TextId::IteratorNext);
    }
    // The loop or generator of this event, when the run has several of its kind (names from
    // the engine: "numbers, line 2", "for await, line 12"); empty otherwise.
    struct Instance {
        std::string name; // "numbers()", for a generator
        std::string line; // "12", for a loop
    };
    Instance instance(Actor actor) const
    {
        const std::vector<std::string>& names = trace.instanceNames();
        const std::uint16_t id = trace.instance(seq);
        if (e.actor != actor || id == 0 || id >= names.size()) return {};
        auto isLoop = [](std::string_view n) {
            return startsWith(n, "for await, ") || startsWith(n, "for, ");
        };
        const bool loop = isLoop(names[id]);
        if (loop != (actor == Actor::Consumer)) return {};
        const auto alike = std::count_if(names.begin() + 1, names.end(),
                                         [&](const std::string& n) { return isLoop(n) == loop; });
        if (alike < 2) return {};
        const std::size_t comma = names[id].rfind(", line ");
        if (comma == std::string::npos) return {};
        if (loop) return {{}, names[id].substr(comma + 7)};
        return {names[id].substr(0, comma) + "()", {}};
    }
    NarrationArg runner(std::string_view name, Runner r) const
    {
        if (r == Runner::Producer) {
            NarrationArg a = producer();
            a.name = name;
            return a;
        }
        return phrase(name, r == Runner::LoopBody ? TextId::LoopBody : TextId::Program);
    }
};

NarrationText nextCalled(const Context& c)
{
    const bool first =
        !lastBefore(c.trace, c.seq, {Kind::NextCalled, Kind::ReturnCalled}).has_value() && c.seq < 4096;
    const bool generator = isGenerator(c.shape);
    if (first) {
        const NarrationArg waits =
            phrase("waits", c.shape.asyncLoop ? TextId::WaitsForPromise : TextId::GetsAnswerAtOnce);
        if (c.code.empty()) {
            return sentence(generator ? TextId::NextFirstGenerator : TextId::NextFirstIterator,
                            {c.loop(), waits});
        }
        return sentence(generator ? TextId::NextFirstCodeGenerator : TextId::NextFirstCodeIterator,
                        {c.codeArg(), waits});
    }
    const NarrationArg target = phrase("target", generator ? TextId::NextOnGenerator : TextId::IteratorNext);
    return sentence(c.shape.asyncLoop ? TextId::NextAgain : TextId::NextAgainSync, {c.loop(), target});
}

NarrationText returnCalled(const Context& c)
{
    const NarrationArg producer =
        phrase("producer", isGenerator(c.shape) ? TextId::Generator : TextId::Iterator);
    if (contains(c.code, "break")) return sentence(TextId::ReturnAtBreak, {c.codeArg(), c.loop(), producer});
    if (!c.code.empty()) return sentence(TextId::ReturnAtCode, {c.codeArg(), c.loop(), producer});
    return sentence(TextId::ReturnNoCode, {c.loop(), producer});
}

NarrationText resumed(const Context& c)
{
    const bool hasCode = !c.code.empty();
    const Kind prev = c.seq > 0 ? c.trace[c.seq - 1].kind : Kind::Log;

    if (c.seq > 0 && prev == Kind::Settled) {
        const DescribedOperation op = operationPhrases(c.trace.valueText(c.trace[c.seq - 1]));
        std::vector<NarrationArg> args{phrase("happened", op.phrases.happened, op.args), c.producer()};
        if (!hasCode) return sentence(TextId::ResumedAfterOperationNoCode, std::move(args));
        args.push_back(c.codeArg());
        return sentence(TextId::ResumedAfterOperation, std::move(args));
    }
    if (c.seq > 0 && prev == Kind::ReturnCalled) {
        if (!hasCode) return sentence(TextId::ResumedByReturnNoCode, {c.producer()});
        return sentence(TextId::ResumedByReturn, {c.producer(), c.codeArg()});
    }
    if (c.e.line != 0 && c.e.line == c.shape.producerFirst) {
        const bool again = lastBefore(c.trace, c.seq, {Kind::Resumed}).has_value();
        TextId id{};
        if (isGenerator(c.shape)) {
            id = again ? (hasCode ? TextId::GeneratorStartsAgain : TextId::GeneratorStartsAgainNoCode)
                       : (hasCode ? TextId::GeneratorStarts : TextId::GeneratorStartsNoCode);
        } else {
            id = again ? (hasCode ? TextId::IteratorStartsAgain : TextId::IteratorStartsAgainNoCode)
                       : (hasCode ? TextId::IteratorStarts : TextId::IteratorStartsNoCode);
        }
        if (!hasCode) return sentence(id);
        return sentence(id, {c.codeArg()});
    }
    if (contains(c.code, "yield")) {
        if (std::optional<std::size_t> y = lastBefore(c.trace, c.seq, {Kind::Yielded})) {
            return sentence(TextId::ResumedAfterYieldOf,
                            {c.producer(), c.codeArg(),
                             text("value", narratedValue(jsLiteral(c.trace.valueText(c.trace[*y]))))});
        }
        return sentence(TextId::ResumedAfterYield, {c.producer(), c.codeArg()});
    }
    if (awaits(c.code)) return sentence(TextId::ResumedAfterAwait, {c.codeArg(), c.producer()});
    if (!hasCode) return sentence(TextId::ResumesNoCode, {c.producer()});
    return sentence(TextId::Resumes, {c.producer(), c.codeArg()});
}

NarrationText awaiting(const Context& c)
{
    const DescribedOperation op = operationPhrases(c.trace.valueText(c.e));
    const Runner who = runnerOf(c.shape, c.e.line);
    if (awaits(c.code) || c.code.empty()) {
        std::vector<NarrationArg> args{phrase("started", op.phrases.started, op.args),
                                       phrase("until", op.phrases.until, op.args)};
        if (who == Runner::LoopBody) {
            args.push_back(c.producer());
            if (c.code.empty()) return sentence(TextId::AwaitingPausesLoopBodyNoCode, std::move(args));
            args.push_back(c.codeArg());
            return sentence(TextId::AwaitingPausesLoopBody, std::move(args));
        }
        args.push_back(c.runner("who", who));
        if (c.code.empty()) return sentence(TextId::AwaitingPausesNoCode, std::move(args));
        args.push_back(c.codeArg());
        return sentence(TextId::AwaitingPauses, std::move(args));
    }
    return sentence(TextId::AwaitingRunsOn, {c.codeArg(), phrase("started", op.phrases.started, op.args),
                                             phrase("later", op.phrases.later, op.args)});
}

NarrationText settled(const Context& c)
{
    const DescribedOperation op = operationPhrases(c.trace.valueText(c.e));
    const std::optional<std::size_t> begin = awaitingOf(c.trace, c.seq);
    const std::int64_t waited = begin ? c.e.t - c.trace[*begin].t : 0;
    NarrationArg when;
    const NarrationArg happens = phrase("happens", op.phrases.happens, op.args);
    if (op.phrases.timer) {
        when = phrase("when", TextId::SettledTimerAt, {happens, text("t", std::to_string(c.e.t))});
    } else if (waited > 0) {
        when = phrase("when", TextId::SettledAfter, {happens, text("waited", std::to_string(waited))});
    } else if (begin) {
        when = phrase("when", TextId::SettledAtOnce, {happens});
    } else {
        when = phrase("when", TextId::SettledPlain, {happens});
    }
    const int line = begin ? c.trace[*begin].line : c.e.line;
    const Runner who = runnerOf(c.shape, line);
    const std::string code = codeOfLine(c.listing, line);
    if (awaits(code) && who != Runner::Program)
        return sentence(TextId::SettledAwaitedBy, {when, c.runner("who", who)});
    return sentence(TextId::SettledPromise, {when});
}

NarrationText yielded(const Context& c)
{
    const std::string v = c.value();
    std::vector<NarrationArg> args{text("value", v), text("result", "{value: " + v + ", done: false}")};
    if (!c.code.empty()) args.push_back(c.codeArg());
    if (contains(c.code, "yield") || (c.code.empty() && isGenerator(c.shape))) {
        if (c.shape.producer == ProducerKind::SyncGenerator)
            return sentence(c.code.empty() ? TextId::YieldedSyncNoCode : TextId::YieldedSync,
                            std::move(args));
        return sentence(c.code.empty() ? TextId::YieldedNoCode : TextId::Yielded, std::move(args));
    }
    return sentence(c.code.empty() ? TextId::AnswersNextNoCode : TextId::AnswersNext, std::move(args));
}

NarrationText valueReceived(const Context& c)
{
    const std::string var = loopVariable(c.code);
    if (var.empty()) return sentence(TextId::Received, {c.loop(), text("value", c.value())});
    return sentence(TextId::ReceivedInto,
                    {c.loop(), text("value", c.value()), text("variable", "`" + var + "`")});
}

NarrationText done(const Context& c)
{
    const std::optional<std::size_t> call =
        lastBefore(c.trace, c.seq, {Kind::NextCalled, Kind::ReturnCalled});
    const bool afterReturn = call && c.trace[*call].kind == Kind::ReturnCalled;
    const std::string_view json = c.trace.valueText(c.e);
    const NarrationArg result =
        text("result",
             json == "null" ? "{done: true}" : "{value: " + narratedValue(jsLiteral(json)) + ", done: true}");
    const bool async = c.shape.asyncLoop;
    if (afterReturn)
        return sentence(async ? TextId::DoneAfterReturnAsync : TextId::DoneAfterReturnSync,
                        {result, c.producer()});
    if (isGenerator(c.shape))
        return sentence(async ? TextId::DoneGeneratorAsync : TextId::DoneGeneratorSync, {result, c.loop()});
    return sentence(async ? TextId::DoneIteratorAsync : TextId::DoneIteratorSync, {result, c.loop()});
}

NarrationText cleanup(const Context& c)
{
    const bool generator = isGenerator(c.shape);
    if (c.code.empty())
        return sentence(generator ? TextId::CleanupGeneratorNoCode : TextId::CleanupIteratorNoCode);
    return sentence(generator ? TextId::CleanupGenerator : TextId::CleanupIterator, {c.codeArg()});
}

NarrationText error(const Context& c)
{
    const NarrationArg message = text("message", narratedValue(consoleText(c.trace.valueText(c.e))));
    if (c.code.empty()) return sentence(TextId::RejectedNoCode, {message, c.loop()});
    return sentence(TextId::Rejected, {message, c.loop(), c.codeArg()});
}

NarrationText log(const Context& c)
{
    std::string printed = narratedValue(consoleText(c.trace.valueText(c.e)));
    // Line breaks are told, not printed into the sentence.
    bool onlyBreaks = false;
    bool breakFirst = false;
    if (!printed.empty() && printed.front() == '\n') {
        const std::size_t start = printed.find_first_not_of('\n');
        onlyBreaks = start == std::string::npos;
        breakFirst = !onlyBreaks;
        if (breakFirst) printed.erase(0, start);
    }
    std::replace(printed.begin(), printed.end(), '\n', ' ');
    NarrationArg what;
    if (onlyBreaks) {
        what = phrase("what", TextId::PrintsLineBreak);
    } else if (trim(printed).empty()) {
        what = phrase("what", TextId::PrintsEmptyLine);
    } else if (contains(printed, " ")) {
        // Several words are quoted, so that the sentence's words and the printed ones don't mix.
        what = phrase("what", TextId::PrintsQuoted, {text("text", printed)});
    } else {
        what = phrase("what", TextId::PrintsPlain, {text("text", printed)});
    }
    if (breakFirst) what = phrase("what", TextId::PrintsLineBreakThen, {what});
    if (c.code.empty()) return sentence(TextId::ProgramPrints, {what});
    return sentence(TextId::Prints, {c.codeArg(), what});
}

NarrationText arrived(const Context& c)
{
    if (c.code.empty()) return sentence(TextId::ArrivedNoCode, {text("value", c.value())});
    return sentence(TextId::Arrived, {text("value", c.value()), c.codeArg()});
}

NarrationText buffer(const Context& c)
{
    const std::string_view json = c.trace.valueText(c.e);
    if (json == "0") return sentence(TextId::BufferEmpty);
    const std::string count = narratedValue(jsLiteral(json));
    // A count the plural forms can take (a hand-made trace may hold any value here).
    std::int64_t n = 0;
    const auto [end, failure] = std::from_chars(count.data(), count.data() + count.size(), n);
    const bool fits = n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max();
    if (failure != std::errc() || end != count.data() + count.size() || std::to_string(n) != count || !fits)
        return sentence(TextId::BufferManyText, {text("count", count)});
    NarrationText t = sentence(n == 1 ? TextId::BufferOne : TextId::BufferMany);
    t.count = n;
    return t;
}

// The sentence of each kind, in the enumerators' order (the order of kindTable()). A kind
// added without its sentence fails the static_assert.
using Describe = NarrationText (*)(const Context&);
constexpr std::array kDescribe{nextCalled, returnCalled, resumed, awaiting, settled, yielded, valueReceived,
                               done,       cleanup,      error,   log,      arrived, buffer};
static_assert(kDescribe.size() == kKindCount, "every kind of event needs its sentence in kDescribe");

} // namespace

std::string codeOfLine(std::string_view listing, int line)
{
    if (line <= 0) return {};
    std::size_t start = 0;
    for (int i = 1; i < line; ++i) {
        const std::size_t nl = listing.find('\n', start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
    }
    std::size_t end = listing.find('\n', start);
    if (end == std::string_view::npos) end = listing.size();
    std::string_view text = listing.substr(start, end - start);

    // Cut a trailing // comment, minding strings and template literals.
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quote != 0) {
            if (ch == '\\') {
                ++i;
            } else if (ch == quote) {
                quote = 0;
            }
        } else if (ch == '"' || ch == '\'' || ch == '`') {
            quote = ch;
        } else if (ch == '/' && i + 1 < text.size() && text[i + 1] == '/') {
            text = text.substr(0, i);
            break;
        }
    }
    return std::string(trim(text));
}

NarrationText describeEvent(const Demo& demo, const Trace& trace, std::size_t seq, std::string_view listing)
{
    if (seq >= trace.size()) return sentence(TextId::Unknown);
    const Event& e = trace[seq];
    const Context c{trace, seq, e, listing, codeOfLine(listing, e.line), shapeOf(demo, trace, listing)};
    // The sentence of each kind, in the enumerators' order (kindTable()'s order).
    return kDescribe.at(static_cast<std::size_t>(e.kind))(c);
}

} // namespace ys
