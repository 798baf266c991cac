// SPDX-License-Identifier: MIT
// The narration in words: every sentence template of the narration, and the words of the
// table of kinds that the window shows, translated with tr(). The core says which sentence an
// event gets and what fills it (core/narration/narration_data.hpp); this file alone words it.
#pragma once

#include "core/narration/narration_data.hpp"
#include "core/trace/event.hpp"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <string_view>

namespace ys {
struct Demo;
class Trace;
} // namespace ys

namespace ys::ui {

class NarrationWords {
    Q_DECLARE_TR_FUNCTIONS(Narration)

public:
    // The sentence or phrase `text` in words, its placeholders filled.
    static QString text(const NarrationText& text);

    // The template of `id` as translated, with its named placeholders ({code}; {Loop} is
    // {loop} with a capital). `count` chooses the plural form of templates with %n.
    static QString templateOf(TextId id, std::int64_t count = 1);

    // The placeholders of `text` and of its phrases that have no filling: empty when the
    // sentence is whole. (A filling may go unused: an operation's phrases all get its
    // argument, for the languages that word them with it.)
    static QStringList unfilled(const NarrationText& text);
};

// The window's sentence for event `seq` of `trace`, a run of `demo` with listing `listing`.
QString narrate(const Demo& demo, const Trace& trace, std::size_t seq, std::string_view listing);

// The table of kinds' words, translated: the narration's badge ("Producer", "next() called")
// and the quiz's choice ("the loop calls next()").
QString actorBadge(Actor actor);
QString kindBadge(Kind kind);
QString kindQuizWords(Kind kind);

} // namespace ys::ui
