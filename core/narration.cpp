// SPDX-License-Identifier: MIT
#include "narration.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
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

std::string millis(std::int64_t ms) { return std::to_string(ms) + " ms"; }

// What the listing's pieces are, found once per sentence: who produces the values and which
// loop consumes them, with the lines their bodies span.
enum class ProducerKind { AsyncGenerator, SyncGenerator, IteratorNext, None };

struct Scene {
    ProducerKind producer = ProducerKind::None;
    int producerFirst = 0; // header line of the producer's body
    int producerLast = 0;  // its closing line
    bool asyncLoop = true; // for await, or a plain for...of
    int loopFirst = 0;     // the loop's header line
    int loopLast = 0;      // its closing line
};

// The line where the braces opened on `first` close again (first itself when none open).
int closingLine(std::string_view listing, int first)
{
    if (first <= 0) return 0;
    int line = 1;
    int depth = 0;
    bool opened = false;
    char quote = 0;
    for (std::size_t i = 0; i < listing.size(); ++i) {
        const char ch = listing[i];
        if (ch == '\n') {
            if (line >= first && opened && depth <= 0) return line;
            ++line;
            continue;
        }
        if (line < first) continue;
        if (quote != 0) {
            if (ch == '\\') {
                ++i;
            } else if (ch == quote) {
                quote = 0;
            }
            continue;
        }
        if (ch == '"' || ch == '\'' || ch == '`') {
            quote = ch;
        } else if (ch == '/' && i + 1 < listing.size() && listing[i + 1] == '/') {
            while (i + 1 < listing.size() && listing[i + 1] != '\n')
                ++i;
        } else if (ch == '{') {
            ++depth;
            opened = true;
        } else if (ch == '}') {
            --depth;
            if (opened && depth == 0) return line;
        }
    }
    return opened ? line : first;
}

ProducerKind producerKindOf(std::string_view header)
{
    const bool star = contains(header, "function*") || contains(header, "function *") ||
                      contains(header, "async *") || contains(header, "async*") || contains(header, "*[");
    if (star) return contains(header, "async") ? ProducerKind::AsyncGenerator : ProducerKind::SyncGenerator;
    if (contains(header, "next(")) return ProducerKind::IteratorNext;
    return ProducerKind::None;
}

Scene sceneOf(const Trace& trace, std::string_view listing)
{
    Scene scene;
    // The producer's header: where its body first resumed, else the listing's first
    // generator or next() header.
    const std::size_t look = std::min<std::size_t>(trace.size(), 4096);
    for (std::size_t i = 0; i < look; ++i) {
        const Event& e = trace[i];
        if (e.actor == Actor::Producer && e.kind == Kind::Resumed && e.line != 0) {
            scene.producerFirst = e.line;
            break;
        }
    }
    if (scene.producerFirst == 0) {
        int line = 1;
        for (std::size_t start = 0; start <= listing.size(); ++line) {
            std::size_t end = listing.find('\n', start);
            if (end == std::string_view::npos) end = listing.size();
            const std::string_view text = listing.substr(start, end - start);
            if (producerKindOf(text) != ProducerKind::None && contains(text, "{")) {
                scene.producerFirst = line;
                break;
            }
            start = end + 1;
        }
    }
    if (scene.producerFirst != 0) {
        scene.producer = producerKindOf(codeOfLine(listing, scene.producerFirst));
        if (scene.producer == ProducerKind::None) scene.producer = ProducerKind::AsyncGenerator;
        scene.producerLast = closingLine(listing, scene.producerFirst);
    }
    // The loop: the line of its first next() call.
    for (std::size_t i = 0; i < look; ++i) {
        if (trace[i].kind == Kind::NextCalled && trace[i].line != 0) {
            scene.loopFirst = trace[i].line;
            break;
        }
    }
    if (scene.loopFirst != 0) {
        const std::string header = codeOfLine(listing, scene.loopFirst);
        scene.asyncLoop = contains(header, "for await") || !contains(header, "for");
        scene.loopLast = closingLine(listing, scene.loopFirst);
    }
    return scene;
}

bool isGenerator(const Scene& s)
{
    return s.producer == ProducerKind::AsyncGenerator || s.producer == ProducerKind::SyncGenerator;
}

// "the generator", "the iterator's next()"
std::string producerNoun(const Scene& s)
{
    return isGenerator(s) ? "the generator" : "the iterator's next()";
}

