// SPDX-License-Identifier: MIT
#include "core/text/message_text.hpp"

#include <array>

namespace ys {
namespace {

void appendHex(std::string& out, unsigned char byte)
{
    constexpr std::array<char, 16> kDigits{'0', '1', '2', '3', '4', '5', '6', '7',
                                           '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    out += "\\x";
    out += kDigits.at(byte >> 4);
    out += kDigits.at(byte & 0x0F);
}

} // namespace

std::size_t utf8CharLength(std::string_view s)
{
    if (s.empty()) return 0;
    const auto b0 = static_cast<unsigned char>(s[0]);
    if (b0 < 0x80) return 1;
    std::size_t n = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        n = 2;
        min = 0x80;
        cp = b0 & 0x1Fu;
    } else if ((b0 & 0xF0) == 0xE0) {
        n = 3;
        min = 0x800;
        cp = b0 & 0x0Fu;
    } else if ((b0 & 0xF8) == 0xF0) {
        n = 4;
        min = 0x10000;
        cp = b0 & 0x07u;
    } else {
        return 0;
    }
    if (s.size() < n) return 0;
    for (std::size_t i = 1; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

std::string printableText(std::string_view bytes, std::size_t maxChars)
{
    std::string out;
    std::size_t chars = 0;
    while (!bytes.empty()) {
        if (chars == maxChars) {
            out += "\u2026";
            break;
        }
        const std::size_t n = utf8CharLength(bytes);
        const auto b = static_cast<unsigned char>(bytes[0]);
        if (n == 0) {
            appendHex(out, b);
        } else if (n == 1 && (b < 0x20 || b == 0x7F)) {
            switch (b) {
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
                appendHex(out, b);
                break;
            }
        } else {
            out.append(bytes.substr(0, n));
        }
        bytes.remove_prefix(n == 0 ? 1 : n);
        ++chars;
    }
    return out;
}

} // namespace ys
