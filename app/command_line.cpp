// SPDX-License-Identifier: MIT
#include "app/command_line.hpp"

#include "app/arguments.hpp"
#include "app/command_line_text.hpp"
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/io/output_file.hpp"
#include "core/io/trace_file.hpp"
#include "core/script/program_file.hpp"
#include "core/script/script_engine.hpp"
#include "core/text/message_text.hpp"
#include "ui/export/exporters.hpp"
#include "ui/export/web_page_export.hpp"
#include "ui/window/demo_text.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <deque>
#include <new>
#include <string>
#include <sys/stat.h>

namespace ys::app {

void defineRecordOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {"record",
         CommandLine::tr("Record the demo's run as it plays, without a window, in presentation layout, as "
                         "numbered PNG frames (frame-000001.png, ...) in folder."),
         "folder"});
    parser.addOption(
        {"video", CommandLine::tr("Record the run as an H.264 video (needs ffmpeg)."), "file.mp4"});
    parser.addOption(
        {"fps", CommandLine::tr("Frames per second of a recording (1 to 120; default 30)."), "n"});
    parser.addOption(
        {"size", CommandLine::tr("Size of a recording's frames (default 1920x1080)."), "WIDTHxHEIGHT"});
    parser.addOption(
        {"speed", CommandLine::tr("Playback speed of a recording, 0.25 to 8 (default 1)."), "x"});
    parser.addOption({"theme",
                      CommandLine::tr("Colours of a recording: light (the default), dark or high-contrast."),
                      "theme"});
}

void defineLanguageOption(QCommandLineParser& parser)
{
    parser.addOption({"lang",
                      CommandLine::tr("Language of the program's text: en or ru (default: the system's)."),
                      "code"});
}

bool isRecording(const QStringList& arguments)
{
    for (const QString& arg : arguments.mid(1)) {
        for (const char* option : {"--record", "--video"}) {
            if (arg == option || arg.startsWith(QString(option) + "=")) return true;
        }
    }
    return false;
}

int reportBadInput(const QString& message)
{
    std::fprintf(stderr, "yieldscope: %s\n", qUtf8Printable(printable(message)));
    return kBadInput;
}

const Demo* demoFromOptions(const QCommandLineParser& parser, Params& params, QString& error)
{
    const Demo* demo = findDemo(parser.value("demo").toStdString());
    if (demo == nullptr) {
        error = CommandLine::tr("unknown demo '%1' (demos: %2)")
                    .arg(parser.value("demo"), QString::fromStdString(demoNames()));
        return nullptr;
    }
    params = demo->defaults();
    try {
        for (const QString& assignment : parser.values("set"))
            params.assign(assignment.toStdString());
    } catch (const ParamError& e) {
        error = QString::fromStdString(e.what());
        return nullptr;
    }
    return demo;
}

namespace {

int fail(const QString& message) { return reportBadInput(message); }

// The options of the exporters (ui/export/exporters.hpp) that write from the command line, in
// the registry's order: "listing", "trace", "chrome-trace", "html".
QStringList exportOptions()
{
    QStringList names;
    for (const ui::Exporter* exporter : ui::exporters()) {
        if (const auto option = exporter->commandLineOption()) names << option->name;
    }
    return names;
}

// What a program's run is written with besides --trace: the exporters that write programs, in
// the registry's order, then a recording's options ("--chrome-trace", "--html", "--record",
// "--video"), for the sentences that name them.
QStringList programOutputsBesidesTrace()
{
    QStringList options;
    for (const ui::Exporter* exporter : ui::exporters()) {
        const auto option = exporter->commandLineOption();
        if (option && exporter->writesProgramRuns() && option->name != "trace")
            options << "--" + option->name;
    }
    return options << "--record"
                   << "--video";
}

void defineOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        CommandLine::tr("Makes JavaScript async iteration visible, one event at a time."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {"list-demos", CommandLine::tr("List the demos with their parameters, defaults and ranges.")});
    parser.addOption({"demo", CommandLine::tr("The demo to run (see --list-demos)."), "name"});
    parser.addOption({"set", CommandLine::tr("Set a parameter of the demo; repeat for more."), "key=value"});
    for (const QString& option : exportOptions()) {
        const auto o = ui::findExporterForOption(option)->commandLineOption();
        parser.addOption({o->name, o->help, o->valueName});
    }
    const QStringList others = programOutputsBesidesTrace();
    parser.addOption({"script",
                      CommandLine::tr("Run a JavaScript program of your own (a UTF-8 file of at most 1 MiB) "
                                      "on the embedded engine; with --trace, write its trace (the program "
                                      "in the header); it also goes with %1 and %2.")
                          .arg(others.mid(0, others.size() - 1).join(", "), others.last()),
                      "file"});
    parser.addOption({"check-trace",
                      CommandLine::tr("Read a saved trace file and report whether it is valid: a one-line "
                                      "summary, or the line and the problem."),
                      "file"});
    defineLanguageOption(parser);
    defineRecordOptions(parser);
}

