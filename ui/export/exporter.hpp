// SPDX-License-Identifier: MIT
// One way of writing a run to a file: a timeline picture, a trace, a web page... Each format is
// one Exporter (one file in this folder), and the registry (exporters.hpp) lists them: the
// window's File menu and the command line's options are both made from that list, so a format
// is added in one place. See "Adding an export format" in docs/ARCHITECTURE.md.
#pragma once

#include "ui/export/command_line_run.hpp"
#include "ui/export/timeline_extent.hpp"
#include "ui/files/trace_file_task.hpp"

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

class QWidget;

namespace ys::ui {

class FileTaskController;
class Player;
class RunSession;
class TimelineView;
struct Theme;

// What a timeline picture is asked for before its file name (TimelineExportDialog).
struct ExportOptions {
    qreal scale = 1.0;
    TimelineExtent extent = TimelineExtent::View;
};

// Everything an export from the window may use. `tell` puts a message on the status line (the
// window's fileMessage()); `ended` is called when a background export has ended, after its
// message, with its outcome.
struct WindowExport {
    QWidget& window;
    RunSession& session;
    Player& player;
    TimelineView& timeline;
    const Theme& theme;
    FileTaskController& files;
    QString path;
    ExportOptions options;
    std::function<void(const QString& message)> tell;
    std::function<void(TraceFileTask::Outcome outcome)> ended;
};

// An option of the command line: --name value, and its sentence in --help.
struct ExportOption {
    QString name;
    QString help;
    QString valueName;
};

class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    // Where its entry goes in the File menu: with Save, or below among the exports.
    enum class MenuGroup { Save, Export };

    Exporter() = default;
    virtual ~Exporter() = default;
    Exporter(const Exporter&) = delete;
    Exporter& operator=(const Exporter&) = delete;

    // A short name of its own ("timeline-png"): how code and tests find it.
    virtual QString name() const = 0;

    // The File menu: its entry (with its mnemonic; empty: the command line's alone), the
    // entry's object name and status tip, its shortcut, and its group.
    virtual QString menuText() const { return {}; }
    virtual QString actionName() const { return {}; }
    virtual QString statusTip() const { return {}; }
    virtual QKeySequence shortcut() const { return {}; }
    virtual MenuGroup menuGroup() const { return MenuGroup::Export; }
    // The file dialog: its title, its filter ("PNG images (*.png);;All files (*)"), the suffix
    // of its files ("png") and the name it suggests for this run.
    virtual QString dialogTitle() const { return menuText(); }
    virtual QString fileFilter() const = 0;
    virtual QString suffix() const = 0;
    virtual QString suggestedFileName(const RunSession& session) const;
    // Asks what the export needs besides the file name (a timeline's scale and extent); nothing
    // when the user cancels.
    virtual std::optional<ExportOptions> askOptions(QWidget& window) const;
    // Written on a worker as a file task (progress dialog, Cancel, the window taking no input).
    virtual bool runsInBackground() const { return false; }
    // Writes the window's run to context.path and tells how it went (context.tell). A background
    // export returns once started (false: nothing started) and calls context.ended at its end.
    virtual bool exportFromWindow(const WindowExport& context) const;

    // The command line: its option (none: the window's alone).
    virtual std::optional<ExportOption> commandLineOption() const { return std::nullopt; }
    // Writes a program's run (--script) as well as a demo's: every format does, unless what it
    // writes is a demo's alone (a program's listing is its own file).
    virtual bool writesProgramRuns() const { return true; }
    // Needs the window's drawing (a QApplication on an offscreen display) on the command line.
    virtual bool needsViews() const { return false; }
    // May refuse a run (too long): written before every other output, so that a refusal
    // comes before anything is written.
    virtual bool mayRefuseRun() const { return false; }
    // Writes the run, a demo's or a program's (command_line_run.hpp), through `write` (which
    // sets `error` when it fails); false and `error` set when it cannot.
    using ByteSink = std::function<bool(std::string_view bytes)>;
    virtual bool writeFromCommandLine(CommandLineRun& run, const ByteSink& write, QString& error) const;

protected:
    // The run's demo name, or `fallback` for a run of no known demo.
    static QString runBaseName(const RunSession& session, const QString& fallback);
};

} // namespace ys::ui
