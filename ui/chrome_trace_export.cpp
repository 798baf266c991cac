// SPDX-License-Identifier: MIT
#include "chrome_trace_export.hpp"

#include "chrome_trace.hpp"
#include "engine.hpp"
#include "output_file.hpp"

#include <QFile>
#include <QMetaObject>

#include <new>
#include <utility>

namespace ys::ui {
namespace {

// As a trace file's save reports: a smooth bar, never a flooded event queue.
constexpr auto kReportInterval = std::chrono::milliseconds(40);
// Events the worker's engine records between two looks at Cancel.
constexpr std::size_t kRunSlice = 50'000;

} // namespace

std::unique_ptr<ChromeTraceExportTask> ChromeTraceExportTask::write(const QString& path, std::string title,
                                                                    const Trace& trace)
{
    std::unique_ptr<ChromeTraceExportTask> task(new ChromeTraceExportTask(path, std::move(title)));
    task->trace_ = &trace;
    task->start();
    return task;
}

std::unique_ptr<ChromeTraceExportTask> ChromeTraceExportTask::writeWholeRun(const QString& path,
                                                                            const Demo& demo, Params params)
{
    std::unique_ptr<ChromeTraceExportTask> task(new ChromeTraceExportTask(path, demo.name));
    task->demo_ = &demo;
    task->params_ = std::move(params);
    task->start();
    return task;
}

ChromeTraceExportTask::ChromeTraceExportTask(QString path, std::string title)
    : path_(std::move(path)), title_(std::move(title))
{
}

ChromeTraceExportTask::~ChromeTraceExportTask()
{
    cancel();
    if (worker_.joinable()) worker_.join();
}

void ChromeTraceExportTask::start()
{
    worker_ = std::thread([this] {
        try {
            work();
        } catch (const std::bad_alloc&) {
            outcome_ = Outcome::Failed;
            error_ = QStringLiteral("out of memory");
        } catch (const std::exception& e) {
            outcome_ = Outcome::Failed;
            error_ = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!finished_) finish();
            },
            Qt::QueuedConnection);
    });
}

void ChromeTraceExportTask::work()
{
    // Opened first, so that a folder that cannot be written is told before any work is done.
    OutputFile out;
    if (!out.open(QFile::encodeName(path_).toStdString(), false)) {
        outcome_ = Outcome::Failed;
        error_ = QString::fromStdString(out.error());
        return;
    }
    std::unique_ptr<Engine> engine;
    const Trace* trace = trace_;
    if (trace == nullptr) {
        engine = std::make_unique<Engine>(*demo_, params_);
        while (!engine->finished()) {
            const std::size_t events = engine->runToEnd(engine->trace().size() + kRunSlice);
            if (!report(Stage::Running, events, 0)) {
                outcome_ = Outcome::Cancelled;
                return;
            }
        }
        trace = &engine->trace();
    }
    bool sinkFailed = false;
    const bool written = writeChromeTrace(
        *trace, title_,
        [&](std::string_view bytes) {
            sinkFailed = !out.write(bytes);
            return !sinkFailed;
        },
        [this](std::size_t done, std::size_t total) { return report(Stage::Writing, done, total); });
    if (sinkFailed) {
        outcome_ = Outcome::Failed;
        error_ = QString::fromStdString(out.error());
        return;
    }
    // The last look at Cancel: not committed, the temporary file goes and the old file stays.
    if (!written || cancelled_) {
        outcome_ = Outcome::Cancelled;
        return;
    }
    if (!out.commit()) {
        outcome_ = Outcome::Failed;
        error_ = QString::fromStdString(out.error());
        return;
    }
    outcome_ = Outcome::Done;
}

bool ChromeTraceExportTask::report(Stage stage, std::uint64_t done, std::uint64_t total)
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

void ChromeTraceExportTask::waitForFinished()
{
    if (!finished_) finish();
}

void ChromeTraceExportTask::finish()
{
    if (worker_.joinable()) worker_.join();
    finished_ = true;
    emit finished();
}

} // namespace ys::ui
