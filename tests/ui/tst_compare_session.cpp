// SPDX-License-Identifier: MIT
// The compare session without a window: two runs on one clock, stepped in virtual-time order
// (A first on a tie), played by the main window's Player on a clock the test advances.
#include "core/demos/compare_pairs.hpp"
#include "core/demos/demo.hpp"
#include "tests/ui/fake_playback_clock.hpp"
#include "ui/session/compare_session.hpp"
#include "ui/session/player.hpp"

#include <QSignalSpy>
#include <QTest>

#include <utility>
#include <vector>

using namespace ys;
using ys::ui::CompareSession;
using ys::ui::Player;

namespace {

constexpr int kA = CompareSession::kSideA;
constexpr int kB = CompareSession::kSideB;
constexpr std::size_t kNone = CompareSession::kNoCursor;

using Cursors = std::pair<std::size_t, std::size_t>;

Cursors cursorsOf(const CompareSession& s) { return {s.cursor(kA), s.cursor(kB)}; }

// How long (on the fake clock) playing a pair from its start to its end takes at `speed`.
std::int64_t playTime(int pair, double speed, std::vector<int>* waits = nullptr)
{
    CompareSession session;
    FakePlaybackClock clock;
    session.player().setClock(&clock);
    session.choosePair(pair);
    session.player().setSpeed(speed);
    session.player().play();
    const std::int64_t took = clock.runUntilIdle();
    if (waits != nullptr) *waits = clock.waits();
    return session.atEnd() && !session.player().playing() ? took : -1;
}

} // namespace

