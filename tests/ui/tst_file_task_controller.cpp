// SPDX-License-Identifier: MIT
// The one file task a window runs at a time (ui/files/file_task_controller.hpp): it says when
// it starts, how far it has come and how it ended; its progress dialog lives as long as the
// task; Cancel (in the dialog or from code) ends it with the file at its path as it was and no
// partial or temporary file beside it; the window's Save and Chrome trace export share it.
#include "core/demos/demo.hpp"
#include "ui/files/file_progress_dialog.hpp"
#include "ui/files/file_task_controller.hpp"
#include "ui/window/main_window.hpp"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using ys::ui::FileTaskController;
using ys::ui::MainWindow;
using ys::ui::TraceFileTask;
using Outcome = TraceFileTask::Outcome;
using Stage = TraceFileTask::Stage;

Q_DECLARE_METATYPE(std::function<std::unique_ptr<TraceFileTask>(const QString&)>)

namespace {

using TaskMaker = std::function<std::unique_ptr<TraceFileTask>(const QString&)>;

QStringList everythingIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                  QDir::Name);
}

// A job that writes `lines` lines through a QSaveFile, reporting each, and looks at Cancel
// between them.
TraceFileTask::Job lineWriter(int lines)
{
    return [lines](TraceFileTask& task, QString& error) {
        QSaveFile out(task.path());
        if (!out.open(QIODevice::WriteOnly)) {
            error = out.errorString();
            return Outcome::Failed;
        }
        for (int i = 1; i <= lines; ++i) {
            out.write(QByteArray::number(i) + '\n');
            if (!task.report(Stage::Writing, i, lines)) return Outcome::Cancelled;
        }
        if (task.cancelled()) return Outcome::Cancelled;
        if (!out.commit()) {
            error = out.errorString();
            return Outcome::Failed;
        }
        return Outcome::Done;
    };
}

// A run of about half a million events: seconds to run and write, time enough to cancel.
ys::Params longPagination()
{
    ys::Params params = ys::findDemo("pagination")->defaults();
    params.assign("users=50000");
    params.assign("pageSize=1");
    return params;
}

} // namespace

