// SPDX-License-Identifier: MIT
#include "app/record_command.hpp"

#include "app/arguments.hpp"
#include "app/command_line.hpp"
#include "app/command_line_text.hpp"
#include "core/demos/demo.hpp"
#include "ui/recording/recording.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>

#include <csignal>
#include <cstdio>
#include <new>
#include <optional>
#include <unistd.h>

namespace ys::app {
namespace {

int fail(const QString& message) { return reportBadInput(message); }

// Frames are pixels of their own: no display, no desktop theme, no scaling from the
// environment, the fonts the package depends on.
void isolateFromDesktop()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    for (const char* name :
         {"QT_QPA_PLATFORMTHEME", "QT_STYLE_OVERRIDE", "QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS",
          "QT_AUTO_SCREEN_SCALE_FACTOR", "QT_FONT_DPI", "QT_ENABLE_HIGHDPI_SCALING"})
        qunsetenv(name);
}

// Qt's notes about the headless platform (no runtime folder, no size hints) are not the
// user's business; only real failures reach standard error.
void quietMessages(QtMsgType type, const QMessageLogContext& /*context*/, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "yieldscope: %s\n", qUtf8Printable(message));
}

// Ctrl+C or SIGTERM while frames are written: the handler only notes it; the render loop (and
// a wait for ffmpeg) sees the note, removes what was written as Cancel does, and the process
// then ends by that signal.
volatile std::sig_atomic_t interruption = 0;

extern "C" void noteInterruption(int signal) { interruption = signal; }

void catchInterruptions()
{
    struct sigaction action {};
    action.sa_handler = noteInterruption;
    sigemptyset(&action.sa_mask);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP})
        sigaction(signal, &action, nullptr);
}

// After the cleanup: ends as the signal would have ended it, so a shell sees an interruption.
int endInterrupted(ui::Recording& recording)
{
    recording.cancel();
    const int signal = interruption;
    std::fprintf(stderr, "yieldscope: interrupted; the frames and video written so far were removed\n");
    std::signal(signal, SIG_DFL);
    std::raise(signal);
    return 128 + signal;
}

struct Request {
    std::optional<ui::CommandLineRun> run; // a demo's, or a program's (--script)
    ui::RecordSettings settings;
    ui::RecordLook look;
    ui::RecordTargets targets;
};

// Everything checked, nothing written: the request, or the exit status of a refusal.
int parseRequest(const QStringList& arguments, Request& request)
{
    QCommandLineParser parser;
    defineCommandLineOptions(parser);
    if (!parser.parse(arguments)) return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return fail(CommandLine::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    for (const char* other : {"trace", "chrome-trace", "listing", "html", "list-demos", "check-trace"}) {
        if (parser.optionNames().contains(other))
            return fail(CommandLine::tr("--%1 cannot be combined with --record or --video").arg(other));
    }
    if (parser.isSet("script")) {
        for (const char* other : {"demo", "set"}) {
            if (parser.isSet(other))
                return fail(CommandLine::tr("--script cannot be combined with --%1").arg(other));
        }
    } else if (!parser.isSet("demo")) {
        return fail(CommandLine::tr("--record and --video need --demo NAME or --script FILE (demos: %1)")
                        .arg(QString::fromStdString(demoNames())));
    }
    Params params;
    const Demo* demo = nullptr;
    if (!parser.isSet("script")) {
        QString badDemo;
        demo = demoFromOptions(parser, params, badDemo);
        if (demo == nullptr) return fail(badDemo);
    }

    QString accepted;
    if (parser.isSet("fps")) {
        const auto fps = ui::parseFps(parser.value("fps"), accepted);
        if (!fps) return fail(CommandLine::tr("--fps takes %1, got '%2'").arg(accepted, parser.value("fps")));
        request.settings.fps = *fps;
    }
    if (parser.isSet("size")) {
        const auto size = ui::parseFrameSize(parser.value("size"), accepted);
        if (!size)
            return fail(CommandLine::tr("--size takes %1, got '%2'").arg(accepted, parser.value("size")));
        request.settings.size = *size;
    }
    if (parser.isSet("speed")) {
        const auto speed = ui::parseSpeed(parser.value("speed"), accepted);
        if (!speed)
            return fail(CommandLine::tr("--speed takes %1, got '%2'").arg(accepted, parser.value("speed")));
        request.settings.speed = *speed;
    }
    if (parser.isSet("theme")) {
        using Mode = ui::MainWindow::ThemeMode;
        const QString theme = parser.value("theme");
        const std::pair<const char*, Mode> themes[] = {
            {"light", Mode::Light}, {"dark", Mode::Dark}, {"high-contrast", Mode::HighContrast}};
        const auto* found = std::find_if(std::begin(themes), std::end(themes),
                                         [&](const auto& t) { return theme == t.first; });
        if (found == std::end(themes))
            return fail(CommandLine::tr("--theme takes light, dark or high-contrast, got '%1'").arg(theme));
        request.look.theme = found->second;
    }

    QString error;
    if (parser.isSet("video")) {
        request.targets.video = parser.value("video");
        if (!ui::VideoEncoder(request.targets.video).check(error)) {
            return fail(CommandLine::tr("--video takes an .mp4 file that can be written: %1").arg(error));
        }
    }
    if (parser.isSet("record")) {
        request.targets.folder = parser.value("record");
        if (!ui::PngFrameWriter(request.targets.folder).check(error)) {
            return fail(
                CommandLine::tr("--record takes a folder that can be written or created: %1").arg(error));
        }
    }
    if (parser.isSet("video") && ui::VideoEncoder::ffmpegProgram().isEmpty()) {
        return fail(CommandLine::tr("--video needs ffmpeg, which is not installed; %1")
                        .arg(ui::VideoEncoder::installHint()));
    }

    // The program last: every option is checked before it runs (up to its 2 s limit).
    if (parser.isSet("script")) {
        script::Result result;
        request.run = runProgramFile(parser.value("script"), result, error);
        if (!request.run) return fail(error);
    } else {
        request.run.emplace(*demo, params);
    }
    return 0;
}

} // namespace

