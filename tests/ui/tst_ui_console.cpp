// SPDX-License-Identifier: MIT
// The console on long runs, and the jump to the end that records them.
//
// The console holds a window of the outputs (the latest after a jump, earlier ones loaded as
// the reader scrolls up): after every jump and step it must show exactly the trace's outputs
// of that window, end with the one at the cursor, and reach the first output by scrolling.
// A jump to the end counts its events in the status line as it goes, and Esc, Space or the
// Pause button stop it, leaving a window that agrees with the trace.
#include "core/demos/demo.hpp"
#include "core/narration/narration.hpp"
#include "ui/panels/console_view.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QWheelEvent>

#include <memory>
#include <vector>

using namespace ys;
using ys::ui::ConsoleView;
using ys::ui::MainWindow;
using ys::ui::RunSession;

namespace {

// One output as the trace records it: its text and whether a line break follows it.
struct Output {
    std::size_t seq;
    QString text;
    bool breaks;
};

std::vector<Output> outputsOf(const RunSession& session)
{
    std::vector<Output> outputs;
    const Trace& trace = *session.trace();
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        const Event& e = trace[seq];
        if (e.kind != Kind::Log) continue;
        const bool write = codeOfLine(session.listing(), e.line).rfind("process.stdout.write", 0) == 0;
        outputs.push_back({seq, QString::fromStdString(consoleText(trace.valueText(e))), !write});
    }
    return outputs;
}

// The console's text when it holds outputs [first, shown).
QString consoleFor(const std::vector<Output>& outputs, std::size_t first, std::size_t shown)
{
    QString text = ConsoleView::header(first);
    for (std::size_t i = first; i < shown; ++i) {
        text += outputs[i].text;
        if (outputs[i].breaks && i + 1 < shown) text += '\n';
    }
    return text;
}

Params paginationParams(int users)
{
    Params p = findDemo("pagination")->defaults();
    p.setInteger("users", users);
    p.setInteger("latency", 0);
    return p;
}

// A saved run of the chunks demo whose outputs are mostly process.stdout.write: parts of lines,
// some with line breaks inside, continued by the next output; every seventh a console.log.
QString writeChunksTrace(const QString& path, int outputs)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    const Demo& chunks = *findDemo("chunks");
    const int write = chunks.line("process.stdout.write");
    const int log = chunks.line("Received ${received} bytes");
    file.write(R"({"format":"yieldscope-trace","version":1,"demo":"chunks",)"
               R"("params":{"chunkSize":5,"interval":200,"stream":1},"annotations":[]})"
               "\n");
    for (int i = 0; i < outputs; ++i) {
        const bool isLog = i % 7 == 6;
        const QString value = isLog        ? QString("line %1").arg(i)
                              : i % 5 == 0 ? QString("w%1\\nx").arg(i)
                                           : QString("w%1 ").arg(i);
        file.write(QString(R"({"seq":%1,"t":%2,"actor":"console","kind":"log","value":"%3","line":%4})"
                           "\n")
                       .arg(i)
                       .arg(i * 10)
                       .arg(value)
                       .arg(isLog ? log : write)
                       .toUtf8());
    }
    return path;
}

} // namespace

