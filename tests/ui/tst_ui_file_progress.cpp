// SPDX-License-Identifier: MIT
// Opening and saving big trace files in the window: the file is read or written on a worker
// thread while the window goes on painting; progress arrives as signals and, past a second, in a
// dialog with Cancel; Cancel leaves the run (open) or the file (save) exactly as it was; the
// window takes no input meanwhile.
//
// YS_FILE_PROGRESS_TRACE=FILE makes windowKeepsPainting open that file instead of the one it
// writes, and print how long the open took and the longest the window went without its timer.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/io/trace_file.hpp"
#include "ui/files/file_progress_dialog.hpp"
#include "ui/files/trace_file_task.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace ys;
using ys::ui::FileProgressDialog;
using ys::ui::MainWindow;
using ys::ui::TraceFileTask;
using Outcome = TraceFileTask::Outcome;
using Stage = TraceFileTask::Stage;

namespace {

// How long, in ms, this thread has waited to run while ready to (preempted by other processes),
// from the kernel's schedstat; 0 where there is none. A busy machine delays the event loop by
// that much without the window doing anything wrong.
qint64 preemptedMs()
{
    QFile stat(QStringLiteral("/proc/thread-self/schedstat"));
    if (!stat.open(QIODevice::ReadOnly)) return 0;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    return fields.size() >= 2 ? fields[1].toLongLong() / 1'000'000 : 0;
}

// Pagination with pages of 100: 60,000 users are 303,603 events, 29 MB, several seconds to read
// in a Debug build; 12,000 users are a fifth of that.
constexpr int kBigUsers = 60'000;
constexpr int kMidUsers = 12'000;
constexpr int kTimeoutMs = 120'000;

Params paginationParams(int users)
{
    const Demo& demo = *findDemo("pagination");
    Params params = demo.defaults();
    params.assign("users=" + std::to_string(users));
    params.assign("pageSize=100");
    return params;
}

// Writes the run of pagination with `users` users as a trace file; its path.
QString writeRun(const QString& path, const Demo& demo, const Params& params)
{
    Engine engine(demo, params);
    engine.runToEnd();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)) return {};
    writeTraceFile(traceFileHeader(&demo, params, {}), engine.trace(),
                   [&out](std::string_view bytes) {
                       return out.write(bytes.data(), static_cast<qint64>(bytes.size())) ==
                              static_cast<qint64>(bytes.size());
                   },
                   {});
    return path;
}

// What a user sees of the run on screen.
struct Shown {
    const Demo* demo = nullptr;
    const Trace* trace = nullptr;
    std::size_t events = 0;
    std::size_t cursor = 0;
    bool replaying = false;
    QString title;
    bool operator==(const Shown&) const = default;
};

Shown shown(MainWindow& w)
{
    return {w.session().demo(),   w.session().trace(),     w.session().recorded(),
            w.session().cursor(), w.session().replaying(), w.windowTitle()};
}

void showActive(MainWindow& w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

// Waits for the file task to end; its outcome.
std::optional<Outcome> waitForTask(QSignalSpy& finished)
{
    if (finished.isEmpty() && !finished.wait(kTimeoutMs)) return std::nullopt;
    return finished.takeFirst().at(0).value<Outcome>();
}

} // namespace

