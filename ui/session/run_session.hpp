// SPDX-License-Identifier: MIT
// One run of a demo as the window shows it: the engine, and a cursor on its recorded trace.
//
// The cursor is "none" before the first step, else the seq of the event shown. Stepping
// forward past the last recorded event really runs the engine; stepping back and jumping
// move over what is already recorded and never run the demo again. Jumping to the end runs
// the engine in slices from the event loop, so a long run keeps the window responsive.
//
// A session can also replay a recorded run (a trace file): there is no engine, the whole trace
// is there from the start, and the run counts as finished.
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/demos/params.hpp"
#include "core/io/trace_file.hpp"
#include "core/trace/trace.hpp"

#include <QObject>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ys::ui {

class RunSession : public QObject {
    Q_OBJECT

public:
    static constexpr std::size_t kNoCursor = static_cast<std::size_t>(-1);
    // A jump to the end runs the engine in slices, and the window repaints and takes input
    // between them: a slice records at most kSliceEvents events and stops, between steps of
    // kSliceStepEvents, once it has run for kSliceMs. The time limit keeps a slice and the
    // window's work for it (laying the new events out, painting) within a frame of 16 ms on a
    // slow machine or a debug build as well; a fast one still reaches the event limit.
    static constexpr std::size_t kSliceEvents = 50'000;
    static constexpr std::size_t kSliceStepEvents = 2'000;
    static constexpr int kSliceMs = 8;

    explicit RunSession(QObject* parent = nullptr);
    ~RunSession() override;

    // Starts a new run (the old one is discarded); the cursor is none.
    void start(const Demo& demo, Params params);
    // Replays a recorded run (the old run is discarded); the cursor is none. The file's demo
    // may be unknown (nullptr): then the listing is the file's program (a program of one's own),
    // or empty.
    void open(TraceFile file);

    // The demo of the run; nullptr for a recorded run of an unknown demo.
    const Demo* demo() const { return demo_; }
    const Params& params() const { return params_; }
    const Trace* trace() const;
    const std::string& listing() const { return listing_; }
    // The source of a program of one's own being replayed; empty for a demo's run.
    std::string_view program() const
    {
        return file_ != nullptr && demo_ == nullptr ? std::string_view(file_->program) : std::string_view();
    }
    // The run replays a recorded trace (no engine).
    bool replaying() const { return file_ != nullptr; }
    // The notes pinned to the run's events, by seq (a new run starts with none; a recorded
    // run with its file's).
    const std::vector<Note>& notes() const { return notes_; }
    // Pins `text` to recorded event seq, replacing its note; empty text removes the note.
    // False (nothing changes) for a seq not recorded.
    bool setNote(std::size_t seq, const std::string& text);
    // The whole run as a trace file. A live run that has not finished is run to its end on an
    // engine of its own, so the session's cursor and trace stay as they are.
    TraceFile toTraceFile() const;

    std::size_t cursor() const { return cursor_; }
    bool hasCursor() const { return cursor_ != kNoCursor; }
    std::size_t recorded() const
    {
        const Trace* t = trace();
        return t != nullptr ? t->size() : 0;
    }
    // The engine has run out of work: nothing more will ever be recorded.
    bool finished() const { return finished_; }
    // Finished, and the cursor shows the last event.
    bool atEnd() const;
    // A jump to the end is running its slices; traceGrew() follows each one, and recorded()
    // says how far it has got.
    bool jumping() const { return jumping_; }
    // Virtual time of the event at the cursor (0 before the first step).
    std::int64_t timeAtCursor() const;

    bool canStepBack() const { return hasCursor(); }
    bool canStepForward() const { return !atEnd(); }

    // Makes sure the event after the cursor is recorded, running the engine one step when
    // the cursor is at the last recorded event; false when the run has no further event.
    bool prefetch();
    // Runs the engine now, in one go, until the run finishes or `maxEvents` events are
    // recorded (a short run shown whole, as the compare view does); the cursor stays. A run
    // stopped there is not finished().
    void recordUpTo(std::size_t maxEvents);

public slots:
    // Advances the cursor by one event; false (nothing changes) at the end of the run.
    bool stepForward();
    // Moves the cursor back by one event (from the first event: to none).
    bool stepBack();
    // Moves the cursor to a recorded event.
    void jumpTo(std::size_t seq);
    // Back to before the first event.
    void jumpToStart();
    // Runs the engine to the end (in slices) and moves the cursor to the last event.
    void jumpToEnd();
    // Stops a jump to the end where it is; the cursor stays.
    void cancelJump();
    // The same demo and parameters from the beginning (a recorded run: back to its start).
    void reset();

signals:
    // A new run began (start or reset): the trace is empty and the cursor is none.
    void runStarted();
    // The cursor moved; -1 stands for none.
    void cursorChanged(qint64 previous, qint64 current);
    // New events were recorded.
    void traceGrew();
    void finishedChanged(bool finished);
    void jumpingChanged(bool jumping);
    void notesChanged();

private:
    void setCursor(std::size_t seq);
    bool runEngineStep();
    void checkFinished();
    void runSlice();
    void setJumping(bool on);

    const Demo* demo_ = nullptr;
    Params params_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<TraceFile> file_; // the recorded run replayed, when there is no engine
    std::vector<Note> notes_;
    std::string listing_;
    std::size_t cursor_ = kNoCursor;
    bool finished_ = false;
    bool jumping_ = false;
    // Incremented by every new run and every cancelled jump, so a stale slice does nothing.
    std::uint64_t generation_ = 0;
};

} // namespace ys::ui
