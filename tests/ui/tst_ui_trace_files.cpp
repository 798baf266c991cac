// SPDX-License-Identifier: MIT
// Saved runs in the window: a session replays a recorded trace without an engine, File > Save
// and File > Open round-trip a run, and a bad file leaves the current run as it was with one
// message naming the file, the line and the problem.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/io/trace_file.hpp"
#include "core/io/trace_jsonl.hpp"
#include "ui/session/run_session.hpp"
#include "ui/window/main_window.hpp"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace ys;
using ys::ui::MainWindow;
using ys::ui::RunSession;

namespace {

TraceFile recorded(const char* name)
{
    const Demo& demo = *findDemo(name);
    Engine engine(demo, demo.defaults());
    engine.runToEnd();
    TraceFile file;
    file.demo = &demo;
    file.params = demo.defaults();
    file.trace = engine.trace();
    file.notes = {{1, "a note"}};
    return file;
}

// Shows the window and presses a key as the user does: to the widget with focus.
void press(MainWindow& w, Qt::Key key)
{
    if (!w.isVisible()) {
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }
    QWidget* target = QApplication::focusWidget();
    QTest::keyClick(target != nullptr ? target : &w, key);
}

void writeBytes(const QString& path, const std::string& bytes)
{
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.data(), static_cast<qint64>(bytes.size()));
}

} // namespace

class TestTraceFiles : public QObject {
    Q_OBJECT

private slots:
    void sessionReplaysWithoutEngine()
    {
        RunSession s;
        const TraceFile file = recorded("range");
        const std::size_t n = file.trace.size();
        QSignalSpy started(&s, &RunSession::runStarted);
        s.open(file);
        QCOMPARE(started.count(), 1);
        QVERIFY(s.replaying());
        QVERIFY(s.finished());
        QCOMPARE(s.recorded(), n);
        QVERIFY(!s.hasCursor());
        QCOMPARE(s.demo(), findDemo("range"));
        QVERIFY(s.listing().find("for await") != std::string::npos);
        QCOMPARE(s.notes().size(), std::size_t(1));
        QVERIFY(s.stepForward());
        QVERIFY(s.stepForward());
        QCOMPARE(s.cursor(), std::size_t(1));
        s.jumpToEnd();
        QVERIFY(s.atEnd());
        QCOMPARE(s.cursor(), n - 1);
        QVERIFY(!s.stepForward());
        QCOMPARE(s.timeAtCursor(), file.trace[n - 1].t);
        s.reset();
        QVERIFY(!s.hasCursor());
        QCOMPARE(s.recorded(), n);
        QVERIFY(sameTrace(s.toTraceFile().trace, file.trace));
        // A live run afterwards drops the recording.
        s.start(*findDemo("countdown"), findDemo("countdown")->defaults());
        QVERIFY(!s.replaying());
        QVERIFY(s.notes().empty());
        QCOMPARE(s.recorded(), std::size_t(0));
    }

    void liveRunSavesWholeRun()
    {
        RunSession s;
        const Demo& demo = *findDemo("countdown");
        s.start(demo, demo.defaults());
        QVERIFY(s.stepForward());
        const TraceFile file = s.toTraceFile();
        QVERIFY(sameTrace(file.trace, recorded("countdown").trace));
        QCOMPARE(s.cursor(), std::size_t(0)); // the session itself did not move
    }

    void unknownDemoReplays()
    {
        TraceFile file = recorded("countdown");
        file.demo = nullptr;
        file.params = Params();
        RunSession s;
        s.open(std::move(file));
        QVERIFY(s.demo() == nullptr);
        QVERIFY(s.listing().empty());
        QVERIFY(s.stepForward());
    }

    void windowSavesAndOpens()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.selectDemo(QStringLiteral("pagination"));
        w.session().stepForward();
        const QString path = dir.filePath("run.jsonl");
        QVERIFY(w.saveTraceFile(path));
        QVERIFY(w.fileMessage().contains("run.jsonl"));

