// SPDX-License-Identifier: MIT
// One run of a program of one's own on the embedded engine, off the window's thread: the engine
// runs it to its end (or its runaway limits) on a worker while the window goes on painting and
// taking input; finished() comes on the window's thread with the result and the recorded run.
// stop() asks the engine to stop where it is (within a few milliseconds).
#pragma once

#include "core/io/trace_file.hpp"
#include "core/script/script_engine.hpp"

#include <QObject>

#include <atomic>
#include <memory>
#include <string>
#include <thread>

namespace ys::ui {

class ProgramRun : public QObject {
    Q_OBJECT

public:
    explicit ProgramRun(QObject* parent = nullptr);
    // Stops a run still going and waits for its worker.
    ~ProgramRun() override;
    ProgramRun(const ProgramRun&) = delete;
    ProgramRun& operator=(const ProgramRun&) = delete;

    // Starts running `source` in `world`; false (nothing starts) while a run is going.
    bool start(std::string source, const script::World& world, const script::Limits& limits = {});
    bool running() const { return running_; }
    void stop();

    // After finished(): the outcome, and the run (its trace and program) to be handed over.
    const script::Result& result() const { return result_; }
    TraceFile takeRun() { return std::move(run_); }

signals:
    void finished();

private:
    struct Work;
    void collect();

    std::shared_ptr<Work> work_;
    std::thread worker_;
    script::Result result_;
    TraceFile run_;
    bool running_ = false;
};

} // namespace ys::ui
