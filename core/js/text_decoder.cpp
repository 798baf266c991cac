// SPDX-License-Identifier: MIT
#include "core/js/text_decoder.hpp"

namespace ys {
namespace {
constexpr std::uint32_t kReplacement = 0xFFFD;
} // namespace

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

void TextDecoder::reset()
{
    needed_ = 0;
    seen_ = 0;
    codePoint_ = 0;
    lower_ = 0x80;
    upper_ = 0xBF;
}

std::string TextDecoder::decode(const std::vector<std::uint8_t>& bytes, bool stream)
{
    if (!doNotFlush_) reset(); // a call without {stream: true} before starts afresh
    doNotFlush_ = stream;
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const std::uint8_t b = bytes[i];
        if (needed_ == 0) {
            if (b <= 0x7F) {
                out += static_cast<char>(b);
            } else if (b >= 0xC2 && b <= 0xDF) {
                needed_ = 1;
                codePoint_ = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                if (b == 0xE0) lower_ = 0xA0;
                if (b == 0xED) upper_ = 0x9F;
                needed_ = 2;
                codePoint_ = b & 0xF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                if (b == 0xF0) lower_ = 0x90;
                if (b == 0xF4) upper_ = 0x8F;
                needed_ = 3;
                codePoint_ = b & 0x7;
            } else {
                appendUtf8(out, kReplacement);
            }
            continue;
        }
        if (b < lower_ || b > upper_) {
            // The sequence is broken: one U+FFFD for it, and the byte is read again afresh.
            reset();
            appendUtf8(out, kReplacement);
            --i;
            continue;
        }
        lower_ = 0x80;
        upper_ = 0xBF;
        codePoint_ = (codePoint_ << 6) | (b & 0x3F);
        if (++seen_ == needed_) {
            appendUtf8(out, codePoint_);
            reset();
        }
    }
    if (!stream && needed_ != 0) {
        reset();
        appendUtf8(out, kReplacement);
    }
    return out;
}

} // namespace ys
