// SPDX-License-Identifier: MIT
// File > Export as Chrome trace on a worker: the window goes on with its events while a long
// run is exported, the file is whole (strict JSON), Cancel leaves the file at the path as it
// was, and a path that cannot be written is told in one message.
#include "core/demos/demo.hpp"
#include "ui/files/file_progress_dialog.hpp"
#include "ui/session/run_session.hpp"
#include "ui/window/main_window.hpp"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using ys::ui::MainWindow;
using Outcome = ys::ui::TraceFileTask::Outcome;

namespace {

// A run long enough that exporting it takes a while: about half a million events.
void chooseLongRun(MainWindow& window)
{
    window.selectDemo("pagination");
    ys::Params params = ys::findDemo("pagination")->defaults();
    params.assign("users=50000");
    params.assign("pageSize=1");
    window.setParams(params);
}

QStringList everythingIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                  QDir::Name);
}

} // namespace

class TestChromeExport : public QObject {
    Q_OBJECT

private slots:
    void exportRunsOnAWorker()
    {
        MainWindow window;
        chooseLongRun(window);
        QTemporaryDir dir;
        const QString path = dir.filePath("run.json");
        QSignalSpy finished(&window, &MainWindow::chromeTraceExportFinished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &window, [&] { ++ticks; });
        ticker.start(10);
        QVERIFY(window.beginExportChromeTrace(path));
        QVERIFY2(finished.isEmpty(), "the export ran on the window's thread");
        QVERIFY(!QFileInfo::exists(path)); // nothing in place before the whole file is written
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<Outcome>(), Outcome::Done);
        QVERIFY2(ticks > 3, "the window's events did not run during the export");
        QVERIFY2(window.fileMessage() == "Exported the run to run.json", qPrintable(window.fileMessage()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.startsWith("{\"traceEvents\":[\n"));
        QVERIFY(json.endsWith("\n],\n\"displayTimeUnit\":\"ms\"}\n"));
        QVERIFY(json.count("\"ph\":") > 100000);
        QCOMPARE(everythingIn(dir.path()), QStringList{"run.json"});
        // The window's own run is as it was: not run to its end by the export.
        QVERIFY(!window.session().finished());
    }

    void cancelLeavesTheFile()
    {
        MainWindow window;
        chooseLongRun(window);
        QTemporaryDir dir;
        const QString path = dir.filePath("run.json");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old export");
        old.close();
        QSignalSpy finished(&window, &MainWindow::chromeTraceExportFinished);
        QVERIFY(window.beginExportChromeTrace(path));
        // Its progress dialog's Cancel, before it shows (the first second) or in it.
        QVERIFY(window.fileProgressDialog() != nullptr);
        window.fileProgressDialog()->cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<Outcome>(), Outcome::Cancelled);
        QVERIFY2(window.fileMessage().contains("cancelled"), qPrintable(window.fileMessage()));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the old export"));
        QCOMPARE(everythingIn(dir.path()), QStringList{"run.json"});
    }

    void unwritablePathIsTold()
    {
        MainWindow window;
        window.selectDemo("countdown");
        QTemporaryDir dir;
        QVERIFY(!window.exportChromeTraceFile(dir.filePath("no/such/run.json")));
        QCOMPARE(window.fileMessage(), QString("Cannot export run.json: No such file or directory"));
        QCOMPARE(everythingIn(dir.path()), QStringList{});
    }

    // A FIFO nothing reads would hold the worker where Cancel cannot reach it: refused at once.
    void fifoWithoutReaderIsRefused()
    {
        MainWindow window;
        window.selectDemo("countdown");
        QTemporaryDir dir;
        const QString fifo = dir.filePath("pipe.json");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0666) == 0);
        QVERIFY(!window.exportChromeTraceFile(fifo));
        QCOMPARE(window.fileMessage(),
                 QString("Cannot export pipe.json: it is a FIFO that no program reads"));
        QCOMPARE(everythingIn(dir.path()), QStringList{"pipe.json"});
    }
};

QTEST_MAIN(TestChromeExport)
#include "tst_ui_chrome_export.moc"
