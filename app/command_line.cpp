#include "command_line.hpp"

#include "chrome_trace.hpp"
#include "demo.hpp"
#include "engine.hpp"
#include "trace_file.hpp"
#include "trace_jsonl.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <string>

namespace ys::app {

void defineRecordOptions(QCommandLineParser& parser)
{
    parser.addOption({"record",
                      "Record the demo's run as it plays, without a window, in presentation layout, as "
                      "numbered PNG frames (frame-000001.png, ...) in folder.",
                      "folder"});
    parser.addOption({"video", "Record the run as an H.264 video (needs ffmpeg).", "file.mp4"});
    parser.addOption({"fps", "Frames per second of a recording (1 to 120; default 30).", "n"});
    parser.addOption({"size", "Size of a recording's frames (default 1920x1080).", "WIDTHxHEIGHT"});
    parser.addOption({"speed", "Playback speed of a recording, 0.25 to 8 (default 1).", "x"});
    parser.addOption(
        {"theme", "Colours of a recording: light (the default), dark or high-contrast.", "theme"});
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
    std::fprintf(stderr, "yieldscope: %s\n", qUtf8Printable(message));
    return kBadInput;
}

const Demo* demoFromOptions(const QCommandLineParser& parser, Params& params, QString& error)
{
    const Demo* demo = findDemo(parser.value("demo").toStdString());
    if (demo == nullptr) {
        error = QString("unknown demo '%1' (demos: %2)")
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

QString runName(const Demo& demo, const Params& params)
{
    QString name = QString::fromStdString(demo.name);
    if (demo.params.empty()) return name;
    QStringList values;
    for (const ParamSpec& p : demo.params)
        values << QString("%1=%2").arg(QString::fromStdString(p.name),
                                       QString::fromStdString(params.text(p.name)));
    return name + " (" + values.join(", ") + ")";
}

namespace {

int fail(const QString& message) { return reportBadInput(message); }

void defineOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription("Makes JavaScript async iteration visible, one event at a time.");
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({"list-demos", "List the demos with their parameters, defaults and ranges."});
    parser.addOption({"demo", "The demo to run (see --list-demos).", "name"});
    parser.addOption({"set", "Set a parameter of the demo; repeat for more.", "key=value"});
    parser.addOption({"trace",
                      "Run the demo to the end without a window and write its trace as "
                      "JSON Lines to file (- for standard output).",
                      "file"});
    parser.addOption({"chrome-trace",
                      "Run the demo to the end without a window and write its trace in the Trace "
                      "Event Format that Perfetto and chrome://tracing open (- for standard output).",
                      "file"});
    parser.addOption({"listing",
                      "Write the demo's JavaScript listing, rendered with its "
                      "parameters, to file (- for standard output).",
                      "file"});
    parser.addOption({"html",
                      "Run the demo to the end without a window and write it as one web page that "
                      "steps through the run in any browser, offline (- for standard output).",
                      "file.html"});
    parser.addOption({"check-trace",
                      "Read a saved trace file and report whether it is valid: a one-line summary, "
                      "or the line and the problem.",
                      "file"});
    defineRecordOptions(parser);
}

QString listDemos()
{
    QString out;
    for (const Demo* demo : allDemos()) {
        out += QString::fromStdString(demo->name) + "  " + QString::fromStdString(demo->summary) + "\n";
        for (const ParamSpec& p : demo->params) {
            out += QString("    %1 = %2   (%3; %4)\n")
                       .arg(QString::fromStdString(p.name), -12)
                       .arg(QString::fromStdString(p.defaultText()), -12)
                       .arg(QString::fromStdString(p.acceptedValues()), QString::fromStdString(p.help));
        }
    }
    return out;
}

// Writes `text` to `target` (or stdout for "-"); the file appears whole or not at all.
class Output {
public:
    explicit Output(const QString& target) : target_(target), file_(target) {}

    // Opens the target before any work is done, so an unwritable path fails first.
    bool open(QString& error)
    {
        if (target_ == "-") return true;
        if (!file_.open(QIODevice::WriteOnly)) {
            error = QString("cannot write '%1': %2").arg(target_, file_.errorString());
            return false;
        }
        return true;
    }

    bool write(const std::string& bytes, QString& error)
    {
        if (target_ == "-") {
            const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size() &&
                            std::fflush(stdout) == 0;
            if (!ok) error = "cannot write to standard output";
            return ok;
        }
        if (file_.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size())) {
            error = QString("cannot write '%1': %2").arg(target_, file_.errorString());
            return false;
        }
        return true;
    }

    bool commit(QString& error)
    {
        if (target_ == "-") return true;
        if (!file_.commit()) {
            error = QString("cannot write '%1': %2").arg(target_, file_.errorString());
            return false;
        }
        return true;
    }

private:
    QString target_;
    QSaveFile file_;
};

WebPageMaker& webPageMaker()
{
    static WebPageMaker maker;
    return maker;
}

} // namespace

void setWebPageMaker(WebPageMaker maker) { webPageMaker() = std::move(maker); }

void defineCommandLineOptions(QCommandLineParser& parser) { defineOptions(parser); }

QString traceFileSummary(const TraceFile& file)
{
    const QString run =
        file.demo == nullptr ? QStringLiteral("unknown demo") : runName(*file.demo, file.params);
    const std::int64_t last = file.trace.empty() ? 0 : file.trace[file.trace.size() - 1].t;
    return QString("%1, %2 events, %3 ms, %4 annotations")
        .arg(run)
        .arg(file.trace.size())
        .arg(last)
        .arg(file.annotations.size());
}

int checkTrace(const QString& path)
{
    if (path.isEmpty()) return fail("--check-trace needs a file name");
    try {
        const TraceFile file = loadTraceFile(QFile::encodeName(path).toStdString());
        std::printf("%s: %s\n", qUtf8Printable(path), qUtf8Printable(traceFileSummary(file)));
        return 0;
    } catch (const TraceFileError& e) {
        return fail(QString("%1: %2").arg(path, QString::fromStdString(e.what())));
    }
}

bool isHeadless(const QStringList& arguments)
{
    for (const QString& arg : arguments.mid(1)) {
        for (const char* option : {"--trace", "--chrome-trace", "--listing", "--html", "--list-demos",
                                   "--check-trace", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (arg == option || arg.startsWith(QString(option) + "=")) return true;
        }
    }
    return false;
}

int runHeadless(const QStringList& arguments)
{
    QCommandLineParser parser;
    defineOptions(parser);
    if (!parser.parse(arguments)) return fail(parser.errorText());
    if (parser.isSet("help")) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet("version")) {
        std::printf("yieldscope %s\n", qUtf8Printable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QString("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    if (parser.isSet("check-trace")) return checkTrace(parser.value("check-trace"));
    if (parser.isSet("list-demos")) {
        std::fputs(qUtf8Printable(listDemos()), stdout);
        return 0;
    }
    if (!parser.isSet("demo")) {
        if (parser.isSet("html")) {
            return fail(
                QString("--html needs --demo NAME (demos: %1)").arg(QString::fromStdString(demoNames())));
        }
        const bool onlyChrome =
            parser.isSet("chrome-trace") && !parser.isSet("trace") && !parser.isSet("listing");
        if (onlyChrome) {
            return fail(QString("--chrome-trace needs --demo NAME (demos: %1)")
                            .arg(QString::fromStdString(demoNames())));
        }
        return fail(QString("--trace and --listing need --demo NAME (demos: %1)")
                        .arg(QString::fromStdString(demoNames())));
    }
    Params params;
    QString badDemo;
    const Demo* demo = demoFromOptions(parser, params, badDemo);
    if (demo == nullptr) return fail(badDemo);
    for (const char* option : {"trace", "chrome-trace", "listing", "html"}) {
        if (parser.isSet(option) && parser.value(option).isEmpty()) {
            return fail(QString("--%1 needs a file name (or - for standard output)").arg(option));
        }
    }

    QString error;
    std::optional<Output> listingOut;
    std::optional<Output> traceOut;
    std::optional<Output> chromeOut;
    std::optional<Output> htmlOut;
    if (parser.isSet("listing")) {
        listingOut.emplace(parser.value("listing"));
        if (!listingOut->open(error)) return fail(error);
    }
    if (parser.isSet("trace")) {
        traceOut.emplace(parser.value("trace"));
        if (!traceOut->open(error)) return fail(error);
    }
    if (parser.isSet("chrome-trace")) {
        chromeOut.emplace(parser.value("chrome-trace"));
        if (!chromeOut->open(error)) return fail(error);
    }

    if (parser.isSet("html")) {
        htmlOut.emplace(parser.value("html"));
        if (!htmlOut->open(error)) return fail(error);
    }

    // The page first: a run it refuses (too long) leaves no other output behind either.
    if (htmlOut) {
        std::string page;
        if (!webPageMaker()) return fail("--html is not available in this program");
        if (!webPageMaker()(*demo, params, page, error)) return fail(error);
        if (!htmlOut->write(page, error) || !htmlOut->commit(error)) return fail(error);
    }
    if (listingOut) {
        if (!listingOut->write(demo->listing(params), error) || !listingOut->commit(error))
            return fail(error);
    }
    if (traceOut) {
        Engine engine(*demo, params);
        engine.runToEnd();
        std::string chunk;
        const Trace& trace = engine.trace();
        for (std::size_t seq = 0; seq < trace.size(); ++seq) {
            appendEventJsonl(chunk, trace, seq);
            if (chunk.size() >= (1u << 20) || seq + 1 == trace.size()) {
                if (!traceOut->write(chunk, error)) return fail(error);
                chunk.clear();
            }
        }
        if (!traceOut->commit(error)) return fail(error);
    }
    if (chromeOut) {
        Engine engine(*demo, params);
        engine.runToEnd();
        if (!chromeOut->write(chromeTraceJson(engine.trace(), demo->name), error) ||
            !chromeOut->commit(error))
            return fail(error);
    }
    return 0;
}

} // namespace ys::app
