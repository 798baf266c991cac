// SPDX-License-Identifier: MIT
#include "web_page_command.hpp"

#include "command_line.hpp"
#include "demo.hpp"
#include "engine.hpp"
#include "export/web_page_export.hpp"

#include <QApplication>
#include <QFont>

#include <algorithm>
#include <cstdio>

namespace ys::app {
namespace {

// Only real failures reach standard error: the offscreen platform's notes are not the user's.
void quietMessages(QtMsgType type, const QMessageLogContext& /*context*/, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "yieldscope: %s\n", qUtf8Printable(message));
}

bool makePage(const Demo& demo, const Params& params, std::string& page, QString& error)
{
    Engine engine(demo, params);
    // One event past the limit is enough to refuse: a long run is not run to its end for nothing.
    engine.runToEnd(ui::WebPageExport::kMaxEvents + 1);
    if (engine.trace().size() > ui::WebPageExport::kMaxEvents) {
        error = ui::WebPageExport::refusal(engine.trace().size(), !engine.finished());
        return false;
    }
    ui::WebPageRun run;
    run.demo = &demo;
    run.params = params;
    run.trace = &engine.trace();
    run.listing = engine.listing();
    run.name = ui::WebPageExport::runName(&demo, params);
    const auto built = ui::WebPageExport::build(run, error);
    if (!built) return false;
    page.assign(built->constData(), static_cast<std::size_t>(built->size()));
    return true;
}

// A program's run: already run to its end on the embedded engine.
bool makeProgramPage(const TraceFile& file, const QString& name, std::string& page, QString& error)
{
    if (file.trace.size() > ui::WebPageExport::kMaxEvents) {
        error = ui::WebPageExport::refusal(file.trace.size());
        return false;
    }
    ui::WebPageRun run;
    run.trace = &file.trace;
    run.listing = file.program;
    run.name = name;
    const auto built = ui::WebPageExport::build(run, error);
    if (!built) return false;
    page.assign(built->constData(), static_cast<std::size_t>(built->size()));
    return true;
}

} // namespace

bool wantsWebPage(const QStringList& arguments)
{
    const QStringList options = arguments.mid(1);
    return std::any_of(options.begin(), options.end(), [](const QString& arg) {
        return arg == QLatin1String("--html") || arg.startsWith(QLatin1String("--html="));
    });
}

int runWebPageCommand(int& argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName("yieldscope");
    QCoreApplication::setApplicationVersion(YIELDSCOPE_VERSION);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    setWebPageMaker(makePage);
    setProgramPageMaker(makeProgramPage);
    return runHeadless(QCoreApplication::arguments());
}

} // namespace ys::app
