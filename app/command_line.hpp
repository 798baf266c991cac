// SPDX-License-Identifier: MIT
// The command line: what to do, parsed from the arguments, and the headless modes
// (--list-demos, --trace, --listing, --check-trace) that never open a window. Its outputs of a
// run (--listing, --trace, --chrome-trace, --html) are the exporters of ui/export/exporters.hpp
// that have an option: their options, --help sentences and writing come from there. A demo's
// run and a program's (--script) are one CommandLineRun (ui/export/command_line_run.hpp), which
// every output is written from.
#pragma once

#include <QString>
#include <QStringList>

#include "core/io/trace_file.hpp"
#include "core/script/script_engine.hpp"
#include "ui/export/command_line_run.hpp"

#include <functional>
#include <optional>

class QCommandLineParser;

namespace ys {
struct Demo;
class Params;
struct TraceFile;
} // namespace ys

namespace ys::app {

// Exit status for bad input of any kind.
inline constexpr int kBadInput = 2;

// Bad input's one line on standard error ("yieldscope: MESSAGE"); returns kBadInput.
int reportBadInput(const QString& message);

// The demo named by --demo with the values of every --set applied to its defaults; nullptr
// and `error` set when the name or an assignment is bad.
const Demo* demoFromOptions(const QCommandLineParser& parser, Params& params, QString& error);

// Every option of the command line, for --help and for a recording's own parser.
void defineCommandLineOptions(QCommandLineParser& parser);
// --lang: the language of the program's text (app/language_option.hpp reads it first).
void defineLanguageOption(QCommandLineParser& parser);
// The options of a recording (--record, --video, --fps, --size, --speed, --theme).
void defineRecordOptions(QCommandLineParser& parser);
// True when the arguments ask for a recording (--record or --video): see record_command.hpp.
bool isRecording(const QStringList& arguments);

// True when the arguments ask for a headless mode (no display needed).
bool isHeadless(const QStringList& arguments);

// Runs a headless mode; returns the process exit status.
int runHeadless(const QStringList& arguments);

// Reads the program in `path` (see core/script/program_file.hpp) and runs it on the embedded
// engine: its run (trace and program, named by the file's name) and `result`, or nullopt and
// `error` set to one line for a file that cannot be read or run, a program that does not
// compile or never ends.
std::optional<ui::CommandLineRun> runProgramFile(const QString& path, script::Result& result, QString& error);

// "countdown (from=3, ms=500), 23 events, 1500 ms, 0 annotations"
QString traceFileSummary(const TraceFile& file);
// What running out of memory is told as.
QString outOfMemory();

// --check-trace: the summary on standard output and 0, or one line on standard error and 2.
int checkTrace(const QString& path);

} // namespace ys::app