        MainWindow other;
        QVERIFY(other.openTraceFile(path));
        QVERIFY(other.session().replaying());
        QCOMPARE(other.session().demo(), findDemo("pagination"));
        QVERIFY(other.windowTitle().contains("run.jsonl"));
        QVERIFY(sameTrace(*other.session().trace(), recorded("pagination").trace));
        press(other, Qt::Key_Right);
        press(other, Qt::Key_Right);
        QCOMPARE(other.session().cursor(), std::size_t(1));
        QVERIFY(!other.narrationText().isEmpty());
        press(other, Qt::Key_End);
        QVERIFY(other.session().atEnd());
    }

    void windowOpensHeaderlessTrace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("plain.jsonl");
        const TraceFile file = recorded("countdown");
        std::string text;
        for (std::size_t seq = 0; seq < file.trace.size(); ++seq)
            appendEventJsonl(text, file.trace, seq);
        writeBytes(path, text);
        MainWindow w;
        QVERIFY(w.openTraceFile(path));
        QVERIFY(w.session().demo() == nullptr);
        press(w, Qt::Key_End);
        QVERIFY(w.session().atEnd());
        QVERIFY(!w.narrationText().isEmpty());
        QVERIFY(w.consoleText().contains("3"));
    }

    void farTimesStepWithoutCrash_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<bool>("throughTheReader");
        QTest::newRow("latest t a file may hold") << qint64{(qint64{1} << 53) - 1} << true;
        // Past what the reader accepts: the views clamp what they draw all the same.
        QTest::newRow("INT64_MAX in memory") << std::numeric_limits<qint64>::max() << false;
    }

    // A span from t 0 to a far time: stepping onto its settled event and back, at two window
    // sizes, paints (it crashed in the timeline's drawRoundedRect with t near INT64_MAX).
    void farTimesStepWithoutCrash()
    {
        QFETCH(qint64, t);
        QFETCH(bool, throughTheReader);
        TraceFile file;
        const std::uint32_t label = file.trace.intern("\"op\"");
        const std::uint32_t span =
            file.trace.openSpan(file.trace.append(0, Actor::Source, Kind::Awaiting, label, 1));
        file.trace.closeSpan(span, file.trace.append(t, Actor::Source, Kind::Settled, label, 1));
        MainWindow w;
        if (throughTheReader) {
            QTemporaryDir dir;
            const QString path = dir.filePath("far.jsonl");
            writeBytes(path, traceFileText(file));
            QVERIFY(w.openTraceFile(path));
        } else {
            w.session().open(std::move(file));
        }
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            w.resize(size);
            for (int i = 0; i < 3; ++i) {
                press(w, Qt::Key_Right);
                QVERIFY(!w.grab().isNull());
            }
            for (int i = 0; i < 3; ++i) {
                press(w, Qt::Key_Left);
                QVERIFY(!w.grab().isNull());
            }
        }
        QVERIFY(w.session().recorded() == 2);
    }

    void badFileKeepsTheRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.jsonl");
        std::string text = traceFileText(recorded("countdown"));
        text.resize(text.size() - 20); // cut in the middle of the last line
        writeBytes(path, text);
        MainWindow w;
        w.selectDemo(QStringLiteral("range"));
        w.session().stepForward();
        w.session().stepForward();
        const Trace* before = w.session().trace();
        QVERIFY(!w.openTraceFile(path));
        QVERIFY(w.fileMessage().contains("broken.jsonl"));
        QVERIFY(w.fileMessage().contains("line "));
        QVERIFY(w.fileMessage().contains("truncated"));
        QCOMPARE(w.session().demo(), findDemo("range"));
        QCOMPARE(w.session().trace(), before);
        QCOMPARE(w.session().cursor(), std::size_t(1));
        QVERIFY(!w.session().replaying());

        QVERIFY(!w.openTraceFile(dir.filePath("missing.jsonl")));
        QVERIFY(w.fileMessage().contains("missing.jsonl"));
        QVERIFY(w.fileMessage().contains("No such file"));
    }
};

QTEST_MAIN(TestTraceFiles)
#include "tst_ui_trace_files.moc"
