// SPDX-License-Identifier: MIT
#include "core/narration/shape_from_listing.hpp"

#include "core/narration/narration.hpp"

#include <algorithm>
#include <cstddef>

namespace ys {
namespace {

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

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

} // namespace

ProgramShape shapeFromListing(const Trace& trace, std::string_view listing)
{
    ProgramShape scene;
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

} // namespace ys