class TestCompareSession : public QObject {
    Q_OBJECT

private:
    static void addPairRows()
    {
        QTest::addColumn<int>("pair");
        for (std::size_t i = 0; i < comparePairs().size(); ++i)
            QTest::newRow(comparePairs()[i].id.c_str()) << static_cast<int>(i);
    }

private slots:
    void choosingAPairLoadsItsRuns_data() { addPairRows(); }
    void choosingAPairLoadsItsRuns()
    {
        QFETCH(int, pair);
        CompareSession s;
        QSignalSpy loaded(&s, &CompareSession::runsLoaded);
        QSignalSpy moved(&s, &CompareSession::cursorsChanged);
        QVERIFY(s.choosePair(pair));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toInt(), -1);
        QCOMPARE(s.pairIndex(), pair);
        const ComparePair& p = comparePairs()[static_cast<std::size_t>(pair)];
        for (int side : {kA, kB}) {
            const ComparePair::Side& ps = p.sides[static_cast<std::size_t>(side)];
            QCOMPARE(s.demo(side)->name, ps.demo);
            QVERIFY(s.params(side) == ps.params(*s.demo(side)));
            QCOMPARE(s.label(side), QString::fromStdString(ps.label));
            QVERIFY(s.size(side) > 0);
            QVERIFY(!s.cut(side));
            QCOMPARE(s.cursor(side), kNone);
        }
        QVERIFY(s.atStart());
        QVERIFY(!s.atEnd());
        QCOMPARE(s.axis().runCount(), std::size_t{2});
        QCOMPARE(s.axis().size(0), s.size(kA));
        QCOMPARE(s.axis().size(1), s.size(kB));
    }

    void aBadPairIndexChangesNothing()
    {
        CompareSession s;
        QVERIFY(s.choosePair(2));
        s.stepForward();
        QSignalSpy about(&s, &CompareSession::runsAboutToLoad);
        QSignalSpy moved(&s, &CompareSession::cursorsChanged);
        for (int bad : {-1, static_cast<int>(comparePairs().size()), 1000}) {
            QVERIFY(!s.choosePair(bad));
            QCOMPARE(s.pairIndex(), 2);
        }
        QCOMPARE(about.count(), 0);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(s.cursor(kA), std::size_t{0});
    }

    // Each step shows the next event of the two runs in time, A first on a tie, and says
    // which side moved.
    void stepsFollowTheSharedClock_data() { addPairRows(); }
    void stepsFollowTheSharedClock()
    {
        QFETCH(int, pair);
        CompareSession s;
        s.choosePair(pair);
        QSignalSpy moved(&s, &CompareSession::cursorsChanged);
        std::int64_t lastT = -1;
        int lastSide = kA;
        std::size_t steps = 0;
        while (true) {
            const Cursors before = cursorsOf(s);
            const int side = s.nextSide();
            if (!s.stepForward()) break;
            ++steps;
            QCOMPARE(moved.count(), 1);
            QCOMPARE(moved.takeFirst().at(0).toInt(), side);
            const Cursors after = cursorsOf(s);
            const std::size_t was = side == kA ? before.first : before.second;
            const std::size_t now = side == kA ? after.first : after.second;
            QCOMPARE(now, was == kNone ? 0 : was + 1);
            QCOMPARE(side == kA ? after.second : after.first, side == kA ? before.second : before.first);
            const std::int64_t t = (*s.trace(side))[now].t;
            QVERIFY(t >= lastT);
            if (t == lastT && side != lastSide) QCOMPARE(side, kB); // on a tie, A went first
            QCOMPARE(s.now(), std::max(lastT, t));
            lastT = t;
            lastSide = side;
        }
        QCOMPARE(steps, s.size(kA) + s.size(kB));
        QVERIFY(s.atEnd());
        QCOMPARE(s.nextSide(), -1);
        QCOMPARE(moved.count(), 0);
        QVERIFY(!s.nextEvent());
    }

    // The shorter run stops at its last event; the longer goes on alone.
    void theShorterRunEndsFirst()
    {
        FakePlaybackClock clock; // outlives the session's player
        CompareSession s;
        s.choosePair(comparePairIndex("pagination-break"));
        QVERIFY(s.size(kB) < s.size(kA));
        const std::size_t lastB = s.size(kB) - 1;
        while (s.cursor(kB) != lastB)
            QVERIFY(s.stepForward());
        QVERIFY(s.cursor(kA) + 1 < s.size(kA));
        QVERIFY(!s.atEnd());
        QSignalSpy moved(&s, &CompareSession::cursorsChanged);
        while (s.stepForward()) {
            QCOMPARE(moved.takeFirst().at(0).toInt(), kA);
            QCOMPARE(s.cursor(kB), lastB);
        }
        QCOMPARE(s.cursor(kA), s.size(kA) - 1);
        QVERIFY(s.atEnd());
        // Played, it ends with the longer run.
        s.player().setClock(&clock);
        s.jumpToStart();
        s.player().play();
        clock.runUntilIdle();
        QVERIFY(!s.player().playing());
        QCOMPARE(cursorsOf(s), Cursors(s.size(kA) - 1, lastB));
    }

    void stepBackUndoesEachStep_data() { addPairRows(); }
    void stepBackUndoesEachStep()
    {
        QFETCH(int, pair);
        CompareSession s;
        s.choosePair(pair);
        std::vector<Cursors> states{cursorsOf(s)};
        while (s.stepForward())
            states.push_back(cursorsOf(s));
        states.pop_back();
        QSignalSpy moved(&s, &CompareSession::cursorsChanged);
        while (s.stepBack()) {
            QCOMPARE(cursorsOf(s), states.back());
            states.pop_back();
        }
        QVERIFY(states.empty());
        QVERIFY(s.atStart());
        QCOMPARE(static_cast<std::size_t>(moved.count()), s.size(kA) + s.size(kB));
    }

    // A click on an event shows what stepping to it would.
    void jumpToIsWhereSteppingGets()
    {
        CompareSession s;
        s.choosePair(comparePairIndex("promises-order"));
        std::vector<Cursors> states;
        while (s.stepForward())
            states.push_back(cursorsOf(s));
        for (const Cursors& state : states) {
            for (int side : {kA, kB}) {
                const std::size_t c = side == kA ? state.first : state.second;
                // The step that moved this side to c is the first state with it.
                const auto first = std::find_if(states.begin(), states.end(), [&](const Cursors& st) {
                    return (side == kA ? st.first : st.second) == c;
                });
                if (c == kNone || *first != state) continue;
                s.jumpTo(side, c);
                QCOMPARE(cursorsOf(s), state);
            }
        }
        QSignalSpy moved(&s, &CompareSession::cursorsChanged);
        s.jumpTo(kA, s.size(kA)); // not recorded: nothing happens
        QCOMPARE(moved.count(), 0);
    }

    void jumpsSayTheyJumped()
    {
        CompareSession s;
        s.choosePair(0);
        QSignalSpy moved(&s, &CompareSession::cursorsChanged);
        QSignalSpy toEnd(&s, &CompareSession::jumpedToEnd);
        s.jumpToEnd();
        QVERIFY(s.atEnd());
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toInt(), -1);
        QCOMPARE(toEnd.count(), 1);
        s.jumpToStart();
        QVERIFY(s.atStart());
        QCOMPARE(moved.count(), 2);
        QCOMPARE(moved.at(1).at(0).toInt(), -1);
        QCOMPARE(toEnd.count(), 1);
    }

    // The player waits for the gap in virtual time between the event shown on either side and
    // the next one, then steps.
    void playingStepsOnTheSharedClock()
    {
        CompareSession s;
        FakePlaybackClock clock;
        s.player().setClock(&clock);
        s.choosePair(comparePairIndex("socket-consumer"));
        QSignalSpy moved(&s, &CompareSession::cursorsChanged);
        s.player().play();
        QVERIFY(s.player().playing());
        for (int i = 0; i < 40; ++i) {
            const int side = s.nextSide();
            const std::size_t c = side == kA ? s.cursor(kA) : s.cursor(kB);
            const std::int64_t nextT = (*s.trace(side))[c == kNone ? 0 : c + 1].t;
            QVERIFY(clock.pending());
            QCOMPARE(clock.waits().back(), Player::waitMs(s.now(), nextT, 1.0));
            clock.advance(clock.waits().back() - 1);
            QCOMPARE(moved.count(), i); // not yet
            clock.advance(1);
            QCOMPARE(moved.count(), i + 1);
            QCOMPARE(moved.at(i).at(0).toInt(), side);
        }
        s.player().pause();
        QVERIFY(!clock.pending());
        const Cursors paused = cursorsOf(s);
        clock.advance(100'000);
        QCOMPARE(cursorsOf(s), paused);
    }

    // At 2x every wait is half as long, so the whole pair plays in half the time.
    void doubleSpeedPlaysTwiceAsFast_data() { addPairRows(); }
    void doubleSpeedPlaysTwiceAsFast()
    {
        QFETCH(int, pair);
        std::vector<int> waits1;
        std::vector<int> waits2;
        const std::int64_t at1 = playTime(pair, 1.0, &waits1);
        const std::int64_t at2 = playTime(pair, 2.0, &waits2);
        QVERIFY(at1 > 0);
        QVERIFY(at2 > 0);
        QCOMPARE(waits2.size(), waits1.size());
        for (std::size_t i = 0; i < waits1.size(); ++i) {
            if (waits1[i] >= Player::kMaxWaitMs) continue; // the cap holds at any speed
            QVERIFY2(std::abs(2 * waits2[i] - waits1[i]) <= 1, qPrintable(QString::number(i)));
        }
        const auto steps = static_cast<std::int64_t>(waits1.size());
        QVERIFY2(std::abs(2 * at2 - at1) <= steps,
                 qPrintable(QString("1x %1 ms, 2x %2 ms").arg(at1).arg(at2)));
        QVERIFY(at2 < at1);
    }

    void aNewPairPausesThePlayer()
    {
        CompareSession s;
        FakePlaybackClock clock;
        s.player().setClock(&clock);
        s.choosePair(0);
        s.player().play();
        clock.advance(2000);
        QVERIFY(!s.atStart());
        QSignalSpy playing(&s.player(), &Player::playingChanged);
        s.choosePair(1);
        QCOMPARE(playing.count(), 1);
        QVERIFY(!s.player().playing());
        QVERIFY(!clock.pending());
        QVERIFY(s.atStart());
        s.player().play();
        clock.advance(2000);
        s.reset();
        QVERIFY(!s.player().playing());
        QVERIFY(s.atStart());
        QCOMPARE(s.pairIndex(), 1);
    }

    // A side set by hand makes an own pair; the headings say what differs.
    void setRunMakesAnOwnPair()
    {
        CompareSession s;
        s.choosePair(comparePairIndex("pagination-break"));
        const Demo& pagination = *findDemo("pagination");
        Params p = s.params(kB);
        p.assign("latency=900");
        s.setRun(kB, pagination, p);
        QCOMPARE(s.pairIndex(), -1);
        QCOMPARE(s.label(kA), QStringLiteral("Pagination · latency = 300, breakAfter = 0"));
        QCOMPARE(s.label(kB), QStringLiteral("Pagination · latency = 900, breakAfter = 4"));
        QVERIFY(s.params(kB) == p);
        // Different demos: every parameter is named.
        const Demo& countdown = *findDemo("countdown");
        s.setRun(kA, countdown, countdown.defaults());
        QVERIFY(s.label(kA).startsWith(QString::fromStdString(countdown.title)));
        for (const ParamSpec& spec : countdown.params)
            QVERIFY(s.label(kA).contains(QString::fromStdString(spec.name)));
    }

    // A view refilling its editors while runs load echoes parameters back: ignored.
    void setRunWhileLoadingIsIgnored()
    {
        CompareSession s;
        const Demo& countdown = *findDemo("countdown");
        int echoes = 0;
        connect(&s, &CompareSession::runsLoaded, &s, [&] {
            ++echoes;
            s.setRun(kA, countdown, countdown.defaults());
        });
        s.choosePair(0);
        QCOMPARE(echoes, 1);
        QCOMPARE(s.pairIndex(), 0);
        QCOMPARE(s.demo(kA)->name, comparePairs()[0].sides[0].demo);
    }

    // A run longer than kMaxEvents is cut there, and says so.
    void aLongRunIsCut()
    {
        CompareSession s;
        s.choosePair(comparePairIndex("pagination-break"));
        const Demo& pagination = *findDemo("pagination");
        Params many = pagination.defaults();
        many.assign("users=1000000");
        s.setRun(kA, pagination, many);
        // Cut at the engine step that reaches the limit (one step may record a few events).
        QVERIFY(s.size(kA) >= CompareSession::kMaxEvents);
        QVERIFY(s.size(kA) < CompareSession::kMaxEvents + 100);
        QVERIFY(s.cut(kA));
        QVERIFY(!s.cut(kB));
    }
};

QTEST_GUILESS_MAIN(TestCompareSession)
#include "tst_compare_session.moc"