int runRecording(int& argc, char** argv)
{
    const QStringList arguments = argumentsFromArgv(argc, argv);
    Request request;
    {
        // An application object of its own for the checks, made before the window system is
        // chosen below: with it comes the translator of --lang, so refusals are in that language.
        const QCoreApplication checking(argc, argv);
        if (const int refused = parseRequest(arguments, request); refused != 0) return refused;
    }

    isolateFromDesktop();
    qInstallMessageHandler(quietMessages);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName("yieldscope");
    QApplication::setStyle("Fusion");
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));

    std::optional<ui::Recording> recording;
    try {
        // A demo's run is recorded live; a program's, already run, as a saved run is replayed.
        const Demo* demo = request.run->demo();
        ui::RecordRun run = demo != nullptr ? ui::RecordRun::live(*demo, request.run->params())
                                            : ui::RecordRun::replay(request.run->takeProgramRun());
        recording.emplace(std::move(run), request.settings, request.look, request.targets);
    } catch (const std::bad_alloc&) {
        return fail(outOfMemory());
    }
    const std::int64_t total = recording->frameCount();
    QString error;
    catchInterruptions();
    recording->setWaitHook([] { return interruption == 0; });
    if (!recording->start(error)) return interruption != 0 ? endInterrupted(*recording) : fail(error);
    // Progress only where someone watches it: a terminal, every tenth of the way.
    const bool terminal = isatty(fileno(stderr)) != 0;
    std::int64_t reported = 0;
    while (!recording->finished()) {
        if (interruption != 0) return endInterrupted(*recording);
        if (!recording->renderNext(error)) {
            if (interruption != 0) return endInterrupted(*recording);
            recording->cancel();
            return fail(error);
        }
        const std::int64_t done = recording->framesDone();
        if (terminal && (done * 10 / total > reported || done == total)) {
            reported = done * 10 / total;
            std::fprintf(stderr, "\rframe %lld/%lld", static_cast<long long>(done),
                         static_cast<long long>(total));
            if (done == total) std::fputc('\n', stderr);
        }
    }
    if (!recording->finish(error)) {
        if (interruption != 0) return endInterrupted(*recording);
        recording->cancel();
        return fail(error);
    }
    QStringList targets;
    if (!request.targets.folder.isEmpty()) {
        targets << QString("%1/%2 … %3")
                       .arg(request.targets.folder, ui::PngFrameWriter::frameName(1),
                            ui::PngFrameWriter::frameName(total));
    }
    if (!request.targets.video.isEmpty()) targets << request.targets.video;
    std::printf("%s\n",
                qUtf8Printable(CommandLine::tr("recorded %1: %2 frames at %3 fps, %4, speed %5, %6 s: %7")
                                   .arg(request.run->name())
                                   .arg(total)
                                   .arg(request.settings.fps)
                                   .arg(ui::frameSizeText(request.settings.size))
                                   .arg(request.settings.speed)
                                   .arg(static_cast<double>(total) / request.settings.fps, 0, 'f', 1)
                                   .arg(targets.join(" and "))));
    return 0;
}

} // namespace ys::app
