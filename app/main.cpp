// yieldscope: the window, or with --trace / --list-demos a headless command.
#include "command_line.hpp"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (ys::app::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName("yieldscope");
        QCoreApplication::setApplicationVersion(YIELDSCOPE_VERSION);
        return ys::app::runHeadless(QCoreApplication::arguments());
    }

    // Until the window exists: show the countdown demo's trace.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("yieldscope");
    QCoreApplication::setApplicationVersion(YIELDSCOPE_VERSION);
    return ys::app::runHeadless({arguments.value(0), "--demo", "countdown", "--trace", "-"});
}