QString listDemos()
{
    QString out;
    for (const Demo* demo : allDemos()) {
        out += QString::fromStdString(demo->name) + "  " + ui::demoSummary(*demo) + "\n";
        for (const ParamSpec& p : demo->params) {
            out += QString("    %1 = %2   (%3; %4)\n")
                       .arg(QString::fromStdString(p.name), -12)
                       .arg(QString::fromStdString(p.defaultText()), -12)
                       .arg(ui::acceptedValues(p), ui::paramHelp(p));
        }
    }
    return out;
}

// Writes to standard output, flushed: a full disk or a closed pipe is told, not lost.
bool writeStandardOutput(std::string_view bytes, QString& error)
{
    errno = 0;
    const bool ok =
        std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size() && std::fflush(stdout) == 0;
    if (!ok) {
        const int errnum = errno != 0 ? errno : EIO;
        error = CommandLine::tr("cannot write to standard output: %1")
                    .arg(QString::fromStdString(systemErrorText(errnum)));
    }
    return ok;
}

// What a headless mode prints: 0, or one line on standard error and kBadInput.
int print(const QString& text)
{
    QString error;
    const QByteArray bytes = text.toUtf8();
    if (!writeStandardOutput(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                             error))
        return reportBadInput(error);
    return 0;
}

// One output of a headless command: a file (see OutputFile) or standard output ("-").
// Nothing reaches its place before commit(); an output never committed leaves nothing.
class Output {
public:
    explicit Output(QString target) : target_(std::move(target)) {}

    // Opens the target before any work is done, so an unwritable path fails first.
    bool open(QString& error)
    {
        if (target_ == "-") return true;
        if (!file_.open(pathBytes(target_))) return failed(error);
        return true;
    }

    bool write(std::string_view bytes, QString& error)
    {
        if (target_ == "-") return writeStandardOutput(bytes, error);
        return file_.write(bytes) || failed(error);
    }

    bool commit(QString& error) { return target_ == "-" || file_.commit() || failed(error); }

private:
    bool failed(QString& error) const
    {
        error = CommandLine::tr("cannot write '%1': %2").arg(target_, QString::fromStdString(file_.error()));
        return false;
    }

    QString target_;
    OutputFile file_;
};