// "the for await loop", "the for...of loop"
std::string loopNoun(const Scene& s) { return s.asyncLoop ? "the for await loop" : "the for...of loop"; }

std::string capitalised(std::string s)
{
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

// Who runs `line`: the producer, the loop's body, or the rest of the program.
std::string runnerOf(const Scene& s, int line)
{
    if (s.producerFirst != 0 && line >= s.producerFirst && line <= s.producerLast) return producerNoun(s);
    if (s.loopFirst != 0 && line > s.loopFirst && line <= s.loopLast) return "the loop body";
    return "the program";
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

// The label of an operation ("setTimeout 500", "fetch /users?page=2", "res.json()") in words.
struct Operation {
    bool timer = false;
    std::string label;
    std::string started;  // "starts a 500 ms timer"
    std::string until;    // "until it fires"
    std::string happens;  // "the 500 ms timer fires"
    std::string happened; // "the timer has fired"
    std::string later;    // "which fires in 500 ms"
};

Operation describeOperation(std::string_view json)
{
    Operation op;
    op.label = narratedValue(consoleText(json));
    const std::string_view label = op.label;
    if (startsWith(label, "setTimeout ")) {
        const std::string ms(trim(label.substr(11)));
        op.timer = true;
        op.started = "starts a " + ms + " ms timer";
        op.until = "until it fires";
        op.happens = "the " + ms + " ms timer fires";
        op.happened = "the timer has fired";
        op.later = "which fires " + ms + " ms from now";
    } else if (startsWith(label, "fetch ")) {
        const std::string url(trim(label.substr(6)));
        op.started = "sends the request for " + url;
        op.until = "until the response arrives";
        op.happens = "the response for " + url + " arrives";
        op.happened = "the response has arrived";
        op.later = "whose response comes later";
    } else if (contains(label, ".json()")) {
        op.started = "asks " + op.label + " for the parsed page";
        op.until = "until it is ready";
        op.happens = "the parsed page from " + op.label + " is ready";
        op.happened = "the parsed page is ready";
        op.later = "which is ready a moment later";
    } else {
        op.started = "starts " + op.label;
        op.until = "until it completes";
        op.happens = "the operation " + op.label + " completes";
        op.happened = "the operation " + op.label + " has completed";
        op.later = "which completes later";
    }
    return op;
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

struct Context {
    const Trace& trace;
    std::size_t seq;
    const Event& e;
    std::string_view listing;
    std::string code; // the event's line, trimmed
    Scene scene;

    std::string value() const { return narratedValue(jsLiteral(trace.valueText(e))); }
    std::string loop() const { return loopNoun(scene); }
    std::string producer() const { return producerNoun(scene); }
};

std::string nextCalled(const Context& c)
{
    const bool first =
        !lastBefore(c.trace, c.seq, {Kind::NextCalled, Kind::ReturnCalled}).has_value() && c.seq < 4096;
    const std::string target = isGenerator(c.scene) ? "next() on the generator" : "the iterator's next()";
    const std::string waits = c.scene.asyncLoop ? " and waits for the promise it returns"
                                                : " and gets its answer at once, without waiting";
    if (first) {
        std::string s =
            c.code.empty() ? capitalised(c.loop()) + " starts" : "The loop " + quoted(c.code) + " starts";
        s += ": it calls " + target;
        if (isGenerator(c.scene)) s += ", whose body has not run a single line yet,";
        return s + waits + ".";
    }
    if (!c.scene.asyncLoop) return capitalised(c.loop()) + " calls " + target + " again for the next value.";
    return capitalised(c.loop()) + " calls " + target + " again and waits for the promise of the next value.";
}

std::string returnCalled(const Context& c)
{
    std::string s;
    if (contains(c.code, "break")) {
        s = quoted(c.code) + " leaves the loop early";
    } else if (!c.code.empty()) {
        s = "The loop is left early at " + quoted(c.code);
    } else {
        s = "The loop is left early";
    }
    s += ", so " + c.loop() + " calls return() on the " + (isGenerator(c.scene) ? "generator" : "iterator") +
         " to tell it that no more values are wanted.";
    return s;
}

std::string resumed(const Context& c)
{
    const std::string who = c.producer();
    const std::string at = quoted(c.code);
    const Kind prev = c.seq > 0 ? c.trace[c.seq - 1].kind : Kind::Log;

    if (c.seq > 0 && prev == Kind::Settled) {
        const Operation op = describeOperation(c.trace.valueText(c.trace[c.seq - 1]));
        std::string s = "Now that " + op.happened + ", " + who + " continues";
        if (!at.empty()) s += " after " + at;
        return s + ".";
    }
    if (c.seq > 0 && prev == Kind::ReturnCalled) {
        std::string s = "return() wakes " + who;
        if (!at.empty()) s += " at " + at;
        return s + ", but instead of continuing it acts as if `return` stood there, so the body finishes.";
    }
    if (c.e.line != 0 && c.e.line == c.scene.producerFirst) {
        if (isGenerator(c.scene)) {
            const bool again = lastBefore(c.trace, c.seq, {Kind::Resumed}).has_value();
            std::string s =
                again ? "next() runs the generator's body again from the top"
                      : "next() wakes the generator for the first time: its body starts running at the top";
            if (!at.empty()) s += ", " + at;
            return s + ".";
        }
        const bool again = lastBefore(c.trace, c.seq, {Kind::Resumed}).has_value();
        std::string s = again ? "This call runs the iterator's async next() from the top again"
                              : "The iterator's async next() starts running";
        if (!at.empty()) s += ": " + at;
        return s + ".";
    }
    if (contains(c.code, "yield")) {
        std::string s = "next() wakes " + who + " again: it continues right after " + at;
        if (std::optional<std::size_t> y = lastBefore(c.trace, c.seq, {Kind::Yielded})) {
            s += ", which handed out " + narratedValue(jsLiteral(c.trace.valueText(c.trace[*y])));
        }
        return s + ".";
    }
    if (awaits(c.code)) {
        return "The promise awaited at " + at + " has resolved, so " + who + " continues after it.";
    }
    std::string s = capitalised(who) + " resumes";
    if (!at.empty()) s += " at " + at;
    return s + ".";
}

std::string awaiting(const Context& c)
{
    const Operation op = describeOperation(c.trace.valueText(c.e));
    const std::string who = runnerOf(c.scene, c.e.line);
    std::string s = c.code.empty() ? capitalised(who) : quoted(c.code);
    if (awaits(c.code) || c.code.empty()) {
        s += " " + op.started + ", and " + who + " pauses at this await " + op.until;
        if (who == "the loop body") s += "; meanwhile nobody asks " + c.producer() + " for more";
        return s + ".";
    }
    return s + " " + op.started + ", " + op.later + ".";
}

std::string settled(const Context& c)
{
    const Operation op = describeOperation(c.trace.valueText(c.e));
    const std::optional<std::size_t> begin = awaitingOf(c.trace, c.seq);
    const std::int64_t waited = begin ? c.e.t - c.trace[*begin].t : 0;
    std::string s;
    if (op.timer) {
        s = capitalised(op.happens) + " at t = " + millis(c.e.t);
    } else if (waited > 0) {
        s = "After " + millis(waited) + ", " + op.happens;
    } else if (begin) {
        s = capitalised(op.happens) + " at once";
    } else {
        s = capitalised(op.happens);
    }
    const int line = begin ? c.trace[*begin].line : c.e.line;
    const std::string who = runnerOf(c.scene, line);
    const std::string code = codeOfLine(c.listing, line);
    if (awaits(code) && who != "the program") return s + ": the promise that " + who + " awaits resolves.";
    return s + ": its promise resolves.";
}

std::string yielded(const Context& c)
{
    const std::string v = c.value();
    const std::string result = "{value: " + v + ", done: false}";
    if (contains(c.code, "yield") || (c.code.empty() && isGenerator(c.scene))) {
        std::string s = c.code.empty() ? "The generator yields" : quoted(c.code) + " hands out";
        if (c.scene.producer == ProducerKind::SyncGenerator) {
            return s + " " + v + ": next() returns " + result +
                   " at once, and the generator pauses right here.";
        }
        return s + " " + v + ": the promise next() returned resolves with " + result +
               ", and the generator pauses right here.";
    }
    std::string s = c.code.empty() ? "next() answers" : quoted(c.code) + " answers next()";
    return s + " with the value " + v + ": its promise resolves with " + result + ".";
}

std::string valueReceived(const Context& c)
{
    const std::string v = c.value();
    const std::string var = loopVariable(c.code);
    std::string s = capitalised(c.loop()) + " receives " + v + " and runs its body";
    if (!var.empty()) s += " with `" + var + "` = " + v;
    return s + ".";
}

std::string done(const Context& c)
{
    const std::optional<std::size_t> call =
        lastBefore(c.trace, c.seq, {Kind::NextCalled, Kind::ReturnCalled});
    const bool afterReturn = call && c.trace[*call].kind == Kind::ReturnCalled;
    const std::string_view json = c.trace.valueText(c.e);
    const std::string result =
        json == "null" ? "{done: true}" : "{value: " + narratedValue(jsLiteral(json)) + ", done: true}";
    const std::string answers = c.scene.asyncLoop ? " resolves with " : " returns ";
    if (afterReturn) {
        return "return()" + answers + result + ": " + c.producer() +
               " is finished, and the program continues after the loop.";
    }
    if (isGenerator(c.scene)) {
        return "next()" + answers + result + ": the generator's body has ended, so " + c.loop() + " ends.";
    }
    return "The iterator's next()" + answers + result + ", so " + c.loop() + " ends.";
}

std::string cleanup(const Context& c)
{
    std::string s = "The " + std::string(isGenerator(c.scene) ? "generator" : "iterator") + "'s cleanup runs";
    if (!c.code.empty()) s += " (" + quoted(c.code) + ")";
    return s + ": a finally block runs however the loop ends, even when it stops early.";
}

std::string error(const Context& c)
{
    const std::string message = narratedValue(consoleText(c.trace.valueText(c.e)));
    std::string s =
        "The promise of next() rejects with the error \"" + message + "\", so " + c.loop() + " throws it";
    if (!c.code.empty()) s += " at " + quoted(c.code);
    return s + " and the loop stops.";
}

std::string log(const Context& c)
{
    std::string text = narratedValue(consoleText(c.trace.valueText(c.e)));
    std::string s = c.code.empty() ? "The program prints" : quoted(c.code) + " prints";
    // Line breaks are told, not printed into the sentence.
    if (!text.empty() && text.front() == '\n') {
        const std::size_t start = text.find_first_not_of('\n');
        if (start == std::string::npos) return s + " a line break to the console.";
        s += " a line break, then";
        text.erase(0, start);
    }
    std::replace(text.begin(), text.end(), '\n', ' ');
    if (trim(text).empty()) return s + " an empty line to the console.";
    // Several words are quoted, so that the sentence's words and the printed ones don't mix.
    if (contains(text, " ") || contains(text, "\n")) return s + " \"" + text + "\" to the console.";
    return s + " " + text + " to the console.";
}

std::string arrived(const Context& c)
{
    std::string s = "New data arrives by itself, without anyone asking for it: " + c.value();
    if (!c.code.empty()) s += " (from " + quoted(c.code) + ")";
    return s + ".";
}

std::string buffer(const Context& c)
{
    const std::string_view json = c.trace.valueText(c.e);
    std::string s;
    if (json == "0") {
        s = "The buffer is empty again: the next value will have to be waited for";
    } else if (json == "1") {
        s = "1 item now waits in the buffer until the loop asks for it with next()";
    } else {
        s = narratedValue(jsLiteral(json)) +
            " items now wait in the buffer until the loop asks for them with next()";
    }
    return s + ".";
}

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

std::string narrate(const Demo& demo, const Trace& trace, std::size_t seq, std::string_view listing)
{
    (void)demo;
    if (seq >= trace.size()) return {};
    const Event& e = trace[seq];
    const Context c{trace, seq, e, listing, codeOfLine(listing, e.line), sceneOf(trace, listing)};
    switch (e.kind) {
    case Kind::NextCalled:
        return nextCalled(c);
    case Kind::ReturnCalled:
        return returnCalled(c);
    case Kind::Resumed:
        return resumed(c);
    case Kind::Awaiting:
        return awaiting(c);
    case Kind::Settled:
        return settled(c);
    case Kind::Yielded:
        return yielded(c);
    case Kind::ValueReceived:
        return valueReceived(c);
    case Kind::Done:
        return done(c);
    case Kind::Cleanup:
        return cleanup(c);
    case Kind::Error:
        return error(c);
    case Kind::Log:
        return log(c);
    case Kind::Arrived:
        return arrived(c);
    case Kind::Buffer:
        return buffer(c);
    }
    return "Something happened that this version cannot describe.";
}

} // namespace ys
