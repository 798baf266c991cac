// SPDX-License-Identifier: MIT
// A program's structure as the narration tells it: who produces the values (a generator, an
// iterator's next()) and which loop consumes them, with the lines their bodies span.
#pragma once

#include <cstdint>
#include <string_view>

namespace ys {

enum class ProducerKind : std::uint8_t { AsyncGenerator, SyncGenerator, IteratorNext, None };

struct ProgramShape {
    ProducerKind producer = ProducerKind::None;
    int producerFirst = 0; // header line of the producer's body (1-based; 0: none)
    int producerLast = 0;  // its last line
    bool asyncLoop = true; // for await, or a plain for...of
    int loopFirst = 0;     // the loop's header line
    int loopLast = 0;      // its last line

    bool operator==(const ProgramShape&) const = default;
};

// Who runs a line: the producer, the loop's body, or the rest of the program.
enum class Runner : std::uint8_t { Producer, LoopBody, Program };

inline Runner runnerOf(const ProgramShape& s, int line)
{
    if (s.producerFirst != 0 && line >= s.producerFirst && line <= s.producerLast) return Runner::Producer;
    if (s.loopFirst != 0 && line > s.loopFirst && line <= s.loopLast) return Runner::LoopBody;
    return Runner::Program;
}

// A demo's structure, as snippets of its listing template (each on exactly one line, see
// Demo::line): the producer's header and the last line of its body, the loop's header and
// the last line of its body. Empty snippets: no such piece.
struct DemoShape {
    ProducerKind producer = ProducerKind::None;
    std::string_view producerFrom;
    std::string_view producerTo;
    bool asyncLoop = true;
    std::string_view loopFrom;
    std::string_view loopTo;
};

} // namespace ys
