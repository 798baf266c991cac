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

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::optional<std::uint32_t> hex4(std::string_view s, std::size_t at)
{
    if (at + 4 > s.size()) return std::nullopt;
    std::uint32_t v = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        const char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') {
            v |= static_cast<std::uint32_t>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            v |= static_cast<std::uint32_t>(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            v |= static_cast<std::uint32_t>(c - 'A' + 10);
        } else {
            return std::nullopt;
        }
    }
    return v;
}

// The contents of the JSON string starting at json[0] == '"'; `end` receives the index just
// past its closing quote.
std::string unescapeString(std::string_view json, std::size_t& end)
{
    std::string out;
    std::size_t i = 1;
    while (i < json.size() && json[i] != '"') {
        const char c = json[i];
        if (c != '\\' || i + 1 >= json.size()) {
            out += c;
            ++i;
            continue;
        }
        const char e = json[i + 1];
        i += 2;
        switch (e) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'u': {
            std::optional<std::uint32_t> cp = hex4(json, i);
            if (!cp) break;
            i += 4;
            if (*cp >= 0xD800 && *cp < 0xDC00 && i + 6 <= json.size() && json[i] == '\\' &&
                json[i + 1] == 'u') {
                if (std::optional<std::uint32_t> low = hex4(json, i + 2);
                    low && *low >= 0xDC00 && *low < 0xE000) {
                    *cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, *cp);
            break;
        }
        default:
            out += e;
            break; // \" \\ \/
        }
    }
    end = std::min(i + 1, json.size());
    return out;
}

bool isIdentifier(std::string_view s)
{
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s.front()))) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
    });
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

// Who produces the values: an async generator, or a hand-written iterator's async next().
struct Producer {
    bool generator = true;
    std::string name;   // "countdown", or "" when unknown
    int headerLine = 0; // line where the producer's body starts
};

Producer findProducer(const Trace& trace, std::size_t seq, std::string_view listing)
{
    Producer p;
    for (std::size_t i = 0; i <= seq && i < trace.size(); ++i) {
        const Event& e = trace[i];
        if (e.actor != Actor::Producer || e.kind != Kind::Resumed) continue;
        p.headerLine = e.line;
        const std::string header = codeOfLine(listing, e.line);
        if (const std::size_t star = header.find("function*"); star != std::string::npos) {
            const std::size_t nameStart = star + 9;
            const std::size_t paren = header.find('(', nameStart);
            p.name = std::string(trim(std::string_view(header).substr(nameStart, paren - nameStart)));
        } else if (contains(header, "next(")) {
            p.generator = false;
            p.name = "next";
        }
        break;
    }
    if (p.headerLine == 0 && !contains(listing, "function*")) p.generator = false;
    return p;
}

