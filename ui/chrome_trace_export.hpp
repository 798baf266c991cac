// SPDX-License-Identifier: MIT
// File > Export as Chrome trace…: the whole run in the Trace Event Format (see
// core/chrome_trace.hpp), written on a worker thread as File > Save writes a trace file (see
// files/trace_file_task.hpp): progress and the end arrive as signals on the window's thread,
// cancel() stops the worker at its next megabyte, and the file appears whole or not at all.
// The file is streamed: its size never sits in memory.
#pragma once

#include "files/trace_file_task.hpp"

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace ys::ui {

class ChromeTraceExportTask : public QObject {
    Q_OBJECT

public:
    using Stage = TraceFileTask::Stage;
    using Outcome = TraceFileTask::Outcome;

    // Writes `trace` where it lies: it must not change until finished().
    static std::unique_ptr<ChromeTraceExportTask> write(const QString& path, std::string title,
                                                        const Trace& trace);
    // Runs `demo` to its end on the worker's own engine first (a run on screen not finished).
    static std::unique_ptr<ChromeTraceExportTask> writeWholeRun(const QString& path, const Demo& demo,
                                                                Params params);

    // Cancels the work and waits for the worker.
    ~ChromeTraceExportTask() override;
    ChromeTraceExportTask(const ChromeTraceExportTask&) = delete;
    ChromeTraceExportTask& operator=(const ChromeTraceExportTask&) = delete;

    const QString& path() const { return path_; }
    void cancel() { cancelled_ = true; }
    // Waits for the worker and emits finished() now, unless it was emitted already.
    void waitForFinished();
    Outcome outcome() const { return outcome_; }
    const QString& error() const { return error_; }

signals:
    // Events run (total 0: not known yet), then events written of the whole.
    void progressed(ys::ui::TraceFileTask::Stage stage, qint64 done, qint64 total);
    void finished();

private:
    ChromeTraceExportTask(QString path, std::string title);
    void start();
    void work();
    bool report(Stage stage, std::uint64_t done, std::uint64_t total);
    void finish();

    const QString path_;
    const std::string title_;
    const Trace* trace_ = nullptr;
    const Demo* demo_ = nullptr;
    Params params_;

    std::thread worker_;
    std::atomic<bool> cancelled_{false};
    bool finished_ = false;
    Outcome outcome_ = Outcome::Running;
    QString error_;
    std::chrono::steady_clock::time_point lastReport_;
    Stage lastStage_ = Stage::Running;
    bool reportedOnce_ = false;
};

} // namespace ys::ui
