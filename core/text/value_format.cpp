// SPDX-License-Identifier: MIT
#include "core/text/value_format.hpp"

#include <cstdint>
#include <optional>

namespace ys {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

void appendUtf8(std::string& out, std::uint32_t code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// A key JavaScript accepts unquoted: letters (any character beyond ASCII counts as one), digits
// after the first, _ and $.
bool isIdentifier(std::string_view key)
{
    if (key.empty()) return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const auto c = static_cast<unsigned char>(key[i]);
        const bool letter =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '_' || c == '$';
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !(digit && i > 0)) return false;
    }
    return true;
}

void appendQuoted(std::string& out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            out += c;
        }
    }
    out += '"';
}

// Reads JSON and writes it as a literal in one pass; nullopt when the text is not JSON.
class LiteralWriter {
public:
    explicit LiteralWriter(std::string_view s, ValueParts* parts = nullptr) : s_(s), parts_(parts) {}

    std::optional<std::string> all()
    {
        std::string out;
        out.reserve(s_.size() + 8);
        if (!value(out, 0)) return std::nullopt;
        skipSpace();
        if (i_ != s_.size()) return std::nullopt;
        return out;
    }

    // The decoded text of the string at the reader's place.
    bool string(std::string& out)
    {
        if (i_ >= s_.size() || s_[i_] != '"') return false;
        ++i_;
        while (i_ < s_.size() && s_[i_] != '"') {
            // The plain run up to the next quote or escape, in one piece.
            std::size_t end = i_;
            while (end < s_.size() && s_[end] != '"' && s_[end] != '\\')
                ++end;
            out.append(s_.substr(i_, end - i_));
            i_ = end;
            if (i_ >= s_.size() || s_[i_] == '"') break;
            if (!escape(out)) return false;
        }
        if (i_ >= s_.size()) return false;
        ++i_;
        return true;
    }

    void skipSpace()
    {
        while (i_ < s_.size() && isSpace(s_[i_]))
            ++i_;
    }

    bool atEnd() const { return i_ == s_.size(); }

private:
    bool eat(char c)
    {
        skipSpace();
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }

    std::optional<std::uint32_t> hex4()
    {
        if (i_ + 4 > s_.size()) return std::nullopt;
        std::uint32_t code = 0;
        for (int k = 0; k < 4; ++k) {
            const char h = s_[i_++];
            code <<= 4U;
            if (h >= '0' && h <= '9') {
                code |= static_cast<std::uint32_t>(h - '0');
            } else if (h >= 'a' && h <= 'f') {
                code |= static_cast<std::uint32_t>(h - 'a' + 10);
            } else if (h >= 'A' && h <= 'F') {
                code |= static_cast<std::uint32_t>(h - 'A' + 10);
            } else {
                return std::nullopt;
            }
        }
        return code;
    }

