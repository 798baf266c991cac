// SPDX-License-Identifier: MIT
// The registry of export formats (ui/export/exporters.hpp): each exporter is told apart by its
// name, option, menu entry and suggested file; the window's File menu shows exactly the
// registry's entries, in its order, and each writes its file; the command line's --help lists every exporter
// that has an option, with its sentence, and the headless command accepts each, for a demo's run
// and for a program's (--script).
#include "app/command_line.hpp"
#include "ui/export/exporters.hpp"
#include "ui/session/run_session.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using ys::ui::Exporter;
using ys::ui::exporters;
using ys::ui::MainWindow;

namespace {

// The File menu's entries that are not separators, Open and Record, Quit excepted.
QList<QAction*> fileMenuExports(MainWindow& window)
{
    QMenu* file = nullptr;
    for (QAction* a : window.menuBar()->actions()) {
        if (a->menu() != nullptr && a->text() == MainWindow::tr("&File")) file = a->menu();
    }
    QList<QAction*> entries;
    if (file == nullptr) return entries;
    for (QAction* a : file->actions()) {
        const QString name = a->objectName();
        if (a->isSeparator() || a->menu() != nullptr || name == "actionOpen" || name == "actionRecord")
            continue;
        if (a->text() == MainWindow::tr("&Quit")) continue;
        entries << a;
    }
    return entries;
}

} // namespace

class TestExporters : public QObject {
    Q_OBJECT

private slots:
    void everyExporterIsToldApart()
    {
        QSet<QString> names;
        QSet<QString> options;
        QSet<QString> actions;
        QSet<QString> suggestions;
        MainWindow window;
        for (const Exporter* exporter : exporters()) {
            const QString name = exporter->name();
            QVERIFY2(!name.isEmpty(), "an exporter without a name");
            QVERIFY2(!names.contains(name), qPrintable("two exporters named " + name));
            names << name;
            QVERIFY2(!exporter->suffix().isEmpty(), qPrintable(name));
            QVERIFY2(exporter->fileFilter().contains("*." + exporter->suffix()), qPrintable(name));
            if (const auto option = exporter->commandLineOption()) {
                QVERIFY2(!options.contains(option->name), qPrintable("two exporters of --" + option->name));
                options << option->name;
                QVERIFY2(!option->help.isEmpty() && !option->valueName.isEmpty(), qPrintable(name));
                QCOMPARE(ys::ui::findExporterForOption(option->name), exporter);
            }
            QCOMPARE(ys::ui::findExporter(name), exporter);
            if (exporter->menuText().isEmpty()) {
                QVERIFY2(exporter->commandLineOption().has_value(), qPrintable(name + " is nowhere"));
                continue;
            }
            QVERIFY2(!actions.contains(exporter->actionName()), qPrintable(exporter->actionName()));
            actions << exporter->actionName();
            // Two pictures may both be PNGs: the names they suggest are still their own.
            const QString suggested = exporter->suggestedFileName(window.session());
            QVERIFY2(suggested.endsWith("." + exporter->suffix()), qPrintable(suggested));
            QVERIFY2(!suggestions.contains(suggested), qPrintable(suggested));
            suggestions << suggested;
        }
        QVERIFY(ys::ui::findExporter("no-such-format") == nullptr);
        // Every format there is today.
        QCOMPARE(names, (QSet<QString>{"listing", "trace", "timeline-png", "timeline-svg", "chrome-trace",
                                       "web-page", "window-png"}));
        QCOMPARE(options, (QSet<QString>{"listing", "trace", "chrome-trace", "html"}));
    }

    void fileMenuShowsTheRegistry()
    {
        MainWindow window;
        QStringList expected;
        QStringList expectedNames;
        for (const Exporter* exporter : exporters()) {
            if (exporter->menuText().isEmpty()) continue;
            expected << exporter->menuText();
            expectedNames << exporter->actionName();
        }
        QStringList shown;
        QStringList shownNames;
        for (QAction* a : fileMenuExports(window)) {
            shown << a->text();
            shownNames << a->objectName();
        }
        QCOMPARE(shown, expected);
        QCOMPARE(shownNames, expectedNames);
        // The names tests and the window's users know them by.
        QCOMPARE(shownNames,
                 (QStringList{"actionSave", "actionExportPng", "actionExportSvg", "actionExportChromeTrace",
                              "actionExportWebPage", "actionExportWindow"}));
    }

    // The whole File menu as it was before the registry made it: groups apart, Quit last.
    void fileMenuKeepsItsShape()
    {
        MainWindow window;
        QMenu* file = window.menuBar()->actions().value(0)->menu();
        QVERIFY(file != nullptr);
        QStringList shape;
        for (QAction* a : file->actions())
            shape << (a->isSeparator()            ? QString("-")
                      : a->menu() != nullptr      ? QString("Open Recent")
                      : a->objectName().isEmpty() ? a->text()
                                                  : a->objectName());
        QCOMPARE(shape, (QStringList{"actionOpen", "Open Recent", "actionSave", "-", "actionExportPng",
                                     "actionExportSvg", "actionExportChromeTrace", "actionExportWebPage",
                                     "actionExportWindow", "-", "actionRecord", "-", "actionQuit"}));
    }

    void saveKeepsItsShortcut()
    {
        MainWindow window;
        auto* save = window.findChild<QAction*>("actionSave");
        QVERIFY(save != nullptr);
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        QVERIFY(window.actions().contains(save));
    }

