#include "json.hpp"

#include <array>
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

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    // Most values need no escaping (every label and log line of a run is written here): find
    // the plain run by table lookup and copy it in one piece.
    std::size_t plain = 0;
    while (plain < text.size() && !kEscaped[static_cast<unsigned char>(text[plain])])
        ++plain;
    if (plain == text.size()) {
        const std::size_t at = out.size();
        out.resize(at + text.size() + 2);
        char* p = out.data() + at;
        *p = '"';
        if (!text.empty()) std::memcpy(p + 1, text.data(), text.size());
        p[text.size() + 1] = '"';
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