class TestFileProgress : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString big_;   // kBigUsers
    QString mid_;   // kMidUsers
    QString small_; // countdown

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const Demo& pagination = *findDemo("pagination");
        big_ = writeRun(dir_.filePath("big.jsonl"), pagination, paginationParams(kBigUsers));
        mid_ = writeRun(dir_.filePath("mid.jsonl"), pagination, paginationParams(kMidUsers));
        const Demo& countdown = *findDemo("countdown");
        small_ = writeRun(dir_.filePath("small.jsonl"), countdown, countdown.defaults());
        QVERIFY(!big_.isEmpty() && !mid_.isEmpty() && !small_.isEmpty());
    }

    // Bytes read of the file's size, growing, ending at the whole file; then the run is there.
    void openReportsProgress()
    {
        MainWindow w;
        QSignalSpy progress(&w, &MainWindow::fileProgress);
        QSignalSpy finished(&w, &MainWindow::fileTaskFinished);
        QVERIFY(w.beginOpenTraceFile(mid_));
        QVERIFY(w.fileTaskRunning());
        QCOMPARE(waitForTask(finished), std::optional(Outcome::Done));
        QVERIFY(!w.fileTaskRunning());
        const qint64 size = QFileInfo(mid_).size();
        QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
        qint64 last = 0;
        for (const QList<QVariant>& report : progress) {
            QCOMPARE(report.at(0).value<Stage>(), Stage::Reading);
            QVERIFY(report.at(1).toLongLong() >= last);
            QCOMPARE(report.at(2).toLongLong(), size);
            last = report.at(1).toLongLong();
        }
        QCOMPARE(last, size);
        QVERIFY(w.session().replaying());
        QCOMPARE(w.session().demo(), findDemo("pagination"));
        QVERIFY(w.session().params() == paginationParams(kMidUsers));
        QVERIFY(sameTrace(*w.session().trace(), loadTraceFile(mid_.toStdString()).trace));
        QVERIFY2(w.fileMessage().startsWith("Opened mid.jsonl"), qPrintable(w.fileMessage()));
    }

    // A file read in well under a second never shows the dialog.
    void smallFileShowsNoDialog()
    {
        MainWindow w;
        showActive(w);
        bool everShown = false;
        connect(&w, &MainWindow::fileProgress, &w, [&w, &everShown] {
            everShown =
                everShown || (w.fileProgressDialog() != nullptr && w.fileProgressDialog()->isVisible());
        });
        QVERIFY(w.openTraceFile(small_));
        QVERIFY(!everShown);
        QVERIFY(w.fileProgressDialog() == nullptr);
        QCOMPARE(w.session().demo(), findDemo("countdown"));
    }

    // Cancel while the file is read, before the dialog shows or in it: the run on screen stays
    // exactly as it was, and one message says so.
    void cancelOpenKeepsTheRun_data()
    {
        QTest::addColumn<bool>("inTheDialog");
        QTest::newRow("before the dialog shows") << false;
        QTest::newRow("in the dialog") << true;
    }
    void cancelOpenKeepsTheRun()
    {
        QFETCH(bool, inTheDialog);
        MainWindow w;
        showActive(w);
        w.selectDemo(QStringLiteral("range"));
        w.session().stepForward();
        w.session().stepForward();
        const Shown before = shown(w);
        QSignalSpy finished(&w, &MainWindow::fileTaskFinished);
        QVERIFY(w.beginOpenTraceFile(big_));
        if (inTheDialog) {
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || w.fileProgressDialog()->isVisible(), kTimeoutMs);
            if (!finished.isEmpty())
                QSKIP("this build reads the file in less than a second: no dialog to cancel");
            auto* cancel = w.fileProgressDialog()->findChild<QPushButton*>();
            QVERIFY(cancel != nullptr);
            QTest::mouseClick(cancel, Qt::LeftButton);
        } else {
            QSignalSpy progress(&w, &MainWindow::fileProgress);
            QVERIFY(progress.wait(kTimeoutMs));
            QVERIFY(!w.fileProgressDialog()->isVisible());
            w.cancelFileTask();
        }
        QCOMPARE(waitForTask(finished), std::optional(Outcome::Cancelled));
        QVERIFY(shown(w) == before);
        QCOMPARE(w.fileMessage(), QString("Opening big.jsonl cancelled: the run is as it was"));
        QVERIFY(w.session().stepForward()); // the run goes on
    }

    // Progress while saving: events written of the run's, growing, ending at all of them; a run
    // that has not finished is first run to its end (events so far, no total yet). The file
    // reads back as the whole run.
    void saveReportsProgress_data()
    {
        QTest::addColumn<bool>("finishedRun");
        QTest::newRow("a finished run") << true;
        QTest::newRow("a run still going") << false;
    }
    void saveReportsProgress()
    {
        QFETCH(bool, finishedRun);
        MainWindow w;
        w.selectDemo(QStringLiteral("pagination"));
        w.setParams(paginationParams(kMidUsers));
        if (finishedRun) {
            w.session().jumpToEnd();
            QTRY_VERIFY_WITH_TIMEOUT(w.session().finished(), kTimeoutMs);
        }
        w.session().stepForward();
        const Shown before = shown(w);
        QSignalSpy progress(&w, &MainWindow::fileProgress);
        QSignalSpy finished(&w, &MainWindow::fileTaskFinished);
        const QString path = dir_.filePath("saved.jsonl");
        QVERIFY(w.beginSaveTraceFile(path));
        QCOMPARE(waitForTask(finished), std::optional(Outcome::Done));
        QVERIFY(shown(w) == before);
        QCOMPARE(w.fileMessage(), QString("Saved saved.jsonl"));
        const TraceFile saved = loadTraceFile(path.toStdString());
        Engine whole(*findDemo("pagination"), paginationParams(kMidUsers));
        whole.runToEnd();
        QVERIFY(sameTrace(saved.trace, whole.trace()));
        const auto events = static_cast<qint64>(whole.trace().size());

        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first().at(0).value<Stage>(), finishedRun ? Stage::Writing : Stage::Running);
        qint64 last = 0;
        for (const QList<QVariant>& report : progress) {
            if (report.at(0).value<Stage>() != Stage::Writing) continue;
            QVERIFY(report.at(1).toLongLong() >= last);
            QCOMPARE(report.at(2).toLongLong(), events);
            last = report.at(1).toLongLong();
        }
        QCOMPARE(last, events);
    }

    // Cancel while saving, whether the run is being written or first run to its end: the file
    // that was there is left byte for byte, and nothing else is left in its folder.
    void cancelSaveLeavesTheFile_data()
    {
        QTest::addColumn<bool>("finishedRun");
        QTest::newRow("writing a finished run") << true;
        QTest::newRow("running a run to its end") << false;
    }
    void cancelSaveLeavesTheFile()
    {
        QFETCH(bool, finishedRun);
        QTemporaryDir folder;
        const QString path = folder.filePath("lesson.jsonl");
        const QByteArray previous = "the run saved before\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(previous);
        }
        MainWindow w;
        w.selectDemo(QStringLiteral("pagination"));
        w.setParams(paginationParams(kBigUsers));
        if (finishedRun) {
            w.session().jumpToEnd();
            QTRY_VERIFY_WITH_TIMEOUT(w.session().finished(), kTimeoutMs);
        }
        const Shown before = shown(w);
        QSignalSpy progress(&w, &MainWindow::fileProgress);
        QSignalSpy finished(&w, &MainWindow::fileTaskFinished);
        QVERIFY(w.beginSaveTraceFile(path));
        QVERIFY(progress.wait(kTimeoutMs));
        QCOMPARE(progress.first().at(0).value<Stage>(), finishedRun ? Stage::Writing : Stage::Running);
        w.cancelFileTask();
        QCOMPARE(waitForTask(finished), std::optional(Outcome::Cancelled));
        QCOMPARE(w.fileMessage(), QString("Saving lesson.jsonl cancelled: the file is as it was"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), previous);
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"lesson.jsonl"});
        QVERIFY(shown(w) == before);
    }

    // A folder that is not there: one message naming the file and the reason, nothing written,
    // and the run goes on.
    void saveRefusesAnUnwritablePath()
    {
        MainWindow w;
        w.session().stepForward();
        const Shown before = shown(w);
        const QString path = dir_.filePath("no such folder/run.jsonl");
        QVERIFY(!w.saveTraceFile(path));
        QVERIFY2(w.fileMessage().startsWith("Cannot save run.jsonl: "), qPrintable(w.fileMessage()));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!w.fileTaskRunning());
        QVERIFY(shown(w) == before);
    }

    // While a file is opened, keys, clicks and closing the window do nothing (nothing the user
    // starts can change the run the file replaces); afterwards the window answers again.
    void inputWaitsForTheFile()
    {
        MainWindow w;
        showActive(w);
        w.selectDemo(QStringLiteral("countdown"));
        const Shown before = shown(w);
        QSignalSpy finished(&w, &MainWindow::fileTaskFinished);
        QVERIFY(w.beginOpenTraceFile(big_));
        QWidget* focus = QApplication::focusWidget() != nullptr ? QApplication::focusWidget() : &w;
        QTest::keyClick(focus, Qt::Key_Right);
        QTest::keyClick(focus, Qt::Key_End);
        QTest::keyClick(focus, Qt::Key_R);
        QTest::mouseClick(w.timeline(), Qt::LeftButton, {}, w.timeline()->rect().center());
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        QVERIFY(shown(w) == before);
        QVERIFY(w.fileTaskRunning());
        w.cancelFileTask();
        QCOMPARE(waitForTask(finished), std::optional(Outcome::Cancelled));
        QTest::keyClick(QApplication::focusWidget() != nullptr ? QApplication::focusWidget() : &w,
                        Qt::Key_Right);
        QCOMPARE(w.session().cursor(), std::size_t(0));
    }

    // The window's event loop never stalls while a big file is read: a 5 ms timer keeps
    // firing (the parsing is on the worker), up to and including the hand-over of the run.
    void windowKeepsPainting()
    {
        const QString external = qEnvironmentVariable("YS_FILE_PROGRESS_TRACE");
        const QString path = external.isEmpty() ? big_ : external;
        MainWindow w;
        w.resize(1920, 1080);
        showActive(w);
        QSignalSpy finished(&w, &MainWindow::fileTaskFinished);
        QElapsedTimer sinceTick;
        qint64 preemptedAtTick = 0;
        qint64 longestGap = 0;    // wall time between two ticks
        qint64 longestOwnGap = 0; // the same less the time other processes had the core
        auto tick = [&] {
            const qint64 gap = sinceTick.restart();
            const qint64 preempted = preemptedMs();
            longestGap = std::max(longestGap, gap);
            longestOwnGap = std::max(longestOwnGap, gap - (preempted - preemptedAtTick));
            preemptedAtTick = preempted;
        };
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &w, tick);
        QElapsedTimer clock;
        clock.start();
        sinceTick.start();
        preemptedAtTick = preemptedMs();
        ticker.start();
        QVERIFY(w.beginOpenTraceFile(path));
        QCOMPARE(waitForTask(finished), std::optional(Outcome::Done));
        const qint64 openMs = clock.elapsed();
        QApplication::processEvents(); // the first frame of the opened run
        tick();
        ticker.stop();
        qInfo("opened %s (%lld events) in %lld ms; the longest the window waited: %lld ms (%lld ms of it "
              "its own, not other processes')",
              qPrintable(QFileInfo(path).fileName()), static_cast<long long>(w.session().recorded()),
              static_cast<long long>(openMs), static_cast<long long>(longestGap),
              static_cast<long long>(longestOwnGap));
        // A frame at 60 Hz is 17 ms; a Debug or sanitizer build gets slack. A busy machine's other
        // processes taking the core are left out: what is measured is the window's own stall.
        QVERIFY2(longestOwnGap < 250, qPrintable(QString("%1 ms").arg(longestOwnGap)));
    }

    // The dialog as a class sees it, over the window at 1920x1080 (screenshots/).
    void progressDialogScreenshot()
    {
        MainWindow w;
        w.resize(1920, 1080);
        showActive(w);
        QSignalSpy finished(&w, &MainWindow::fileTaskFinished);
        QVERIFY(w.beginOpenTraceFile(big_));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || w.fileProgressDialog()->isVisible(), kTimeoutMs);
        if (!finished.isEmpty()) QSKIP("this build reads the file in less than a second: no dialog to show");
        // A tenth of the way, so that the bar shows some progress.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || w.fileProgressDialog()->value() >= 100, kTimeoutMs);
        QVERIFY(finished.isEmpty());
        FileProgressDialog* dialog = w.fileProgressDialog();
        // Centred on the window, where a desktop puts a dialog over its parent (the offscreen
        // screen is smaller than the window, so Qt placed it elsewhere).
        QPixmap shot = w.grab();
        {
            QPainter painter(&shot);
            const QPixmap box = dialog->grab();
            const QRect at(QPoint((shot.width() - box.width()) / 2, (shot.height() - box.height()) / 2),
                           box.size());
            painter.drawPixmap(at.topLeft(), box);
            painter.setPen(dialog->palette().color(QPalette::Mid));
            painter.drawRect(at.adjusted(-1, -1, 0, 0)); // the edge a window manager draws
        }
        const QString folder = QStringLiteral(YS_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(shot.save(folder + "/file-progress.png"));
        // Saving a run that has not finished: it is run to its end first, the bar just moving.
        FileProgressDialog running(QStringLiteral("lesson.jsonl"), true, w);
        running.showProgress(Stage::Running, 1'234'567, 0);
        running.adjustSize();
        QVERIFY(running.grab().save(folder + "/file-progress-running.png"));
        w.cancelFileTask();
        QCOMPARE(waitForTask(finished), std::optional(Outcome::Cancelled));
    }
};

QTEST_MAIN(TestFileProgress)
#include "tst_ui_file_progress.moc"