    // Each menu entry's export, as the entry runs it once its dialogs are answered, writes its
    // file and says so; a background one ends with the window taking input again.
    void everyMenuExportWritesItsFile_data()
    {
        QTest::addColumn<QString>("name");
        for (const Exporter* exporter : exporters()) {
            if (!exporter->menuText().isEmpty())
                QTest::newRow(qPrintable(exporter->name())) << exporter->name();
        }
    }

    void everyMenuExportWritesItsFile()
    {
        QFETCH(QString, name);
        const Exporter* exporter = ys::ui::findExporter(name);
        QVERIFY(exporter != nullptr);
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        window.selectDemo("countdown");
        for (int i = 0; i < 5; ++i)
            window.session().stepForward();
        QTemporaryDir dir;
        const QString path = dir.filePath("export." + exporter->suffix());
        QVERIFY2(window.exportWith(*exporter, path, {}), qPrintable(window.fileMessage()));
        QCOMPARE(window.fileTaskRunning(), exporter->runsInBackground());
        QTRY_VERIFY_WITH_TIMEOUT(!window.fileTaskRunning(), 60000);
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(window.fileMessage()));
        QVERIFY2(window.fileMessage().contains("export.") && !window.fileMessage().startsWith("Cannot"),
                 qPrintable(window.fileMessage()));
    }

    void helpListsEveryExporterOption_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("help");
        QTest::addColumn<QString>("valueName");
        for (const Exporter* exporter : exporters()) {
            if (const auto o = exporter->commandLineOption())
                QTest::newRow(qPrintable(o->name)) << o->name << o->help << o->valueName;
        }
    }

    void helpListsEveryExporterOption()
    {
        QFETCH(QString, option);
        QFETCH(QString, help);
        QFETCH(QString, valueName);
        QCommandLineParser parser;
        ys::app::defineCommandLineOptions(parser);
        QVERIFY(parser.parse({"yieldscope", "--" + option, "out"}));
        QCOMPARE(parser.value(option), QString("out"));
        // The help wraps its sentences: compare the words.
        const QString text = parser.helpText().simplified();
        QVERIFY2(text.contains(QString("--%1 <%2>").arg(option, valueName)), qPrintable(text));
        QVERIFY2(text.contains(help.simplified()), qPrintable(help));
    }

    // Every exporter with an option writes a program's run (--script) as it writes a demo's, and
    // --help says so; the listing alone is a demo's (a program's listing is its own file). A
    // format added to the registry is offered for programs unless it is added here.
    void everyExporterWritesAProgramRun_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("writesPrograms");
        for (const Exporter* exporter : exporters()) {
            if (const auto o = exporter->commandLineOption())
                QTest::newRow(qPrintable(o->name)) << o->name << (exporter->name() != "listing");
        }
    }

    void everyExporterWritesAProgramRun()
    {
        QFETCH(QString, option);
        QFETCH(bool, writesPrograms);
        const Exporter* exporter = ys::ui::findExporterForOption(option);
        QVERIFY(exporter != nullptr);
        QCOMPARE(exporter->writesProgramRuns(), writesPrograms);
        QTemporaryDir dir;
        const QString program = dir.filePath("prog.js");
        QFile file(program);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("async function* g() { yield 1; }\n"
                   "(async () => { for await (const x of g()) console.log(x); })();\n");
        file.close();
        const QString out = dir.filePath("out." + exporter->suffix());
        const int status = ys::app::runHeadless({"yieldscope", "--script", program, "--" + option, out});
        QCOMPARE(status, writesPrograms ? 0 : ys::app::kBadInput);
        QCOMPARE(QFile::exists(out), writesPrograms);

        QCommandLineParser parser;
        ys::app::defineCommandLineOptions(parser);
        const QString help = parser.helpText().simplified();
        const qsizetype from = help.indexOf("--script <file>");
        const QString scriptHelp = help.mid(from, help.indexOf("--check-trace <file>") - from);
        const QRegularExpression named(QRegularExpression::escape("--" + option) + "\\b");
        QVERIFY(from >= 0);
        QVERIFY2(scriptHelp.contains(named) == writesPrograms, qPrintable(scriptHelp));
        if (!writesPrograms) return;
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        // The program's run, told by its file's name (titles) or its source (the trace's header).
        QVERIFY2(bytes.contains("prog.js") || bytes.contains("yield 1;"), bytes.left(200).constData());
    }

    // The sentences scripts and users know, word for word.
    void helpKeepsItsSentences()
    {
        QCommandLineParser parser;
        ys::app::defineCommandLineOptions(parser);
        const QString text = parser.helpText().simplified();
        for (const char* sentence :
             {"--trace <file> Run the demo to the end without a window and write its trace as JSON Lines to "
              "file (- for standard output).",
              "--chrome-trace <file> Run the demo to the end without a window and write its trace in the "
              "Trace Event Format that Perfetto and chrome://tracing open (- for standard output).",
              "--listing <file> Write the demo's JavaScript listing, rendered with its parameters, to file "
              "(- "
              "for standard output).",
              "--html <file.html> Run the demo to the end without a window and write it as one web page that "
              "steps through the run in any browser, offline (- for standard output)."}) {
            QVERIFY2(text.contains(QLatin1String(sentence)), sentence);
        }
    }
};

QTEST_MAIN(TestExporters)
#include "tst_exporters.moc"
