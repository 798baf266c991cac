// SPDX-License-Identifier: MIT
// TextDecoder for UTF-8, as the WHATWG Encoding standard specifies it: each malformed
// sequence becomes one U+FFFD, and decode(bytes, {stream: true}) keeps an incomplete sequence
// for the next call, while decode(bytes) flushes it as U+FFFD - so the chunks demo shows the
// very characters JavaScript shows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ys {

class TextDecoder {
public:
    // Returns UTF-8 text. `stream` is the {stream: true} option.
    std::string decode(const std::vector<std::uint8_t>& bytes, bool stream);

private:
    void reset();
    bool doNotFlush_ = false;
    int needed_ = 0;
    int seen_ = 0;
    std::uint32_t codePoint_ = 0;
    std::uint8_t lower_ = 0x80;
    std::uint8_t upper_ = 0xBF;
};

void appendUtf8(std::string& out, std::uint32_t cp);

} // namespace ys