    bool escape(std::string& out)
    {
        ++i_; // the backslash
        if (i_ >= s_.size()) return false;
        const char c = s_[i_++];
        switch (c) {
        case 'n':
            out += '\n';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'r':
            out += '\r';
            return true;
        case 'b':
            out += '\b';
            return true;
        case 'f':
            out += '\f';
            return true;
        case 'u': {
            const std::optional<std::uint32_t> code = hex4();
            if (!code) return false;
            std::uint32_t point = *code;
            const bool high = point >= 0xD800 && point <= 0xDBFF;
            if (high && i_ + 6 <= s_.size() && s_[i_] == '\\' && s_[i_ + 1] == 'u') {
                const std::size_t back = i_;
                i_ += 2;
                const std::optional<std::uint32_t> low = hex4();
                if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
                    point = 0x10000 + ((point - 0xD800) << 10U) + (*low - 0xDC00);
                } else {
                    i_ = back;
                }
            }
            if (point >= 0xD800 && point <= 0xDFFF) point = 0xFFFD; // a lone half of a pair
            appendUtf8(out, point);
            return true;
        }
        default: // \" \\ \/
            out += c;
            return true;
        }
    }

    bool value(std::string& out, int depth)
    {
        if (depth > 64) return false;
        skipSpace();
        if (i_ >= s_.size()) return false;
        const char c = s_[i_];
        if (depth == 0 && parts_ != nullptr) {
            using Type = ValueParts::Type;
            parts_->type = c == '{'   ? Type::Object
                           : c == '[' ? Type::Array
                           : c == '"' ? Type::String
                                      : Type::Scalar;
        }
        if (c == '{' || c == '[') {
            const bool object = c == '{';
            const char close = object ? '}' : ']';
            ++i_;
            out += c;
            if (eat(close)) {
                out += close;
                return true;
            }
            for (bool first = true;; first = false) {
                if (!first) out += ", ";
                const std::size_t keyStart = out.size();
                if (object) {
                    skipSpace();
                    std::string key;
                    if (!string(key) || !eat(':')) return false;
                    if (isIdentifier(key)) {
                        out += key;
                    } else {
                        appendQuoted(out, key);
                    }
                }
                const std::size_t keyEnd = out.size();
                if (object) out += ": ";
                lastString_.reset();
                if (!value(out, depth + 1)) return false;
                if (depth == 0 && parts_ != nullptr && object && !parts_->hasTextMember && lastString_) {
                    parts_->hasTextMember = true;
                    parts_->memberKey = out.substr(keyStart, keyEnd - keyStart);
                    parts_->memberText = std::move(*lastString_);
                }
                if (eat(',')) continue;
                if (eat(close)) {
                    out += close;
                    return true;
                }
                return false;
            }
        }
        if (c == '"') {
            std::string text;
            if (!string(text)) return false;
            appendQuoted(out, text);
            lastString_ = std::move(text);
            return true;
        }
        const std::size_t start = i_;
        while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']' && !isSpace(s_[i_]))
            ++i_;
        if (i_ == start) return false;
        out.append(s_.substr(start, i_ - start));
        return true;
    }

    std::string_view s_;
    std::size_t i_ = 0;
    ValueParts* parts_;
    std::optional<std::string> lastString_; // the string the last value() read, if it was one
};

// The decoded text when `json` is one JSON string (space around it allowed).
std::optional<std::string> stringValue(std::string_view json)
{
    LiteralWriter reader(json);
    reader.skipSpace();
    std::string text;
    if (!reader.string(text)) return std::nullopt;
    reader.skipSpace();
    if (!reader.atEnd()) return std::nullopt;
    return text;
}

} // namespace

std::string jsLiteral(std::string_view json)
{
    std::optional<std::string> literal = LiteralWriter(json).all();
    return literal ? std::move(*literal) : std::string(json);
}

std::optional<ValueParts> valueParts(std::string_view json)
{
    ValueParts parts;
    std::optional<std::string> literal = LiteralWriter(json, &parts).all();
    if (!literal) return std::nullopt;
    parts.literal = std::move(*literal);
    if (parts.type == ValueParts::Type::String) parts.text = consoleText(json);
    return parts;
}

std::string jsString(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    appendQuoted(out, text);
    return out;
}

std::string consoleText(std::string_view json)
{
    std::optional<std::string> text = stringValue(json);
    return text ? std::move(*text) : jsLiteral(json);
}

std::string consoleLine(std::string_view json)
{
    const std::optional<std::string> text = stringValue(json);
    if (!text) return jsLiteral(json);
    std::string out;
    out.reserve(text->size());
    for (const char c : *text) {
        if (c == '\n') {
            out += " \u23CE ";
        } else {
            out += c;
        }
    }
    return out;
}

std::string narratedValue(std::string text)
{
    if (text.size() <= kNarratedValueBytes) return text;
    std::size_t cut = kNarratedValueBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) // inside a character
        --cut;
    text.resize(cut);
    return text + "…";
}

} // namespace ys
