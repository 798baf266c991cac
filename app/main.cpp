// SPDX-License-Identifier: MIT
// yieldscope: the window, or with --trace / --list-demos / --check-trace a headless command.
//
// `yieldscope FILE.jsonl` opens the window replaying a saved run (read once the window is up);
// a bad file leaves the window on the default demo with a message naming the file, the line
// and the problem. `yieldscope FILE.js` opens the window with that program in the editor (a
// file that cannot be read, is not UTF-8 or is over 1 MiB: one message, the editor untouched).
// Otherwise a program kept from the last session is offered back.
//
// Window mode takes --demo NAME and --set key=value (as the headless modes do) to open on a
// demo, and --theme system|light|dark. A hidden --smoke-test option, an aid for the
// automated test that starts the real program on an X server, prints "shown" once the window
// is on screen and "cursor N" whenever the shown event changes, on standard output.
#include "app/arguments.hpp"
#include "app/command_line.hpp"
#include "app/command_line_text.hpp"
#include "app/language_option.hpp"

#include "app/record_command.hpp"
#include "app/web_page_command.hpp"
#include "core/demos/demo.hpp"
#include "ui/editor/editor_controller.hpp"
#include "ui/session/run_session.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/preferences.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

int fail(const QString& message) { return ys::app::reportBadInput(message); }

void say(const char* line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Prints "shown" when the window is first exposed on screen.
class ShownReporter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !painted_) {
            painted_ = true;
            say("painted"); // the first frame: what start-up time is measured to
        }
        if (event->type() == QEvent::Expose || event->type() == QEvent::Show) {
            if (!reported_) {
                reported_ = true;
                // Once the event loop has painted the window.
                QTimer::singleShot(200, watched, [] { say("shown"); });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool painted_ = false;
    bool reported_ = false;
};

} // namespace

int main(int argc, char* argv[])
{
    // Paths keep their bytes, UTF-8 or not (see arguments.hpp).
    const QStringList arguments = ys::app::argumentsFromArgv(argc, argv);

    // The language first: every text after it, printed or drawn, is in that language.
    const bool windowOpens = !ys::app::isRecording(arguments) && !ys::app::wantsWebPage(arguments) &&
                             !ys::app::isHeadless(arguments);
    if (QString badLanguage; !ys::app::chooseLanguage(arguments, windowOpens, badLanguage)) {
        const QCoreApplication app(argc, argv);
        return fail(badLanguage);
    }
    if (ys::app::isRecording(arguments)) return ys::app::runRecording(argc, argv);
    if (ys::app::wantsWebPage(arguments)) return ys::app::runWebPageCommand(argc, argv);
    if (ys::app::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName("yieldscope");
        QCoreApplication::setApplicationVersion(YIELDSCOPE_VERSION);
        return ys::app::runHeadless(arguments);
    }

    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName("yieldscope");
    QGuiApplication::setApplicationDisplayName("Yieldscope");
    // The installed theme's icon when there is one (it follows the desktop's icon size), else
    // the copy built in; the desktop file name lets Wayland match the window to its entry.
    QGuiApplication::setWindowIcon(
        QIcon::fromTheme(YIELDSCOPE_APP_ID, QIcon(QStringLiteral(":/icons/" YIELDSCOPE_APP_ID ".svg"))));
    QGuiApplication::setDesktopFileName(YIELDSCOPE_APP_ID);
    QCoreApplication::setApplicationVersion(YIELDSCOPE_VERSION);
    QApplication::setStyle("Fusion");

    QCommandLineParser parser;
    using ys::app::CommandLine;
    parser.addOption({"demo", CommandLine::tr("The demo to open."), "name"});
    parser.addOption({"set", CommandLine::tr("Set a parameter of the demo; repeat for more."), "key=value"});
    parser.addOption({"theme", CommandLine::tr("Colours: system (the default), light or dark."), "theme"});
    ys::app::defineLanguageOption(parser);
    QCommandLineOption smoke("smoke-test", "Report the window's state on standard output (test aid).");
    smoke.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(smoke);
    if (!parser.parse(arguments)) return fail(parser.errorText());
    parser.addPositionalArgument(
        "file",
        CommandLine::tr("A saved trace to replay (File > Save writes them), or a program (.js) to edit."),
        "[file]");
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) return fail(CommandLine::tr("unexpected argument '%1'").arg(files.at(1)));

    const ys::Demo* demo =
        ys::findDemo(parser.isSet("demo") ? parser.value("demo").toStdString() : "countdown");
    if (demo == nullptr) {
        return fail(CommandLine::tr("unknown demo '%1' (demos: %2)")
                        .arg(parser.value("demo"), QString::fromStdString(ys::demoNames())));
    }
    ys::Params params = demo->defaults();
    try {
        for (const QString& assignment : parser.values("set"))
            params.assign(assignment.toStdString());
    } catch (const ys::ParamError& e) {
        return fail(QString::fromStdString(e.what()));
    }
    using Mode = ys::ui::MainWindow::ThemeMode;
    Mode mode = Mode::System;
    if (parser.isSet("theme")) {
        const QString theme = parser.value("theme");
        if (theme == "light") {
            mode = Mode::Light;
        } else if (theme == "dark") {
            mode = Mode::Dark;
        } else if (theme == "high-contrast") {
            mode = Mode::HighContrast;
        } else if (theme != "system") {
            return fail(CommandLine::tr("unknown theme '%1' (themes: system, light, dark, high-contrast)")
                            .arg(theme));
        }
    }

    ys::ui::MainWindow window;
    // Last session's demo, theme, speed and layout; the command line has the last word.
    ys::ui::Preferences preferences(window);
    preferences.restore();
    if (parser.isSet("theme")) window.setThemeMode(mode);
    if (parser.isSet("demo") || parser.isSet("set")) window.selectDemo(QString::fromStdString(demo->name));
    if (parser.isSet("set") && !(params == demo->defaults())) window.setParams(params);

    ShownReporter reporter;
    if (parser.isSet(smoke)) {
        window.installEventFilter(&reporter);
        QObject::connect(&window.session(), &ys::ui::RunSession::cursorChanged, &window,
                         [](qint64, qint64 current) { say(qPrintable(QString("cursor %1").arg(current))); });
    }
    window.show();
    const bool program =
        !files.isEmpty() && files.first().endsWith(QLatin1String(".js"), Qt::CaseInsensitive);
    if (program) {
        QString error;
        if (!window.programEditor()->openProgramFile(files.first(), error, ys::app::pathBytes(files.first())))
            std::fprintf(stderr, "yieldscope: %s\n", qUtf8Printable(ys::app::printable(error)));
    } else if (files.isEmpty()) {
        window.programEditor()->offerSavedProgram();
    }
    // The file is read once the window is up, so that a big one shows its progress.
    if (!files.isEmpty() && !program) {
        using Outcome = ys::ui::TraceFileTask::Outcome;
        QObject::connect(&window, &ys::ui::MainWindow::fileTaskFinished, &window, [&window](Outcome outcome) {
            if (outcome == Outcome::Failed)
                std::fprintf(stderr, "yieldscope: %s\n", qUtf8Printable(window.fileMessage()));
        });
        window.beginOpenTraceFile(files.first());
    }
    return QApplication::exec();
}
