// SPDX-License-Identifier: MIT
// RunSession and Player: stepping runs the engine only when needed, stepping back and jumping
// reuse the recorded trace, a jump to the end runs in slices, and playback paces events by
// their virtual time.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace ys;
using ys::ui::Player;
using ys::ui::RunSession;

namespace {

const Demo& demo(const char* name) { return *findDemo(name); }

Params paramsOf(const char* name, std::initializer_list<const char*> assignments)
{
    Params p = demo(name).defaults();
    for (const char* a : assignments)
        p.assign(a);
    return p;
}

std::size_t fullRunSize(const char* name, std::initializer_list<const char*> assignments = {})
{
    Engine engine(demo(name), paramsOf(name, assignments));
    return engine.runToEnd();
}

} // namespace

class TestRunSession : public QObject {
    Q_OBJECT

private slots:
    void startsWithNoCursor()
    {
        RunSession s;
        QSignalSpy started(&s, &RunSession::runStarted);
        s.start(demo("countdown"), demo("countdown").defaults());
        QCOMPARE(started.count(), 1);
        QVERIFY(!s.hasCursor());
        QCOMPARE(s.recorded(), std::size_t(0)); // nothing runs before the first step
        QVERIFY(!s.finished());
        QVERIFY(s.canStepForward());
        QVERIFY(!s.canStepBack());
        QCOMPARE(s.timeAtCursor(), std::int64_t(0));
        QVERIFY(s.listing().find("countdown(3, 500)") != std::string::npos);
    }

    void stepsRunTheEngineOnlyAtTheFrontier()
    {
        RunSession s;
        s.start(demo("countdown"), demo("countdown").defaults());
        QSignalSpy moved(&s, &RunSession::cursorChanged);
        QSignalSpy grew(&s, &RunSession::traceGrew);
        for (std::size_t i = 0; i < 6; ++i) {
            QVERIFY(s.stepForward());
            QCOMPARE(s.cursor(), i);
        }
        QCOMPARE(moved.count(), 6);
        const std::size_t recorded = s.recorded();
        const int grewCount = static_cast<int>(grew.count());
        QVERIFY(recorded >= 6);
        // Back and forth over recorded events: no engine step, same trace.
        QVERIFY(s.stepBack());
        QVERIFY(s.stepBack());
        QCOMPARE(s.cursor(), std::size_t(3));
        QVERIFY(s.stepForward());
        QVERIFY(s.stepForward());
        QCOMPARE(s.recorded(), recorded);
        QCOMPARE(grew.count(), grewCount);
        const QList<QVariant> last = moved.takeLast();
        QCOMPARE(last.at(0).toLongLong(), qint64(4));
        QCOMPARE(last.at(1).toLongLong(), qint64(5));
    }

    void stepBackFromTheFirstEventShowsNone()
    {
        RunSession s;
        s.start(demo("range"), demo("range").defaults());
        QVERIFY(s.stepForward());
        QVERIFY(s.stepBack());
        QVERIFY(!s.hasCursor());
        QVERIFY(!s.stepBack());
    }

    void stepsToTheEndAndStops()
    {
        const std::size_t total = fullRunSize("countdown");
        RunSession s;
        QSignalSpy finished(&s, &RunSession::finishedChanged);
        s.start(demo("countdown"), demo("countdown").defaults());
        std::size_t steps = 0;
        while (s.stepForward())
            ++steps;
        QCOMPARE(steps, total);
        QCOMPARE(s.cursor(), total - 1);
        QVERIFY(s.finished());
        QVERIFY(s.atEnd());
        QVERIFY(!s.canStepForward());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(s.timeAtCursor(), std::int64_t(1500));
    }

    void jumpsUseTheRecordedTrace()
    {
        RunSession s;
        s.start(demo("countdown"), demo("countdown").defaults());
        for (int i = 0; i < 10; ++i)
            s.stepForward();
        const std::size_t recorded = s.recorded();
        s.jumpTo(2);
        QCOMPARE(s.cursor(), std::size_t(2));
        s.jumpTo(100000); // beyond the recorded trace: ignored
        QCOMPARE(s.cursor(), std::size_t(2));
        s.jumpToStart();
        QVERIFY(!s.hasCursor());
        QCOMPARE(s.recorded(), recorded);
    }