class TestConsole : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> window_;
    QTemporaryDir dir_;

    MainWindow& w() { return *window_; }
    RunSession& session() { return window_->session(); }
    ConsoleView& console() { return *window_->console(); }

    void press(Qt::Key key)
    {
        QWidget* target = QApplication::focusWidget();
        if (target == nullptr) target = window_.get();
        QTest::keyClick(target, key);
    }

    void runToEnd()
    {
        session().jumpToEnd();
        QTRY_VERIFY_WITH_TIMEOUT(!session().jumping(), 120000);
        QVERIFY(session().atEnd());
    }

    // Empty when the console shows exactly the trace's outputs up to the cursor, from its
    // window's first on, and at least the latest kNearOutputs of them.
    QString consoleProblem()
    {
        const std::vector<Output> outputs = outputsOf(session());
        std::size_t shown = 0;
        if (session().hasCursor()) {
            while (shown < outputs.size() && outputs[shown].seq <= session().cursor())
                ++shown;
        }
        const std::size_t first = console().firstOutput();
        if (console().outputs() != shown)
            return QString("the console counts %1 outputs, the trace %2").arg(console().outputs()).arg(shown);
        if (first > shown || shown - first < std::min(shown, ConsoleView::kNearOutputs))
            return QString("the console holds outputs %1 to %2 only").arg(first).arg(shown);
        const QString expected = consoleFor(outputs, first, shown);
        const QString text = w().consoleText();
        if (text != expected) {
            qsizetype at = 0;
            while (at < text.size() && at < expected.size() && text[at] == expected[at])
                ++at;
            return QString("the console has [%1] at %2, the trace's outputs [%3]")
                .arg(text.mid(std::max<qsizetype>(0, at - 40), 80))
                .arg(at)
                .arg(expected.mid(std::max<qsizetype>(0, at - 40), 80));
        }
        return {};
    }

    void saveScreenshot(const QString& name)
    {
        const QString dir = QStringLiteral(YS_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(w().grab().save(dir + "/" + name + ".png"));
    }

    // Opens a run: "pagination N" runs the demo with N users; "writes N" opens a saved run of
    // N mostly unfinished lines.
    void openRun(const QString& run)
    {
        const QStringList parts = run.split(' ');
        const int n = parts.value(1).toInt();
        if (parts[0] == "pagination") {
            w().selectDemo("pagination");
            w().setParams(paginationParams(n));
        } else {
            const QString path = writeChunksTrace(dir_.filePath(QString("writes-%1.jsonl").arg(n)), n);
            QVERIFY(w().openTraceFile(path));
        }
        runToEnd();
    }

private slots:
    void init()
    {
        QVERIFY(dir_.isValid());
        window_ = std::make_unique<MainWindow>();
        window_->setThemeMode(MainWindow::ThemeMode::Light);
        window_->resize(1920, 1080);
        window_->show();
        QApplication::setActiveWindow(window_.get());
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        window_->timeline()->setFocus();
    }

    void cleanup() { window_.reset(); }

    // Far jumps back and forth (as fractions of the run), each followed by a step back and a
    // step forward: after each, exactly the trace's latest outputs, no more than a jump builds.
    void farJumpsShowTheLatestOutputs_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<QList<double>>("jumps");
        const QList<double> farAndBack{1.0, 0.1, 0.9, 0.5, 0.0001, 1.0, 0.3};
        QTest::newRow("pagination, 3,000 users") << "pagination 3000" << farAndBack;
        QTest::newRow("pagination, 150 users") << "pagination 150" << farAndBack;
        QTest::newRow("pagination, 40 users (all in view)")
            << "pagination 40" << QList<double>{1.0, 0.2, 0.7};
        QTest::newRow("unfinished lines, 5,000 outputs") << "writes 5000" << farAndBack;
        QTest::newRow("unfinished lines, 30 outputs") << "writes 30" << QList<double>{1.0, 0.0, 0.6};
    }
    void farJumpsShowTheLatestOutputs()
    {
        QFETCH(QString, run);
        QFETCH(QList<double>, jumps);
        openRun(run);
        const std::vector<Output> outputs = outputsOf(session());
        const std::size_t recorded = session().recorded();
        for (const double at : jumps) {
            const auto seq = std::min(recorded - 1, static_cast<std::size_t>(at * double(recorded)));
            session().jumpTo(seq);
            QVERIFY2(session().cursor() == seq || seq == 0, qPrintable(QString::number(seq)));
            const QString where = QString("after a jump to event %1").arg(seq);
            QVERIFY2(consoleProblem().isEmpty(), qPrintable(where + ": " + consoleProblem()));
            // A jump builds only the latest outputs, and loads nothing more once the window has
            // been repainted.
            const std::size_t shown = console().outputs();
            QCOMPARE(console().firstOutput(), shown - std::min(shown, ConsoleView::kNearOutputs));
            QCoreApplication::processEvents();
            QCOMPARE(console().firstOutput(), shown - std::min(shown, ConsoleView::kNearOutputs));
            if (shown > 0) QVERIFY(w().consoleText().endsWith(outputs[shown - 1].text));
            for (const Qt::Key key : {Qt::Key_Left, Qt::Key_Left, Qt::Key_Right}) {
                press(key);
                QVERIFY2(consoleProblem().isEmpty(), qPrintable(where + " and a step: " + consoleProblem()));
            }
        }
        if (run == "pagination 3000") {
            saveScreenshot("console-far-jump");
            // The top of the window, before the earlier outputs load: the header line.
            console().verticalScrollBar()->setValue(0);
            saveScreenshot("console-header");
        }
    }

    // Scrolling up loads earlier outputs until the first, keeping the lines in view in place;
    // stepping after it keeps them.
    void scrollingUpReachesTheFirstOutput_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<bool>("wheel");
        QTest::newRow("pagination, scroll bar") << "pagination 5000" << false;
        QTest::newRow("pagination, mouse wheel") << "pagination 5000" << true;
        QTest::newRow("unfinished lines, scroll bar") << "writes 6000" << false;
    }
    void scrollingUpReachesTheFirstOutput()
    {
        QFETCH(QString, run);
        QFETCH(bool, wheel);
        openRun(run);
        const std::vector<Output> outputs = outputsOf(session());
        QVERIFY(console().firstOutput() > ConsoleView::kLoadOutputs);
        QVERIFY(w().consoleText().startsWith(ConsoleView::header(console().firstOutput())));
        QScrollBar* bar = console().verticalScrollBar();
        QVERIFY(bar->value() > bar->minimum());
        int loads = 0;
        for (int turn = 0; turn < 5000 && console().firstOutput() > 0; ++turn) {
            const std::size_t before = console().firstOutput();
            if (wheel) {
                const QPoint at = console().viewport()->rect().center();
                QWheelEvent up(at, console().viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120 * 20),
                               Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(console().viewport(), &up);
            } else {
                bar->setValue(bar->minimum());
            }
            const QString topLine = console().cursorForPosition(QPoint(4, 4)).block().text();
            QCoreApplication::processEvents();
            if (console().firstOutput() == before) continue;
            ++loads;
            QVERIFY2(consoleProblem().isEmpty(), qPrintable(consoleProblem()));
            // The line that was at the top is still there (the header gave way to the output
            // before the window, which ends where the window's first line begins).
            if (!topLine.startsWith(QStringLiteral("…"))) {
                QCOMPARE(console().cursorForPosition(QPoint(4, 4)).block().text(), topLine);
            }
        }
        QCOMPARE(console().firstOutput(), std::size_t(0));
        QCOMPARE(loads, int((outputs.size() - ConsoleView::kNearOutputs + ConsoleView::kLoadOutputs - 1) /
                            ConsoleView::kLoadOutputs));
        QCOMPARE(w().consoleText(), consoleFor(outputs, 0, outputs.size()));
        QVERIFY(w().consoleText().startsWith(outputs.front().text));
        bar->setValue(bar->minimum());
        QCoreApplication::processEvents();
        if (run.startsWith("pagination")) {
            QCOMPARE(console().cursorForPosition(QPoint(4, 4)).block().text(), QString("user1"));
            saveScreenshot("console-scrolled-to-the-top");
        }
        // Steps edit the whole window's ends.
        for (const Qt::Key key : {Qt::Key_Left, Qt::Key_Left, Qt::Key_Right, Qt::Key_Home, Qt::Key_Right}) {
            press(key);
            QVERIFY2(consoleProblem().isEmpty(), qPrintable(consoleProblem()));
        }
    }

    // Stepping back from a jump never leaves fewer than kNearOutputs in the window: the top
    // gets them back one by one.
    void steppingBackKeepsTheLatestOutputs()
    {
        openRun("pagination 400");
        for (int i = 0; i < 700; ++i) {
            press(Qt::Key_Left);
            QVERIFY2(consoleProblem().isEmpty(),
                     qPrintable(QString("step %1: %2").arg(i).arg(consoleProblem())));
        }
    }

    // The status line counts the events recorded as the jump goes, slice after slice.
    void jumpToTheEndShowsProgress()
    {
        w().selectDemo("pagination");
        w().setParams(paginationParams(40000));
        QList<qint64> counts; // what the status line counts after each slice
        QStringList problems;
        connect(&session(), &RunSession::traceGrew, this, [&] {
            if (!session().jumping()) return;
            const QString status = w().statusText();
            static const QRegularExpression progress(R"(running to the end… (.+) events \(Esc to stop\))");
            const QRegularExpressionMatch m = progress.match(status);
            const QString number = m.captured(1);
            const qint64 count = QString(number).remove(QRegularExpression(R"(\D)")).toLongLong();
            if (!m.hasMatch() || count != qint64(session().recorded()))
                problems << QString("%1 events recorded, the status line says [%2]")
                                .arg(session().recorded())
                                .arg(status);
            // The empty timeline says it too.
            if (!w().timeline()->placeholderText().contains(number + " events so far"))
                problems << QString("the timeline says [%1]").arg(w().timeline()->placeholderText());
            counts << count;
            if (counts.size() == 3) saveScreenshot("window-running-to-the-end");
        });
        press(Qt::Key_End);
        QVERIFY(session().jumping());
        QVERIFY2(w().statusText().contains(QStringLiteral("running to the end… 0 events (Esc to stop)")),
                 qPrintable(w().statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!session().jumping(), 120000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        // It counts up, slice by slice.
        QVERIFY2(counts.size() >= 4, qPrintable(QString::number(counts.size())));
        for (qsizetype i = 1; i < counts.size(); ++i) {
            QVERIFY(counts[i] > counts[i - 1]);
            QVERIFY(counts[i] - counts[i - 1] <= qint64(RunSession::kSliceEvents));
        }
        QVERIFY(session().atEnd());
        QVERIFY(w().statusText().contains("run ended"));
        QCOMPARE(w().timeline()->placeholderText(), MainWindow::startHint());
        QVERIFY2(consoleProblem().isEmpty(), qPrintable(consoleProblem()));
        QVERIFY(w().consoleText().endsWith("user40000"));
    }

    // Esc, Space and the Pause button stop a jump to the end where it has got: nothing more is
    // recorded, the cursor stays, the window says so, and End goes on from there.
    void cancellingStopsTheJump_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("stepsFirst");
        QTest::newRow("Esc") << "Esc" << 0;
        QTest::newRow("Esc after some steps") << "Esc" << 30;
        QTest::newRow("Space") << "Space" << 12;
        QTest::newRow("Pause button") << "button" << 0;
        QTest::newRow("Stop in the Run menu") << "menu" << 5;
    }
    void cancellingStopsTheJump()
    {
        QFETCH(QString, how);
        QFETCH(int, stepsFirst);
        w().selectDemo("pagination");
        w().setParams(paginationParams(60000));
        for (int i = 0; i < stepsFirst; ++i)
            press(Qt::Key_Right);
        const qint64 cursor = session().hasCursor() ? qint64(session().cursor()) : -1;
        auto* stop = w().findChild<QAction*>("actionStop");
        auto* play = w().findChild<QAction*>("actionPlay");
        QVERIFY(stop && play);
        QVERIFY(!stop->isEnabled());
        press(Qt::Key_End);
        QVERIFY(session().jumping());
        QVERIFY(stop->isEnabled());
        QCOMPARE(play->text(), QString("&Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(
            session().recorded() > std::size_t(stepsFirst) + RunSession::kSliceStepEvents, 30000);
        QVERIFY(session().jumping());
        if (how == "Esc") {
            press(Qt::Key_Escape);
        } else if (how == "Space") {
            press(Qt::Key_Space);
        } else if (how == "button") {
            auto* bar = w().findChild<QToolBar*>("playbackToolBar");
            auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(play));
            QVERIFY(button && button->isVisible());
            QTest::mouseClick(button, Qt::LeftButton);
        } else {
            stop->trigger();
        }
        QVERIFY(!session().jumping());
        const std::size_t recorded = session().recorded();
        QTest::qWait(200);
        QCOMPARE(session().recorded(), recorded);
        QCOMPARE(session().hasCursor() ? qint64(session().cursor()) : -1, cursor);
        QVERIFY(!session().finished());
        QVERIFY(!w().player().playing());
        QVERIFY2(w().statusText().endsWith(QStringLiteral("● running")), qPrintable(w().statusText()));
        QVERIFY(!stop->isEnabled());
        QCOMPARE(play->text(), QString("&Play"));
        QVERIFY(w().findChild<QAction*>("actionEnd")->isEnabled());
        QCOMPARE(w().timeline()->layout().size(), recorded);
        QVERIFY2(consoleProblem().isEmpty(), qPrintable(consoleProblem()));
        // Esc with nothing running does nothing.
        press(Qt::Key_Escape);
        QCOMPARE(session().recorded(), recorded);
        // End goes on from where it stopped.
        press(Qt::Key_End);
        QTRY_VERIFY_WITH_TIMEOUT(!session().jumping(), 120000);
        QVERIFY(session().atEnd());
        QVERIFY(w().consoleText().endsWith("user60000"));
        QVERIFY2(consoleProblem().isEmpty(), qPrintable(consoleProblem()));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_ui_console.moc"
