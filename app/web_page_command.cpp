// SPDX-License-Identifier: MIT
#include "app/web_page_command.hpp"

#include "app/command_line.hpp"
#include "ui/export/exporters.hpp"

#include <QApplication>
#include <QFont>

#include <cstdio>

namespace ys::app {
namespace {

// Only real failures reach standard error: the offscreen platform's notes are not the user's.
void quietMessages(QtMsgType type, const QMessageLogContext& /*context*/, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "yieldscope: %s\n", qUtf8Printable(message));
}

} // namespace

bool wantsWebPage(const QStringList& arguments)
{
    // An exporter that draws with the views (ui/export/exporter.hpp: needsViews()).
    for (const ui::Exporter* exporter : ui::exporters()) {
        const auto option = exporter->commandLineOption();
        if (!option || !exporter->needsViews()) continue;
        const QString name = "--" + option->name;
        for (const QString& arg : arguments.mid(1)) {
            if (arg == name || arg.startsWith(name + "=")) return true;
        }
    }
    return false;
}

int runWebPageCommand(int& argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName("yieldscope");
    QCoreApplication::setApplicationVersion(YIELDSCOPE_VERSION);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    return runHeadless(QCoreApplication::arguments());
}

} // namespace ys::app