// "the generator", "the iterator's next()"
std::string producerNoun(const Producer& p)
{
    return p.generator ? "the generator" : "the iterator's next()";
}
std::string capitalised(std::string s)
{
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

// The loop variable of `for await (const n of ...)`, or "" when the line is no such loop.
std::string loopVariable(std::string_view code)
{
    std::size_t at = code.find("for await");
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
};

Operation describeOperation(std::string_view json)
{
    Operation op;
    op.label = consoleText(json);
    const std::string_view label = op.label;
    if (startsWith(label, "setTimeout ")) {
        const std::string ms(trim(label.substr(11)));
        op.timer = true;
        op.started = "starts a " + ms + " ms timer";
        op.until = "until it fires";
        op.happens = "the " + ms + " ms timer fires";
        op.happened = "the timer has fired";
    } else if (startsWith(label, "fetch ")) {
        const std::string url(trim(label.substr(6)));
        op.started = "sends the request for " + url;
        op.until = "until the response arrives";
        op.happens = "the response for " + url + " arrives";
        op.happened = "the response has arrived";
    } else if (contains(label, ".json()")) {
        op.started = "asks " + op.label + " for the parsed page";
        op.until = "until it is ready";
        op.happens = "the parsed page from " + op.label + " is ready";
        op.happened = "the parsed page is ready";
    } else {
        op.started = "starts " + op.label;
        op.until = "until it completes";
        op.happens = "the operation " + op.label + " completes";
        op.happened = "the operation " + op.label + " has completed";
    }
    return op;
}

// The `awaiting` event that the `settled` event `seq` completes.
std::optional<std::size_t> awaitingOf(const Trace& trace, std::size_t seq)
{
    const std::vector<Span>& spans = trace.spans();
    // Spans are in order of their begin; the one ending here began before it, usually lately.
    auto it = std::lower_bound(spans.begin(), spans.end(), seq,
                               [](const Span& s, std::size_t v) { return s.begin < v; });
    while (it != spans.begin()) {
        --it;
        if (it->end == seq) return it->begin;
    }
    // No span recorded (a hand-made trace): the nearest earlier awaiting of the same value.
    const Event& settled = trace[seq];
    for (std::size_t i = seq; i-- > 0;) {
        if (trace[i].kind == Kind::Awaiting && trace[i].value == settled.value) return i;
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

struct Context {
    const Trace& trace;
    std::size_t seq;
    const Event& e;
    std::string_view listing;
    std::string code; // the event's line, trimmed
    Producer producer;

    std::string value() const { return jsLiteral(trace.valueText(e)); }
};

std::string nextCalled(const Context& c)
{
    const std::string loop = quoted(c.code);
    const bool first =
        !lastBefore(c.trace, c.seq, {Kind::NextCalled, Kind::ReturnCalled}).has_value() && c.seq < 4096;
    const std::string target = c.producer.generator ? "next() on the generator" : "the iterator's next()";
    if (first) {
        std::string s = loop.empty() ? "The for await loop starts" : "The loop " + loop + " starts";
        s += ": it calls " + target;
        if (c.producer.generator) s += ", whose body has not run a single line yet,";
        return s + " and waits for the promise it returns.";
    }
    return "The for await loop calls " + target + " again and waits for the promise of the next value.";
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
    s += ", so for await calls return() on the " +
         std::string(c.producer.generator ? "generator" : "iterator") +
         " to tell it that no more values are wanted.";
    return s;
}

std::string resumed(const Context& c)
{
    const std::string who = producerNoun(c.producer);
    const std::string at = quoted(c.code);
    const std::optional<std::size_t> prev = c.seq > 0 ? std::optional<std::size_t>(c.seq - 1) : std::nullopt;
    const Kind prevKind = prev ? c.trace[*prev].kind : Kind::Log;

    if (prev && prevKind == Kind::Settled) {
        const Operation op = describeOperation(c.trace.valueText(c.trace[*prev]));
        std::string s = "Now that " + op.happened + ", " + who + " continues";
        if (!at.empty()) s += " after " + at;
        return s + ".";
    }
    if (prev && prevKind == Kind::ReturnCalled) {
        std::string s = "return() wakes " + who;
        if (!at.empty()) s += " at " + at;
        return s + ", but instead of continuing it acts as if `return` stood there, so the body finishes.";
    }
    if (c.e.line != 0 && c.e.line == c.producer.headerLine) {
        if (c.producer.generator) {
            std::string s =
                "next() wakes the generator for the first time: its body starts running at the top";
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
            s += ", which handed out " + jsLiteral(c.trace.valueText(c.trace[*y]));
        }
        return s + ".";
    }
    std::string s = capitalised(who) + " resumes";
    if (!at.empty()) s += " at " + at;
    return s + ".";
}

std::string awaiting(const Context& c)
{
    const Operation op = describeOperation(c.trace.valueText(c.e));
    const std::string who = producerNoun(c.producer);
    std::string s = c.code.empty() ? capitalised(who) : quoted(c.code);
    s += " " + op.started + ", and " + who + " pauses at this await " + op.until + ".";
    return s;
}

std::string settled(const Context& c)
{
    const Operation op = describeOperation(c.trace.valueText(c.e));
    std::string s;
    const std::optional<std::size_t> begin = awaitingOf(c.trace, c.seq);
    const std::int64_t waited = begin ? c.e.t - c.trace[*begin].t : 0;
    if (op.timer) {
        s = capitalised(op.happens) + " at t = " + millis(c.e.t);
    } else if (waited > 0) {
        s = "After " + millis(waited) + ", " + op.happens;
    } else if (begin) {
        s = capitalised(op.happens) + " at once";
    } else {
        s = capitalised(op.happens);
    }
    return s + ": the promise that " + producerNoun(c.producer) + " awaits resolves.";
}

std::string yielded(const Context& c)
{
    const std::string v = c.value();
    if (contains(c.code, "yield") || (c.code.empty() && c.producer.generator)) {
        std::string s = c.code.empty() ? "The generator yields" : quoted(c.code) + " hands out";
        s += " " + v + ": the promise next() returned resolves with {value: " + v +
             ", done: false}, and the generator pauses right here.";
        return s;
    }
    std::string s = c.code.empty() ? "next() answers" : quoted(c.code) + " answers next()";
    return s + " with the value " + v + ": its promise resolves with {value: " + v + ", done: false}.";
}

std::string valueReceived(const Context& c)
{
    const std::string v = c.value();
    const std::string var = loopVariable(c.code);
    std::string s = "The for await loop receives " + v + " and runs its body";
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
        json == "null" ? "{done: true}" : "{value: " + jsLiteral(json) + ", done: true}";
    if (afterReturn) {
        return "return() resolves with " + result + ": " + producerNoun(c.producer) +
               " is finished, and the program continues after the loop.";
    }
    if (c.producer.generator) {
        return "next() resolves with " + result +
               ": the generator's body has ended, so the for await loop ends.";
    }
    return "The iterator's next() resolves with " + result + ", so the for await loop ends.";
}

std::string cleanup(const Context& c)
{
    std::string s = "The " + std::string(c.producer.generator ? "generator" : "iterator") + "'s cleanup runs";
    if (!c.code.empty()) s += " (" + quoted(c.code) + ")";
    return s + ": a finally block runs however the loop ends, even when it stops early.";
}

std::string error(const Context& c)
{
    const std::string message = consoleText(c.trace.valueText(c.e));
    std::string s =
        "The promise of next() rejects with the error \"" + message + "\", so for await throws it";
    if (!c.code.empty()) s += " at " + quoted(c.code);
    return s + " and the loop stops.";
}

std::string log(const Context& c)
{
    const std::string text = consoleText(c.trace.valueText(c.e));
    std::string s = c.code.empty() ? "The program prints" : quoted(c.code) + " prints";
    if (text.empty()) return s + " an empty line to the console.";
    return s + " " + text + " to the console.";
}

std::string arrived(const Context& c)
{
    const std::string v = c.value();
    std::string s = "Something arrives from the source without being asked for: " + v;
    if (!c.code.empty()) s += " (" + quoted(c.code) + ")";
    return s + "; it waits until the loop is ready for it.";
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
        s = jsLiteral(json) + " items now wait in the buffer until the loop asks for them with next()";
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

std::string jsLiteral(std::string_view json)
{
    std::string out;
    out.reserve(json.size() + 8);
    std::size_t i = 0;
    while (i < json.size()) {
        const char ch = json[i];
        if (ch == '"') {
            std::size_t end = i;
            const std::string text = unescapeString(json.substr(i), end);
            std::size_t after = i + end;
            while (after < json.size() && isSpace(json[after]))
                ++after;
            if (after < json.size() && json[after] == ':' && isIdentifier(text)) {
                out += text; // an object key: unquoted, as in code
            } else {
                out.append(json.substr(i, end));
            }
            i += end;
        } else if (ch == ':') {
            out += ": ";
            ++i;
        } else if (ch == ',') {
            out += ", ";
            ++i;
        } else if (isSpace(ch)) {
            ++i;
        } else {
            out += ch;
            ++i;
        }
    }
    return out;
}

std::string consoleText(std::string_view json)
{
    const std::string_view t = trim(json);
    if (!t.empty() && t.front() == '"') {
        std::size_t end = 0;
        return unescapeString(t, end);
    }
    return jsLiteral(t);
}

std::string narrate(const Demo& demo, const Trace& trace, std::size_t seq, std::string_view listing)
{
    (void)demo;
    if (seq >= trace.size()) return {};
    const Event& e = trace[seq];
    const Context c{trace, seq, e, listing, codeOfLine(listing, e.line), findProducer(trace, seq, listing)};
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
