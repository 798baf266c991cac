// SPDX-License-Identifier: MIT
#include "core/io/json_value.hpp"

#include "core/js/text_decoder.hpp"

#include "core/js/json.hpp"

#include <charconv>
#include <cstdint>

namespace ys {
namespace {

class Parser {
public:
    Parser(std::string_view text, int maxDepth) : text_(text), maxDepth_(maxDepth) {}

    JsonValue parseDocument()
    {
        skipSpace();
        if (atEnd()) fail("no JSON value");
        JsonValue value = parseValue(0);
        skipSpace();
        if (!atEnd()) fail("unexpected text after the JSON value");
        return value;
    }

private:
    [[noreturn]] void fail(const std::string& problem) const { throw JsonParseError(problem, pos_); }

    bool atEnd() const { return pos_ >= text_.size(); }
    char peek() const { return text_[pos_]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++pos_;
    }

    void expect(char c)
    {
        if (atEnd()) fail(std::string("expected '") + c + "' but the text ends");
        if (peek() != c) fail(std::string("expected '") + c + "'");
        ++pos_;
    }

    JsonValue parseValue(int depth)
    {
        if (atEnd()) fail("expected a value but the text ends");
        switch (peek()) {
        case '{':
            return parseObject(depth + 1);
        case '[':
            return parseArray(depth + 1);
        case '"': {
            JsonValue v;
            v.type = JsonValue::Type::String;
            v.text = parseString();
            return v;
        }
        case 't':
            return parseLiteral("true", JsonValue::Type::Bool, true);
        case 'f':
            return parseLiteral("false", JsonValue::Type::Bool, false);
        case 'n':
            return parseLiteral("null", JsonValue::Type::Null, false);
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9')) return parseNumber();
            fail("expected a value");
        }
    }

    JsonValue parseLiteral(std::string_view word, JsonValue::Type type, bool boolean)
    {
        if (text_.substr(pos_, word.size()) != word) fail("expected a value");
        pos_ += word.size();
        JsonValue v;
        v.type = type;
        v.boolean = boolean;
        return v;
    }

    void checkDepth(int depth) const
    {
        if (depth > maxDepth_) fail("nested more than " + std::to_string(maxDepth_) + " deep");
    }

    JsonValue parseObject(int depth)
    {
        checkDepth(depth);
        ++pos_; // {
        JsonValue v;
        v.type = JsonValue::Type::Object;
        skipSpace();
        if (!atEnd() && peek() == '}') {
            ++pos_;
            return v;
        }
        for (;;) {
            skipSpace();
            if (atEnd()) fail("expected a key but the text ends");
            if (peek() != '"') fail("expected a key in double quotes");
            std::string key = parseString();
            skipSpace();
            expect(':');
            skipSpace();
            JsonValue member = parseValue(depth);
            v.members.push_back({std::move(key), std::move(member)});
            skipSpace();
            if (atEnd()) fail("expected ',' or '}' but the text ends");
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            if (peek() == '}') {
                ++pos_;
                return v;
            }
            fail("expected ',' or '}'");
        }
    }

    JsonValue parseArray(int depth)
    {
        checkDepth(depth);
        ++pos_; // [
        JsonValue v;
        v.type = JsonValue::Type::Array;
        skipSpace();
        if (!atEnd() && peek() == ']') {
            ++pos_;
            return v;
        }
        for (;;) {
            skipSpace();
            v.items.push_back(parseValue(depth));
            skipSpace();
            if (atEnd()) fail("expected ',' or ']' but the text ends");
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            if (peek() == ']') {
                ++pos_;
                return v;
            }
            fail("expected ',' or ']'");
        }
    }

    JsonValue parseNumber()
    {
        const std::size_t start = pos_;
        auto digits = [this] {
            const std::size_t from = pos_;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++pos_;
            return pos_ - from;
        };
        if (peek() == '-') ++pos_;
        if (atEnd() || peek() < '0' || peek() > '9') fail("a number needs a digit");
        if (peek() == '0') {
            ++pos_;
            if (!atEnd() && peek() >= '0' && peek() <= '9') fail("a number must not start with 0");
        } else {
            digits();
        }
        if (!atEnd() && peek() == '.') {
            ++pos_;
            if (digits() == 0) fail("a number needs a digit after '.'");
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++pos_;
            if (!atEnd() && (peek() == '+' || peek() == '-')) ++pos_;
            if (digits() == 0) fail("a number needs a digit in its exponent");
        }
        JsonValue v;
        v.type = JsonValue::Type::Number;
        v.text = std::string(text_.substr(start, pos_ - start));
        return v;
    }