    void jumpToEndRunsInSlices()
    {
        // About 7 events per user: several slices of at most 50k.
        const char* users = "users=30000";
        const std::size_t total = fullRunSize("pagination", {users, "latency=0"});
        QVERIFY(total > 3 * RunSession::kSliceEvents);
        RunSession s;
        s.start(demo("pagination"), paramsOf("pagination", {users, "latency=0"}));
        QSignalSpy grew(&s, &RunSession::traceGrew);
        QSignalSpy jumping(&s, &RunSession::jumpingChanged);
        s.jumpToEnd();
        QVERIFY(s.jumping());
        QCOMPARE(s.recorded(), std::size_t(0)); // nothing ran yet: the slices run from the event loop
        std::size_t sliced = 0;
        std::size_t biggestSlice = 0;
        connect(&s, &RunSession::traceGrew, this, [&] {
            biggestSlice = std::max(biggestSlice, s.recorded() - sliced);
            sliced = s.recorded();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!s.jumping(), 60000);
        QVERIFY(grew.count() >= 3);
        QVERIFY(biggestSlice <= RunSession::kSliceEvents);
        QCOMPARE(jumping.count(), 2);
        QVERIFY(s.finished());
        QCOMPARE(s.recorded(), total);
        QCOMPARE(s.cursor(), total - 1);
        QVERIFY(s.atEnd());
    }

    void stepCancelsAJump()
    {
        RunSession s;
        s.start(demo("pagination"), paramsOf("pagination", {"users=60000", "latency=0"}));
        s.jumpToEnd();
        QVERIFY(s.jumping());
        QVERIFY(s.stepForward());
        QVERIFY(!s.jumping());
        QCOMPARE(s.cursor(), std::size_t(0));
        QTest::qWait(50); // a stale slice must not move anything
        QCOMPARE(s.cursor(), std::size_t(0));
        QVERIFY(!s.finished());
    }

    void resetStartsAgain()
    {
        RunSession s;
        s.start(demo("countdown"), paramsOf("countdown", {"from=2"}));
        while (s.stepForward()) {
        }
        QVERIFY(s.finished());
        QSignalSpy finished(&s, &RunSession::finishedChanged);
        QSignalSpy moved(&s, &RunSession::cursorChanged);
        s.reset();
        QVERIFY(!s.hasCursor());
        QCOMPARE(s.recorded(), std::size_t(0));
        QVERIFY(!s.finished());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(s.params().integer("from"), std::int64_t(2)); // same parameters
    }

    void playerWaits_data()
    {
        QTest::addColumn<qint64>("previous");
        QTest::addColumn<qint64>("next");
        QTest::addColumn<double>("speed");
        QTest::addColumn<int>("wait");
        QTest::newRow("virtual time at 1x") << qint64(0) << qint64(500) << 1.0 << 500;
        QTest::newRow("virtual time at 2x") << qint64(0) << qint64(1000) << 2.0 << 500;
        QTest::newRow("virtual time at 0.25x") << qint64(0) << qint64(1000) << 0.25 << 4000;
        QTest::newRow("same instant at 1x") << qint64(500) << qint64(500) << 1.0 << Player::kMinPacingMs;
        QTest::newRow("same instant at 8x") << qint64(500) << qint64(500) << 8.0 << 44;
        QTest::newRow("short wait is paced") << qint64(0) << qint64(100) << 1.0 << Player::kMinPacingMs;
        QTest::newRow("a day is capped") << qint64(0) << qint64(86'400'000) << 8.0 << Player::kMaxWaitMs;
        QTest::newRow("speed clamped") << qint64(0) << qint64(0) << 100.0 << 44;
    }
    void playerWaits()
    {
        QFETCH(qint64, previous);
        QFETCH(qint64, next);
        QFETCH(double, speed);
        QFETCH(int, wait);
        QCOMPARE(Player::waitMs(previous, next, speed), wait);
    }

    void playerPlaysToTheEnd()
    {
        RunSession s;
        s.start(demo("countdown"), paramsOf("countdown", {"from=1", "ms=0"}));
        Player player(s);
        player.setSpeed(8);
        QSignalSpy playing(&player, &Player::playingChanged);
        player.play();
        QVERIFY(player.playing());
        QTRY_VERIFY_WITH_TIMEOUT(!player.playing(), 20000);
        QVERIFY(s.atEnd());
        QCOMPARE(playing.count(), 2);
        // Play at the end starts from the beginning again.
        player.play();
        QVERIFY(player.playing());
        QVERIFY(!s.hasCursor());
        player.pause();
        QVERIFY(!player.playing());
    }

    void playerPacesByVirtualTime()
    {
        RunSession s;
        s.start(demo("countdown"), paramsOf("countdown", {"from=1", "ms=1000"}));
        Player player(s);
        player.setSpeed(8); // 125 ms for the 1000 ms timer, 44 ms for same-instant events
        QElapsedTimer clock;
        clock.start();
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(!player.playing(), 20000);
        // 12 events: 11 waits of at least 44 ms, one of them 125 ms.
        QVERIFY2(clock.elapsed() >= 10 * 44 + 125, qPrintable(QString::number(clock.elapsed())));
    }

    void newRunStopsPlayback()
    {
        RunSession s;
        s.start(demo("countdown"), demo("countdown").defaults());
        Player player(s);
        player.play();
        QVERIFY(player.playing());
        s.start(demo("range"), demo("range").defaults());
        QVERIFY(!player.playing());
    }
};

QTEST_MAIN(TestRunSession)
#include "tst_ui_run_session.moc"
