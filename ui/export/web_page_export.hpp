// SPDX-License-Identifier: MIT
// File > Export as web page… and `--html`: a run as one self-contained HTML file that steps in
// any browser, offline.
//
// Nothing in the page works out what the program did. Everything it shows comes from the app:
//  - the timeline at event N is the frame the app's renderer (and note painter) draws with
//    events 1..N shown and N current, for the whole run laid out at the window's default zoom,
//    in the light and the dark theme, through QSvgGenerator; SvgFrames keeps the frames small.
//    The x of each event is computed here from the same layout and viewport; the page puts a
//    clickable mark carrying its seq (data-seq) on each event shown;
//  - the lanes are the window's: one per generator and per loop of a run with several
//    (InstanceLanes), at most three an actor, the last holding "N more";
//  - the sentence of each event is narrate()'s, with its note as the window adds it, and its
//    badge the narration banner's (naming the event's generator or loop where the lanes do);
//  - the lit lines are the event's and the previous event's `line`; the listing's colours are
//    the code panel's highlighter's tokens;
//  - the console is what the console panel holds at each event (the page keeps its text once
//    and each event's length of it).
//
// Safety: every text from the run travels as JSON inside <script type="application/json">
// with `<`, `>` and `&` written as \u escapes, and the page's script inserts it with
// textContent only, and builds the drawings element by element with setAttribute (no markup
// is parsed).
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"
#include "core/io/trace_file.hpp"
#include "core/trace/trace.hpp"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ys::ui {

class RunSession;

// What a page is made of.
struct WebPageRun {
    const Demo* demo = nullptr; // nullptr: a recorded run of a demo this build does not know
    Params params;
    const Trace* trace = nullptr;
    std::string listing;
    std::vector<Note> notes;
    QString name; // the run as summaries name it: "pagination (users=7, …)"
};

class WebPageExport {
public:
    // A page holds every step's frame of the timeline, each costing a few kilobytes and a
    // drawing of the whole run: beyond this the file (a few megabytes) and its making (seconds)
    // would stop being something to hand out and open on a phone. The demos make 10 to 90.
    static constexpr std::size_t kMaxEvents = 300;

    // "the run has N events; a web page holds at most 300 (…)", or "more than N events" for
    // a run stopped there; empty when within the limit.
    static QString refusal(std::size_t events, bool stopped = false);

    // The page, or nothing and `error` set (a run over kMaxEvents, an empty run). Needs a
    // QApplication (the console panel and the fonts of the drawings).
    static std::optional<QByteArray> build(const WebPageRun& run, QString& error);

    // The page of the window's run, written to `path` whole or not at all: a live run is run to
    // its end on an engine of its own (stopping one event past the limit), so the window's
    // cursor stays. False and `error` set when refused or not written; `refused` tells a run
    // over the limit apart from a failure to write.
    static bool exportSession(const RunSession& session, const QString& path, QString& error, bool& refused);

    // "countdown (from=3, ms=500)", as the command line names runs.
    static QString runName(const Demo* demo, const Params& params);

    // The sentence the window shows for event seq (narrate() and the note, as the narration
    // banner gets it, with backticks around code).
    static QString sentence(const WebPageRun& run, std::size_t seq);
};

} // namespace ys::ui
