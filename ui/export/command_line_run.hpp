// SPDX-License-Identifier: MIT
// The run the command line writes, whichever engine made it: a demo's, run by the C++ engine
// (core/demos) only as far as an output needs it, or a program's of one's own, already run to
// its end on the embedded engine (core/script). Every output of the command line is made from
// one: the exporters' options (exporter.hpp: writeFromCommandLine) and a recording.
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/demos/params.hpp"
#include "core/io/trace_file.hpp"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace ys::ui {

class CommandLineRun {
public:
    // A demo's run with these parameters; nothing runs until trace() is asked for.
    CommandLineRun(const Demo& demo, Params params);
    // A program's run (its trace and program, core/io/trace_file.hpp), from the file named
    // `fileName`.
    CommandLineRun(TraceFile programRun, QString fileName);

    // The demo, or nullptr for a program's run.
    const Demo* demo() const { return demo_; }
    // The demo's parameters (none for a program).
    const Params& params() const { return params_; }
    // The program's source, or nullptr for a demo's run.
    const std::string* program() const;
    // What the code panel shows: the program, or the demo's listing with its parameters.
    std::string listing() const;
    // "countdown (from=3, ms=500)" or "prog.js": the run as summaries and pages name it.
    QString name() const;
    // "countdown" or "prog.js": the run as a title names it.
    std::string shortName() const;

    // The trace, with at least `maxEvents` events when the run has that many: a demo runs on
    // only as far as asked (on to its end by default), a program's run is whole already.
    const Trace& trace(std::size_t maxEvents = SIZE_MAX);
    // True once the run has ended: a program's always, a demo's once trace() ran it out.
    bool finished() const;

    // A program's run only: its trace and program, moved out for a recording that replays them.
    // The run keeps its name; its trace is gone.
    TraceFile takeProgramRun();

private:
    const Demo* demo_ = nullptr;
    Params params_;
    std::unique_ptr<Engine> engine_; // a demo's, once trace() is asked for
    std::optional<TraceFile> programRun_;
    QString fileName_;
};

} // namespace ys::ui
