// SPDX-License-Identifier: MIT
// File > Save… and --trace FILE: the run as JSON Lines, one event a line. The window's file
// starts with the header (demo, parameters, notes) that File > Open reads back, and is written
// on a worker. The command line's has the events alone for a demo's run, and the header that
// carries the program for a program's.
#include "ui/export/exporters.hpp"

#include "core/io/trace_file.hpp"
#include "ui/files/file_task_controller.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"

#include <QFileInfo>

namespace ys::ui {
namespace {

class TraceFileExporter final : public Exporter {
    // Its texts are translated under its own name, as lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(ys::ui::TraceFileExporter)

public:
    QString name() const override { return QStringLiteral("trace"); }
    QString menuText() const override { return tr("&Save…"); }
    QString actionName() const override { return QStringLiteral("actionSave"); }
    QString statusTip() const override
    {
        return tr("Save the whole run, with its demo and parameters, as a trace file");
    }
    QKeySequence shortcut() const override { return QKeySequence::Save; }
    MenuGroup menuGroup() const override { return MenuGroup::Save; }
    QString dialogTitle() const override { return tr("Save the run"); }
    QString fileFilter() const override { return tr("Yieldscope traces (*.jsonl);;All files (*)"); }
    QString suffix() const override { return QStringLiteral("jsonl"); }
    bool runsInBackground() const override { return true; }

    bool exportFromWindow(const WindowExport& context) const override
    {
        const QString name = QFileInfo(context.path).fileName();
        if (context.files.running()) {
            context.tell(tr("Cannot save %1: another file is being opened or saved").arg(name));
            return false;
        }
        context.player.pause();
        const RunSession& session = context.session;
        // A finished run (a replayed one too) changes no more, and the window takes no input
        // while it is written: the worker writes it where it lies. One still running is run
        // whole on the worker's own engine, and the run on screen goes on as it was.
        const Trace* trace = session.trace();
        std::string header =
            traceFileHeader(session.demo(), session.params(), session.notes(), session.program(),
                            trace != nullptr ? trace->instanceNames() : std::vector<std::string>{});
        std::unique_ptr<TraceFileTask> task;
        if ((session.finished() || session.demo() == nullptr) && trace != nullptr) {
            task = TraceFileTask::save(context.path, std::move(header), *trace);
        } else {
            task = TraceFileTask::saveWholeRun(context.path, std::move(header), *session.demo(),
                                               session.params());
        }
        context.files.start(std::move(task),
                            [tell = context.tell, ended = context.ended](TraceFileTask& done) {
                                const QString file = QFileInfo(done.path()).fileName();
                                switch (done.outcome()) {
                                case TraceFileTask::Outcome::Failed:
                                    tell(tr("Cannot save %1: %2").arg(file, done.error()));
                                    break;
                                case TraceFileTask::Outcome::Cancelled:
                                    tell(tr("Saving %1 cancelled: the file is as it was").arg(file));
                                    break;
                                case TraceFileTask::Outcome::Done:
                                    tell(tr("Saved %1").arg(file));
                                    break;
                                case TraceFileTask::Outcome::Running:
                                    break;
                                }
                                ended(done.outcome());
                            });
        context.tell(tr("Saving %1…").arg(name));
        return true;
    }

    std::optional<ExportOption> commandLineOption() const override
    {
        return ExportOption{QStringLiteral("trace"),
                            tr("Run the demo to the end without a window and write its trace as "
                               "JSON Lines to file (- for standard output)."),
                            QStringLiteral("file")};
    }

    bool writeFromCommandLine(CommandLineRun& run, const ByteSink& write, QString& /*error*/) const override
    {
        const std::string* program = run.program();
        const std::string header =
            program != nullptr ? traceFileHeader(nullptr, {}, {}, *program, run.trace().instanceNames()) : "";
        return writeTraceFile(header, run.trace(), write, {}) == TraceFileWrite::Written;
    }
};

} // namespace

const Exporter& traceFileExporter()
{
    static const TraceFileExporter exporter;
    return exporter;
}

} // namespace ys::ui
