// SPDX-License-Identifier: MIT
// The console: what the run has printed up to the event shown, as a terminal shows it.
//
// A long run prints a million lines, and building them all as a text document takes seconds
// (a jump that rebuilt even the last 2,000 took milliseconds). So the document holds a window
// of the outputs, [firstOutput(), outputs()):
//  - a jump builds only the latest kNearOutputs, a few screens, which is what is seen;
//  - a step edits the window at its ends: one output more or less at the bottom, and at the
//    top one dropped once the window holds kKeptOutputs, or one restored so that a step back
//    never leaves fewer than kNearOutputs;
//  - scrolling near the top loads the kLoadOutputs before the window, keeping the lines in
//    view where they are, so every output down to the first is reached by scrolling on. A
//    header line above the window says how many earlier outputs there are.
//
// Why a text document and not a list view over the trace's log events (which would reach any
// output at no cost): the console is read like a terminal. process.stdout.write writes part of
// a line that a later output continues, one output may print several lines, and a reader
// selects and copies any part of the text. A plain text edit does all of that as it is; a list
// would need a line index over every output's text and its own selection to match it.
#pragma once

#include <QPlainTextEdit>
#include <QSet>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ys {
class Trace;
}

namespace ys::ui {

class ConsoleView : public QPlainTextEdit {
    Q_OBJECT

public:
    // Outputs a jump builds: more lines than the tallest console shows.
    static constexpr std::size_t kNearOutputs = 100;
    // Outputs the window keeps while stepping forward; beyond, the top one goes.
    static constexpr std::size_t kKeptOutputs = 2000;
    // Earlier outputs loaded each time the reader scrolls near the top (about 5 ms of work).
    static constexpr std::size_t kLoadOutputs = 2000;

    explicit ConsoleView(QWidget* parent = nullptr);

    // A new run: its trace (nullptr for none) and its listing, which says which lines write
    // without a line break. The console is emptied.
    void setRun(const Trace* trace, const std::string& listing);
    // Takes note of the log events recorded since the last call.
    void traceGrew();
    // Shows the outputs of the events up to and including `seq` (none: no output).
    void showUpTo(std::optional<std::size_t> seq);
    // Loads up to kLoadOutputs earlier outputs above the window; false when there are none.
    bool loadEarlier();

    // Outputs up to the event shown, and the first of them the document holds.
    std::size_t outputs() const { return shown_; }
    std::size_t firstOutput() const { return first_; }

    // The line above the window when `earlier` outputs are not in it (empty for none).
    static QString header(std::size_t earlier);

protected:
    void wheelEvent(QWheelEvent* event) override;

private:
    QString textOf(std::size_t output) const;
    bool breaksAfter(std::size_t output) const;
    bool step(std::size_t shown);
    void rebuild(std::size_t shown);
    void scrolled();

    const Trace* trace_ = nullptr;
    QSet<int> writeLines_;             // listing lines that print without a line break
    std::vector<std::size_t> logSeqs_; // seqs of the trace's log events, as far as indexed
    std::size_t indexedUpTo_ = 0;
    std::size_t first_ = 0;     // the first output in the document
    std::size_t shown_ = 0;     // outputs up to the event shown: the document ends with them
    bool pendingBreak_ = false; // the last output shown ends with a line break still to show
    bool editing_ = false;      // the console itself is moving the scroll bar
    bool loadPending_ = false;  // a load of earlier outputs is queued
};

} // namespace ys::ui
