// SPDX-License-Identifier: MIT
#include "core/js/json.hpp"

#include <array>
#include <cstdint>
#include <cstring>

namespace ys {
namespace {

// The characters JSON.stringify escapes: controls, the quote and the backslash.
constexpr std::array<bool, 256> kEscaped = [] {
    std::array<bool, 256> table{};
    for (std::size_t c = 0; c < 0x20; ++c)
        table[c] = true;
    table['"'] = true;
    table['\\'] = true;
    return table;
}();

// Whether any of the eight bytes of `word` needs escaping (a control, '"' or '\\'), tested all
// at once: labels and log lines are plain, and this runs for each of them.
bool anyEscaped(std::uint64_t word)
{
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t highs = 0x8080808080808080ull;
    auto hasZeroByte = [&](std::uint64_t x) { return ((x - ones) & ~x & highs) != 0; };
    const bool control = ((word - ones * 0x20) & ~word & highs) != 0; // a byte below 0x20
    return control || hasZeroByte(word ^ (ones * '"')) || hasZeroByte(word ^ (ones * '\\'));
}

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    // Most values need no escaping (every label and log line of a run is written here): find
    // the plain run by table lookup and copy it in one piece.
    std::size_t plain = 0;
    for (std::uint64_t word = 0; plain + 8 <= text.size(); plain += 8) {
        std::memcpy(&word, text.data() + plain, 8);
        if (anyEscaped(word)) break;
    }
    while (plain < text.size() && !kEscaped[static_cast<unsigned char>(text[plain])])
        ++plain;
    if (plain == text.size()) {
        out.reserve(out.size() + text.size() + 2);
        out += '"';
        out.append(text);
        out += '"';
        return;
    }
    out += '"';
    out.append(text.data(), plain);
    text.remove_prefix(plain);
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 15];
            } else {
                out += ch; // UTF-8 passes through, as JSON.stringify leaves it
            }
        }
    }
    out += '"';
}

} // namespace ys
