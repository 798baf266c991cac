// SPDX-License-Identifier: MIT
#include "ui/files/trace_file_task.hpp"

#include "core/demos/engine.hpp"

#include <QFile>
#include <QMetaObject>
#include <QSaveFile>

#include <optional>
#include <string_view>
#include <utility>

namespace ys::ui {
namespace {

// How often the worker tells the window how far it has come: often enough for a smooth bar,
// seldom enough that the window's event queue never fills up with reports.
constexpr auto kReportInterval = std::chrono::milliseconds(40);
// Events the worker's engine records between two looks at Cancel.
constexpr std::size_t kRunSlice = 50'000;

} // namespace

std::unique_ptr<TraceFileTask> TraceFileTask::open(const QString& path)
{
    std::unique_ptr<TraceFileTask> task(new TraceFileTask(path, true));
    task->start();
    return task;
}

std::unique_ptr<TraceFileTask> TraceFileTask::save(const QString& path, std::string header,
                                                   const Trace& trace)
{
    std::unique_ptr<TraceFileTask> task(new TraceFileTask(path, false));
    task->header_ = std::move(header);
    task->run_.trace = &trace;
    task->job_ = [](TraceFileTask& self, QString& error) { return self.save(error); };
    task->start();
    return task;
}

std::unique_ptr<TraceFileTask> TraceFileTask::saveWholeRun(const QString& path, std::string header,
                                                           const Demo& demo, Params params)
{
    std::unique_ptr<TraceFileTask> task(new TraceFileTask(path, false));
    task->header_ = std::move(header);
    task->run_.demo = &demo;
    task->run_.params = std::move(params);
    task->job_ = [](TraceFileTask& self, QString& error) { return self.save(error); };
    task->start();
    return task;
}

std::unique_ptr<TraceFileTask> TraceFileTask::write(const QString& path, Job job)
{
    std::unique_ptr<TraceFileTask> task(new TraceFileTask(path, false));
    task->job_ = std::move(job);
    task->start();
    return task;
}

TraceFileTask::TraceFileTask(QString path, bool reading) : path_(std::move(path)), reading_(reading) {}

TraceFileTask::~TraceFileTask()
{
    cancel();
    if (worker_.joinable()) worker_.join();
}

void TraceFileTask::start()
{
    worker_ = std::thread([this] { work(); });
}

void TraceFileTask::cancel() { cancelled_ = true; }

void TraceFileTask::waitForFinished()
{
    if (!finished_) finish();
}

TraceFile TraceFileTask::takeFile() { return std::move(file_); }

void TraceFileTask::work()
{
    try {
        if (reading_) {
            read();
        } else {
            outcome_ = job_(*this, error_);
        }
    } catch (const std::exception& e) {
        // Out of memory, or more spans than a trace can number: one message, not a crash.
        outcome_ = Outcome::Failed;
        error_ = QString::fromStdString(e.what());
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!finished_) finish();
        },
        Qt::QueuedConnection);
}

void TraceFileTask::read()
{
    try {
        std::optional<TraceFile> file = loadTraceFile(
            QFile::encodeName(path_).toStdString(),
            [this](std::uint64_t done, std::uint64_t total) { return report(Stage::Reading, done, total); });
        if (!file) {
            outcome_ = Outcome::Cancelled;
            return;
        }
        file_ = std::move(*file);
        outcome_ = Outcome::Done;
    } catch (const TraceFileError& e) {
        outcome_ = Outcome::Failed;
        error_ = QString::fromStdString(e.what());
    }
}

const Trace* TraceFileTask::traceToWrite(const RunToWrite& run, std::unique_ptr<Engine>& engine)
{
    if (run.trace != nullptr) return run.trace;
    engine = std::make_unique<Engine>(*run.demo, run.params);
    while (!engine->finished()) {
        const std::size_t events = engine->runToEnd(engine->trace().size() + kRunSlice);
        if (!report(Stage::Running, events, 0)) return nullptr;
    }
    return &engine->trace();
}

TraceFileTask::Outcome TraceFileTask::save(QString& error)
{
    // Opened first, so that a folder that cannot be written is told before any work is done.
    QSaveFile out(path_);
    if (!out.open(QIODevice::WriteOnly)) {
        error = out.errorString();
        return Outcome::Failed;
    }
    std::unique_ptr<Engine> engine;
    const Trace* trace = traceToWrite(run_, engine);
    if (trace == nullptr) return Outcome::Cancelled;
    const TraceFileWrite written = writeTraceFile(
        header_, *trace,
        [&out](std::string_view bytes) {
            return out.write(bytes.data(), static_cast<qint64>(bytes.size())) ==
                   static_cast<qint64>(bytes.size());
        },
        [this](std::uint64_t done, std::uint64_t total) { return report(Stage::Writing, done, total); });
    // Not committed, QSaveFile removes what it wrote: the file at `path` stays as it was.
    if (written == TraceFileWrite::SinkFailed) {
        error = out.errorString();
        return Outcome::Failed;
    }
    // The last look at Cancel: once committed, the file is saved whatever is pressed.
    if (written == TraceFileWrite::Cancelled || cancelled_) return Outcome::Cancelled;
    if (!out.commit()) {
        error = out.errorString();
        return Outcome::Failed;
    }
    return Outcome::Done;
}

bool TraceFileTask::report(Stage stage, std::uint64_t done, std::uint64_t total)
{
    const auto now = std::chrono::steady_clock::now();
    const bool end = total != 0 && done == total;
    if (!reportedOnce_ || stage != lastStage_ || end || now - lastReport_ >= kReportInterval) {
        reportedOnce_ = true;
        lastStage_ = stage;
        lastReport_ = now;
        const auto doneNow = static_cast<qint64>(done);
        const auto totalNow = static_cast<qint64>(total);
        QMetaObject::invokeMethod(
            this,
            [this, stage, doneNow, totalNow] {
                if (!finished_) emit progressed(stage, doneNow, totalNow);
            },
            Qt::QueuedConnection);
    }
    return !cancelled_;
}

void TraceFileTask::finish()
{
    if (worker_.joinable()) worker_.join();
    finished_ = true;
    // Cancel pressed after the worker had read the whole file: nothing is handed over.
    if (reading_ && cancelled_ && outcome_ == Outcome::Done) {
        outcome_ = Outcome::Cancelled;
        file_ = TraceFile();
    }
    emit finished();
}

} // namespace ys::ui