// True when two targets are one file: the same path, or two names of it.
bool sameFile(const QString& a, const QString& b)
{
    if (a == "-" || b == "-") return false;
    struct stat sa {};
    struct stat sb {};
    if (::stat(pathBytes(a).c_str(), &sa) == 0 && ::stat(pathBytes(b).c_str(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

// The options of a recording, which mean nothing without --record or --video.
constexpr const char* kRecordOnlyOptions[] = {"fps", "size", "speed", "theme"};

// A refusal of options that cannot go together; empty when they can.
QString conflictingOptions(const QCommandLineParser& parser)
{
    for (const char* mode : {"list-demos", "check-trace", "script"}) {
        if (!parser.isSet(mode)) continue;
        const QStringList others =
            QStringList{"list-demos", "check-trace", "script", "demo", "set"} + exportOptions();
        for (const QString& other : others) {
            // A program's run is written by every exporter that writes programs; the other
            // modes write no run.
            const ui::Exporter* exporter = ui::findExporterForOption(other);
            const bool writesProgram =
                QString(mode) == "script" && exporter != nullptr && exporter->writesProgramRuns();
            if (other != mode && !writesProgram && parser.isSet(other))
                return CommandLine::tr("--%1 cannot be combined with --%2").arg(mode, other);
        }
    }
    for (const char* option : kRecordOnlyOptions) {
        if (parser.isSet(option)) return CommandLine::tr("--%1 needs --record or --video").arg(option);
    }
    const QStringList outputs = exportOptions();
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        for (qsizetype j = i + 1; j < outputs.size(); ++j) {
            if (!parser.isSet(outputs[i]) || !parser.isSet(outputs[j])) continue;
            if (sameFile(parser.value(outputs[i]), parser.value(outputs[j]))) {
                return CommandLine::tr("--%1 and --%2 name the same file '%3'; give each its own")
                    .arg(outputs[i], outputs[j], parser.value(outputs[j]));
            }
        }
    }
    return {};
}

} // namespace

std::optional<ui::CommandLineRun> runProgramFile(const QString& path, script::Result& result, QString& error)
{
    std::string problem;
    bool unreadable = false;
    std::optional<std::string> source = script::readProgramFile(pathBytes(path), problem, unreadable);
    if (!source) {
        error = unreadable
                    ? CommandLine::tr("cannot read '%1': %2").arg(path, QString::fromStdString(problem))
                    : QString("%1: %2").arg(path, QString::fromStdString(problem));
        return std::nullopt;
    }
    TraceFile run;
    result = script::runScript(*source, run.trace);
    if (result.outcome == script::Outcome::SyntaxError) {
        error = QString("%1:%2:%3: %4")
                    .arg(path)
                    .arg(result.line)
                    .arg(result.column)
                    .arg(QString::fromStdString(result.message));
        return std::nullopt;
    }
    if (result.outcome == script::Outcome::Stopped) {
        error = QString("%1: %2").arg(path, QString::fromStdString(result.message));
        return std::nullopt;
    }
    run.program = std::move(*source);
    return ui::CommandLineRun(std::move(run), QFileInfo(path).fileName());
}

void defineCommandLineOptions(QCommandLineParser& parser) { defineOptions(parser); }

QString traceFileSummary(const TraceFile& file)
{
    const QString run = file.demo == nullptr ? CommandLine::tr("unknown demo")
                                             : ui::WebPageExport::runName(file.demo, file.params);
    const std::int64_t last = file.trace.empty() ? 0 : file.trace[file.trace.size() - 1].t;
    // Each count its own phrase, for languages whose nouns change with the number.
    return CommandLine::tr("%1, %2, %3 ms, %4")
        .arg(run, CommandLine::tr("%n events", nullptr, static_cast<int>(file.trace.size())))
        .arg(last)
        // "annotations": the word of the saved file's key, and the text scripts already read.
        .arg(CommandLine::tr("%n annotations", nullptr, static_cast<int>(file.notes.size())));
}

int checkTrace(const QString& path)
{
    if (path.isEmpty()) return fail(CommandLine::tr("--check-trace needs a file name"));
    try {
        const TraceFile file = loadTraceFile(pathBytes(path));
        return print(QString("%1: %2\n").arg(printable(path), traceFileSummary(file)));
    } catch (const TraceFileError& e) {
        return fail(QString("%1: %2").arg(path, QString::fromStdString(e.what())));
    } catch (const std::bad_alloc&) {
        return fail(QString("%1: %2").arg(path, outOfMemory()));
    } catch (const std::exception& e) {
        return fail(QString("%1: %2").arg(path, QString::fromStdString(e.what())));
    }
}

bool isHeadless(const QStringList& arguments)
{
    for (const QString& arg : arguments.mid(1)) {
        // --fps, --size and --speed without --record or --video: refused there with a reason.
        QStringList options{"--list-demos", "--check-trace", "--help", "-h",      "--help-all", "--version",
                            "-v",           "--fps",         "--size", "--speed", "--script"};
        for (const QString& name : exportOptions())
            options << "--" + name;
        for (const QString& option : options) {
            if (arg == option || arg.startsWith(option + "=")) return true;
        }
    }
    return false;
}

QString outOfMemory()
{
    return CommandLine::tr("out of memory: the run is too large for this machine's memory");
}

namespace {

// Without --demo or --script: what the options asked for needs a demo.
QString needsDemo(const QCommandLineParser& parser)
{
    const QString demos = QString::fromStdString(demoNames());
    if (parser.isSet("html")) return CommandLine::tr("--html needs --demo NAME (demos: %1)").arg(demos);
    const bool onlyChrome =
        parser.isSet("chrome-trace") && !parser.isSet("trace") && !parser.isSet("listing");
    if (onlyChrome) return CommandLine::tr("--chrome-trace needs --demo NAME (demos: %1)").arg(demos);
    return CommandLine::tr("--trace and --listing need --demo NAME (demos: %1)").arg(demos);
}

// The exporters asked for, those that may refuse the run first: a run one refuses (too long
// for a web page) is refused before any other output is written.
std::vector<const ui::Exporter*> askedExporters(const QCommandLineParser& parser)
{
    std::vector<const ui::Exporter*> asked;
    for (bool refusersFirst : {true, false}) {
        for (const ui::Exporter* exporter : ui::exporters()) {
            const auto option = exporter->commandLineOption();
            if (option && exporter->mayRefuseRun() == refusersFirst && parser.isSet(option->name))
                asked.push_back(exporter);
        }
    }
    return asked;
}

// Writes the run with each exporter asked for. Every target is opened before anything is
// written, and none is put in place before all are written: a command that fails part-way
// leaves no file of its own behind.
int writeOutputs(const QCommandLineParser& parser, const std::vector<const ui::Exporter*>& asked,
                 ui::CommandLineRun& run)
{
    QString error;
    std::deque<Output> outputs;
    for (const ui::Exporter* exporter : asked) {
        outputs.emplace_back(parser.value(exporter->commandLineOption()->name));
        if (!outputs.back().open(error)) return fail(error);
    }
    for (std::size_t i = 0; i < asked.size(); ++i) {
        Output& out = outputs[i];
        const bool written = asked[i]->writeFromCommandLine(
            run, [&out, &error](std::string_view bytes) { return out.write(bytes, error); }, error);
        if (!written) return fail(error);
    }
    for (Output& out : outputs) {
        if (!out.commit(error)) return fail(error);
    }
    return 0;
}

// --demo NAME or --script FILE with the exporters' options: the run, then its outputs. Every
// option is checked before a program runs (up to its 2 s limit), and it runs before any
// output is opened. Bad files and programs that do not compile or never end: one line and exit
// 2, nothing written; an error a program does not catch: its outputs, the error on standard
// error, exit 1.
int runOutputs(const QCommandLineParser& parser)
{
    const bool program = parser.isSet("script");
    if (!program && !parser.isSet("demo")) return fail(needsDemo(parser));
    QString error;
    Params params;
    const Demo* demo = program ? nullptr : demoFromOptions(parser, params, error);
    if (!program && demo == nullptr) return fail(error);
    const std::vector<const ui::Exporter*> asked = askedExporters(parser);
    if (program && asked.empty())
        return fail(CommandLine::tr("--script needs --trace FILE (or %1)")
                        .arg(programOutputsBesidesTrace().join(", ")));
    for (const QString& option : exportOptions()) {
        if (parser.isSet(option) && parser.value(option).isEmpty()) {
            return fail(CommandLine::tr("--%1 needs a file name (or - for standard output)").arg(option));
        }
    }
    // The run: a program's now, a demo's as its outputs ask for it.
    script::Result result;
    std::optional<ui::CommandLineRun> run;
    if (program) {
        run = runProgramFile(parser.value("script"), result, error);
        if (!run) return fail(error);
    } else {
        run.emplace(*demo, params);
    }
    if (const int status = writeOutputs(parser, asked, *run); status != 0) return status;
    if (result.outcome == script::Outcome::Uncaught) {
        std::fprintf(stderr, "yieldscope: %s: %s\n", qUtf8Printable(printable(parser.value("script"))),
                     script::describe(result).c_str());
        return 1;
    }
    return 0;
}

int runHeadlessMode(const QStringList& arguments)
{
    QCommandLineParser parser;
    defineOptions(parser);
    if (!parser.parse(arguments)) return fail(parser.errorText());
    if (parser.isSet("help") || parser.isSet("help-all")) return print(parser.helpText());
    if (parser.isSet("version"))
        return print(QString("yieldscope %1\n").arg(QCoreApplication::applicationVersion()));
    if (const QString conflict = conflictingOptions(parser); !conflict.isEmpty()) return fail(conflict);
    if (!parser.positionalArguments().isEmpty()) {
        return fail(CommandLine::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    if (parser.isSet("check-trace")) return checkTrace(parser.value("check-trace"));
    if (parser.isSet("list-demos")) return print(listDemos());
    return runOutputs(parser);
}

} // namespace

int runHeadless(const QStringList& arguments)
{
    try {
        return runHeadlessMode(arguments);
    } catch (const std::bad_alloc&) {
        return fail(outOfMemory());
    } catch (const std::exception& e) {
        // More values than a trace can number, and the like: one line, not an abort.
        return fail(QString::fromStdString(e.what()));
    }
}

} // namespace ys::app