    unsigned hex4()
    {
        if (text_.size() - pos_ < 4) fail("a \\u escape needs four hex digits");
        unsigned code = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = text_[pos_];
            unsigned digit = 0;
            if (c >= '0' && c <= '9') {
                digit = static_cast<unsigned>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                digit = static_cast<unsigned>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                digit = static_cast<unsigned>(c - 'A' + 10);
            } else {
                fail("a \\u escape needs four hex digits");
            }
            code = code * 16 + digit;
            ++pos_;
        }
        return code;
    }

    // Copies one UTF-8 encoded character (its first byte is >= 0x80), checking its form.
    void copyUtf8(std::string& out)
    {
        const auto lead = static_cast<unsigned char>(peek());
        std::size_t length = 0;
        unsigned code = 0;
        unsigned minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            code = lead & 0x1Fu;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            code = lead & 0x0Fu;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            code = lead & 0x07u;
            minimum = 0x10000;
        } else {
            fail("invalid UTF-8 in a string");
        }
        if (text_.size() - pos_ < length) fail("invalid UTF-8 in a string");
        for (std::size_t i = 1; i < length; ++i) {
            const auto c = static_cast<unsigned char>(text_[pos_ + i]);
            if ((c & 0xC0u) != 0x80) fail("invalid UTF-8 in a string");
            code = (code << 6) | (c & 0x3Fu);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            fail("invalid UTF-8 in a string");
        out.append(text_.substr(pos_, length));
        pos_ += length;
    }

    std::string parseString()
    {
        ++pos_; // "
        std::string out;
        for (;;) {
            if (atEnd()) fail("a string is not closed");
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"') {
                ++pos_;
                return out;
            }
            if (c < 0x20) fail("a control character in a string must be escaped");
            if (c >= 0x80) {
                copyUtf8(out);
                continue;
            }
            ++pos_;
            if (c != '\\') {
                out += static_cast<char>(c);
                continue;
            }
            if (atEnd()) fail("a string is not closed");
            const char e = peek();
            ++pos_;
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned code = hex4();
                if (code >= 0xDC00 && code <= 0xDFFF) fail("a \\u escape is a lone low surrogate");
                if (code >= 0xD800 && code <= 0xDBFF) {
                    if (text_.substr(pos_, 2) != "\\u") fail("a \\u escape is a lone high surrogate");
                    pos_ += 2;
                    const unsigned low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF) fail("a \\u escape is a lone high surrogate");
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, code);
                break;
            }
            default:
                --pos_;
                fail(std::string("unknown escape '\\") + e + "' in a string");
            }
        }
    }

    std::string_view text_;
    int maxDepth_;
    std::size_t pos_ = 0;
};

} // namespace

const JsonValue* JsonValue::find(std::string_view key) const
{
    for (const JsonMember& m : members) {
        if (m.key == key) return &m.value;
    }
    return nullptr;
}

std::string_view jsonTypeName(JsonValue::Type type)
{
    switch (type) {
    case JsonValue::Type::Null:
        return "null";
    case JsonValue::Type::Bool:
        return "a boolean";
    case JsonValue::Type::Number:
        return "a number";
    case JsonValue::Type::String:
        return "a string";
    case JsonValue::Type::Array:
        return "an array";
    case JsonValue::Type::Object:
        return "an object";
    }
    return "a value";
}

JsonValue parseJson(std::string_view text, int maxDepth) { return Parser(text, maxDepth).parseDocument(); }

void appendJsonValue(std::string& out, const JsonValue& value)
{
    switch (value.type) {
    case JsonValue::Type::Null:
        out += "null";
        break;
    case JsonValue::Type::Bool:
        out += value.boolean ? "true" : "false";
        break;
    case JsonValue::Type::Number:
        out += value.text;
        break;
    case JsonValue::Type::String:
        appendJsonString(out, value.text);
        break;
    case JsonValue::Type::Array: {
        out += '[';
        bool first = true;
        for (const JsonValue& item : value.items) {
            if (!first) out += ',';
            first = false;
            appendJsonValue(out, item);
        }
        out += ']';
        break;
    }
    case JsonValue::Type::Object: {
        out += '{';
        bool first = true;
        for (const JsonMember& m : value.members) {
            if (!first) out += ',';
            first = false;
            appendJsonString(out, m.key);
            out += ':';
            appendJsonValue(out, m.value);
        }
        out += '}';
        break;
    }
    }
}

bool jsonInteger(const JsonValue& value, long long& out)
{
    if (!value.isNumber()) return false;
    const std::string& t = value.text;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), out);
    return ec == std::errc() && end == t.data() + t.size();
}

} // namespace ys
