// SPDX-License-Identifier: MIT
// One file opened, saved or exported on a worker thread, so that the window goes on painting
// while hundreds of megabytes are parsed or written. A trace file is opened and saved here; an
// export of another format gives its own job (write()) and gets the same thread, progress,
// Cancel and end. Progress and the end arrive as signals on the
// thread that made the task; cancel() stops the worker at its next chunk (64 KiB read, 1 MiB
// written). The worker touches nothing but what it was given: no widget, no session. A save
// reads the trace it was given where it lies, so that trace must not change until finished().
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"
#include "core/io/trace_file.hpp"
#include "core/trace/trace.hpp"

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace ys {
class Engine;
}

namespace ys::ui {

// The run a file is written from: `trace` where it lies (it must not change until the task has
// finished), or, when that is nullptr, the whole run of `demo` with `params`, run first on an
// engine of the worker's own, so that a run on screen that has not finished is written whole and
// left as it is.
struct RunToWrite {
    const Trace* trace = nullptr;
    const Demo* demo = nullptr;
    Params params;
};

class TraceFileTask : public QObject {
    Q_OBJECT

public:
    // What the worker is doing: reading a file, running a demo to its end (before saving a run
    // that has not finished), writing a file.
    enum class Stage { Reading, Running, Writing };
    Q_ENUM(Stage)
    enum class Outcome { Running, Done, Cancelled, Failed };
    Q_ENUM(Outcome)

    // Reads the trace file at `path`.
    static std::unique_ptr<TraceFileTask> open(const QString& path);
    // Writes `header` (traceFileHeader) and `trace` to `path` through a QSaveFile, committed
    // only when the whole file is written: a cancelled or failed save leaves the old file.
    static std::unique_ptr<TraceFileTask> save(const QString& path, std::string header, const Trace& trace);
    // Runs `demo` with `params` to its end on an engine of the worker's own, then writes its trace
    // as save() does: a run on screen that has not finished is saved whole and left as it is.
    static std::unique_ptr<TraceFileTask> saveWholeRun(const QString& path, std::string header,
                                                       const Demo& demo, Params params);

    // What an export of another format does on the worker: writes `path` from the run, reporting
    // through the task (report(), cancelled()); Done, Cancelled, or Failed with `error` set.
    using Job = std::function<Outcome(TraceFileTask& task, QString& error)>;
    // Runs `job` on a worker as a save (the progress dialog says "Saving").
    static std::unique_ptr<TraceFileTask> write(const QString& path, Job job);

    // Cancels the work and waits for the worker.
    ~TraceFileTask() override;
    TraceFileTask(const TraceFileTask&) = delete;
    TraceFileTask& operator=(const TraceFileTask&) = delete;

    const QString& path() const { return path_; }
    bool saving() const { return !reading_; }

    // Asks the worker to stop. An open cancelled before finished() never hands its trace over,
    // even when the worker had read it all; a save is cancelled unless the file was already
    // committed (then it is Done: the file is saved).
    void cancel();
    // Waits for the worker (which stops soon after cancel()) and emits finished() now, unless
    // it was emitted already.
    void waitForFinished();

    Outcome outcome() const { return outcome_; }
    // Why it failed: "line 3: seq 7 where 2 was expected", or what the file system said.
    const QString& error() const { return error_; }
    // The file read (an open that is Done); the task keeps nothing of it.
    TraceFile takeFile();

    // For a job, on the worker: hands progress to the task's thread (throttled); false when
    // cancelled.
    bool report(Stage stage, std::uint64_t done, std::uint64_t total);
    bool cancelled() const { return cancelled_; }
    // For a job, on the worker: the trace of `run`, running its demo to the end on `engine`
    // first when it has no trace (Stage::Running); nullptr when cancelled meanwhile.
    const Trace* traceToWrite(const RunToWrite& run, std::unique_ptr<Engine>& engine);

signals:
    // `done` of `total`: bytes read, events run (total 0: not known), events written. The
    // worker reports a few dozen times a second, and always its start and its end.
    void progressed(ys::ui::TraceFileTask::Stage stage, qint64 done, qint64 total);
    void finished();

private:
    TraceFileTask(QString path, bool reading);
    void start();
    void work();
    void read();
    Outcome save(QString& error);
    // On the task's thread, once the worker is done.
    void finish();

    const QString path_;
    const bool reading_;
    // What a save writes: the header, and the trace given or the one the worker runs.
    std::string header_;
    RunToWrite run_;
    // What the worker does when it is not reading: a trace file's save, or an export's job.
    Job job_;

    std::thread worker_;
    std::atomic<bool> cancelled_{false};
    bool finished_ = false;
    // Written by the worker, read after it is joined.
    Outcome outcome_ = Outcome::Running;
    QString error_;
    TraceFile file_;
    // The worker's own: when it last reported, and at which stage.
    std::chrono::steady_clock::time_point lastReport_;
    Stage lastStage_ = Stage::Reading;
    bool reportedOnce_ = false;
};

} // namespace ys::ui
