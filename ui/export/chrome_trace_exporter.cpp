// SPDX-License-Identifier: MIT
// File > Export as Chrome trace… and --chrome-trace FILE: the whole run in the Trace Event
// Format (core/chrome_trace.hpp) that Perfetto and chrome://tracing open. The window's is
// written on a worker as File > Save writes (a file task: progress, Cancel, the file whole or
// not at all), streamed so that its size never sits in memory.
#include "ui/export/exporters.hpp"

#include "core/io/chrome_trace.hpp"
#include "core/io/output_file.hpp"
#include "ui/files/file_task_controller.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"

#include <QFile>
#include <QFileInfo>

#include <new>

namespace ys::ui {
namespace {

// On the worker: writes the run to `task`'s path, through a temporary file put in place only
// once the whole file is written.
TraceFileTask::Outcome writeChromeTraceFile(TraceFileTask& task, const RunToWrite& run,
                                            const std::string& title, QString& error)
{
    try {
        // Opened first, so that a folder that cannot be written is told before any work is done.
        OutputFile out;
        if (!out.open(QFile::encodeName(task.path()).toStdString(), false)) {
            error = QString::fromStdString(out.error());
            return TraceFileTask::Outcome::Failed;
        }
        std::unique_ptr<Engine> engine;
        const Trace* trace = task.traceToWrite(run, engine);
        if (trace == nullptr) return TraceFileTask::Outcome::Cancelled;
        bool sinkFailed = false;
        const bool written = writeChromeTrace(
            *trace, title,
            [&](std::string_view bytes) {
                sinkFailed = !out.write(bytes);
                return !sinkFailed;
            },
            [&task](std::size_t done, std::size_t total) {
                return task.report(TraceFileTask::Stage::Writing, done, total);
            });
        if (sinkFailed) {
            error = QString::fromStdString(out.error());
            return TraceFileTask::Outcome::Failed;
        }
        // The last look at Cancel: not committed, the temporary file goes and the old file stays.
        if (!written || task.cancelled()) return TraceFileTask::Outcome::Cancelled;
        if (!out.commit()) {
            error = QString::fromStdString(out.error());
            return TraceFileTask::Outcome::Failed;
        }
        return TraceFileTask::Outcome::Done;
    } catch (const std::bad_alloc&) {
        error = QStringLiteral("out of memory");
        return TraceFileTask::Outcome::Failed;
    }
}

class ChromeTraceExporter final : public Exporter {
    // Its texts are translated under its own name, as lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(ys::ui::ChromeTraceExporter)

public:
    QString name() const override { return QStringLiteral("chrome-trace"); }
    QString menuText() const override { return tr("Export as &Chrome trace…"); }
    QString actionName() const override { return QStringLiteral("actionExportChromeTrace"); }
    QString statusTip() const override { return tr("Save the whole run for Perfetto or chrome://tracing"); }
    QString dialogTitle() const override { return tr("Export as Chrome trace"); }
    QString fileFilter() const override { return tr("Trace Event Format (*.json);;All files (*)"); }
    QString suffix() const override { return QStringLiteral("json"); }
    QString suggestedFileName(const RunSession& session) const override
    {
        return runBaseName(session, QStringLiteral("run")) + QStringLiteral("-trace.json");
    }
    bool runsInBackground() const override { return true; }

    bool exportFromWindow(const WindowExport& context) const override
    {
        const QString name = QFileInfo(context.path).fileName();
        if (context.files.running()) {
            context.tell(tr("Cannot export %1: another file is being opened or saved").arg(name));
            return false;
        }
        context.player.pause();
        // As a save: a finished run is written where it lies (the window takes no input
        // meanwhile), one still running is run whole on the worker's own engine.
        const RunSession& session = context.session;
        RunToWrite run;
        if ((session.finished() || session.demo() == nullptr) && session.trace() != nullptr) {
            run.trace = session.trace();
        } else {
            run.demo = session.demo();
            run.params = session.params();
        }
        std::string title = session.demo() != nullptr ? session.demo()->name : std::string();
        auto task = TraceFileTask::write(context.path, [run = std::move(run), title = std::move(title)](
                                                           TraceFileTask& self, QString& error) {
            return writeChromeTraceFile(self, run, title, error);
        });
        context.files.start(std::move(task),
                            [tell = context.tell, ended = context.ended](TraceFileTask& done) {
                                const QString file = QFileInfo(done.path()).fileName();
                                switch (done.outcome()) {
                                case TraceFileTask::Outcome::Failed:
                                    tell(tr("Cannot export %1: %2").arg(file, done.error()));
                                    break;
                                case TraceFileTask::Outcome::Cancelled:
                                    tell(tr("Exporting %1 cancelled: the file is as it was").arg(file));
                                    break;
                                case TraceFileTask::Outcome::Done:
                                    tell(tr("Exported the run to %1").arg(file));
                                    break;
                                case TraceFileTask::Outcome::Running:
                                    break;
                                }
                                ended(done.outcome());
                            });
        context.tell(tr("Exporting %1…").arg(name));
        return true;
    }

    std::optional<ExportOption> commandLineOption() const override
    {
        return ExportOption{QStringLiteral("chrome-trace"),
                            tr("Run the demo to the end without a window and write its trace in the "
                               "Trace Event Format that Perfetto and chrome://tracing open (- for "
                               "standard output)."),
                            QStringLiteral("file")};
    }

    bool writeFromCommandLine(CommandLineRun& run, const ByteSink& write, QString& /*error*/) const override
    {
        return writeChromeTrace(run.trace(), run.shortName(), write);
    }
};

} // namespace

const Exporter& chromeTraceExporter()
{
    static const ChromeTraceExporter exporter;
    return exporter;
}

} // namespace ys::ui