class TestFileTaskController : public QObject {
    Q_OBJECT

private slots:
    void tellsStartProgressAndEnd()
    {
        QWidget window;
        FileTaskController files(window);
        QTemporaryDir dir;
        const QString path = dir.filePath("lines.txt");
        QSignalSpy started(&files, &FileTaskController::started);
        QSignalSpy progressed(&files, &FileTaskController::progressed);
        QSignalSpy ended(&files, &FileTaskController::ended);
        int endedCalls = 0;
        bool endedBeforeSignal = false;
        files.start(TraceFileTask::write(path, lineWriter(1000)), [&](TraceFileTask& task) {
            ++endedCalls;
            endedBeforeSignal = ended.isEmpty();
            QCOMPARE(task.path(), path);
        });
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toString(), path);
        QVERIFY(files.running());
        QVERIFY(files.progressDialog() != nullptr);
        QVERIFY(ended.isEmpty()); // the end arrives through the event loop, never at once
        QCOMPARE(files.wait(), Outcome::Done);
        QVERIFY(!files.running());
        QVERIFY(files.progressDialog() == nullptr);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().value<Outcome>(), Outcome::Done);
        QCOMPARE(endedCalls, 1);
        QVERIFY2(endedBeforeSignal, "ended() came before the starter's own end");
        // Always the start and the end of the work; throttled in between.
        QVERIFY(!progressed.isEmpty());
        QVERIFY(progressed.size() < 1000);
        QCOMPARE(progressed.first().at(0).value<Stage>(), Stage::Writing);
        QCOMPARE(progressed.last().at(1).toLongLong(), 1000);
        QCOMPARE(progressed.last().at(2).toLongLong(), 1000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 1000);
    }

    void failureIsTold()
    {
        QWidget window;
        FileTaskController files(window);
        QTemporaryDir dir;
        QSignalSpy ended(&files, &FileTaskController::ended);
        QString error;
        files.start(TraceFileTask::write(dir.filePath("no/such/folder/x.txt"), lineWriter(3)),
                    [&error](TraceFileTask& task) { error = task.error(); });
        QCOMPARE(files.wait(), Outcome::Failed);
        QCOMPARE(ended.size(), 1);
        QVERIFY2(!error.isEmpty(), "a failure without a reason");
        QCOMPARE(everythingIn(dir.path()), QStringList{});
    }

    void cancelLeavesNoPartialFile_data()
    {
        QTest::addColumn<TaskMaker>("make");
        QTest::addColumn<bool>("fromDialog");
        const TaskMaker save = [](const QString& path) {
            return TraceFileTask::saveWholeRun(path, "{}\n", *ys::findDemo("pagination"), longPagination());
        };
        QTest::newRow("save, Cancel in the dialog") << save << true;
        QTest::newRow("save, cancel()") << save << false;
        const TaskMaker job = [](const QString& path) {
            return TraceFileTask::write(path, lineWriter(50'000'000));
        };
        QTest::newRow("job, Cancel in the dialog") << job << true;
        QTest::newRow("job, cancel()") << job << false;
    }

    void cancelLeavesNoPartialFile()
    {
        QFETCH(TaskMaker, make);
        QFETCH(bool, fromDialog);
        QWidget window;
        FileTaskController files(window);
        QTemporaryDir dir;
        const QString path = dir.filePath("run.jsonl");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old file");
        old.close();
        QSignalSpy progressed(&files, &FileTaskController::progressed);
        QSignalSpy ended(&files, &FileTaskController::ended);
        files.start(make(path), {});
        QVERIFY(progressed.wait(60000)); // under way
        if (fromDialog) {
            QVERIFY(files.progressDialog() != nullptr);
            files.progressDialog()->cancel();
        } else {
            files.cancel();
        }
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.first().first().value<Outcome>(), Outcome::Cancelled);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the old file"));
        QCOMPARE(everythingIn(dir.path()), QStringList{"run.jsonl"});
    }

    void stopEndsTheTaskNow()
    {
        QWidget window;
        FileTaskController files(window);
        QTemporaryDir dir;
        QSignalSpy ended(&files, &FileTaskController::ended);
        files.start(TraceFileTask::write(dir.filePath("x.txt"), lineWriter(50'000'000)), {});
        files.stop();
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().value<Outcome>(), Outcome::Cancelled);
        QVERIFY(!files.running());
        QCOMPARE(everythingIn(dir.path()), QStringList{});
    }

    // The window's Save and its Chrome trace export are file tasks of one controller: one at a time.
    void oneFileAtATime()
    {
        MainWindow window;
        window.selectDemo("pagination");
        window.setParams(longPagination());
        QTemporaryDir dir;
        QSignalSpy saved(&window, &MainWindow::fileTaskFinished);
        QVERIFY(window.beginSaveTraceFile(dir.filePath("run.jsonl")));
        QVERIFY(window.fileTaskRunning());
        QVERIFY(!window.beginExportChromeTrace(dir.filePath("run.json")));
        QCOMPARE(window.fileMessage(),
                 QString("Cannot export run.json: another file is being opened or saved"));
        window.cancelFileTask();
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.first().first().value<Outcome>(), Outcome::Cancelled);
        QSignalSpy exported(&window, &MainWindow::chromeTraceExportFinished);
        QVERIFY(window.beginExportChromeTrace(dir.filePath("run.json")));
        QVERIFY(!window.beginSaveTraceFile(dir.filePath("run.jsonl")));
        QCOMPARE(window.fileMessage(),
                 QString("Cannot save run.jsonl: another file is being opened or saved"));
        window.cancelChromeTraceExport();
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().first().value<Outcome>(), Outcome::Cancelled);
        QCOMPARE(saved.size(), 1); // the export's end is not told as a save's
        QCOMPARE(everythingIn(dir.path()), QStringList{});
    }
};

QTEST_MAIN(TestFileTaskController)
#include "tst_file_task_controller.moc"
