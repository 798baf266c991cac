// SPDX-License-Identifier: MIT
// The timeline's layout (world coordinates, instants, span rows, counts, ticks) and the
// value labels, without any widget.
#include "tests/timeline/timeline_support.hpp"
#include "ui/timeline/timeline_layout.hpp"
#include "ui/timeline/value_text.hpp"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using ys::ui::TimelineLayout;

class TestTimelineLayout : public QObject {
    Q_OBJECT

private slots:
    void uStrictlyIncreases_data();
    void uStrictlyIncreases();
    void sameInstantSpreadsOneSlotApart();
    void gapsAreProportionalToTime();
    void boundsMatchLinearSearch();
    void timeRoundTrip_data();
    void timeRoundTrip();
    void timeAtUIsMonotonic();
    void instantsAreRunsOfEqualTime();
    void growingMatchesFromScratch_data();
    void growingMatchesFromScratch();
    void overlappingSpansGetSeparateRows();
    void spanRowsNeverOverlap_data();
    void spanRowsNeverOverlap();
    void rowsAreTheFirstFreeRow_data();
    void rowsAreTheFirstFreeRow();
    void manyOpenSpansLayOutQuickly();
    void spanOfEvent();
    void pendingSpansCountAsOpen();
    void actorCountsMatchScan();
    void notableEvents();
    void ticksAreNiceAndSpaced();
    void formatMs_data();
    void formatMs();
    void clearedTraceIsLaidOutAgain();
    void valueText_data();
    void valueText();
    void shortValue_data();
    void shortValue();
};

void TestTimelineLayout::uStrictlyIncreases_data()
{
    QTest::addColumn<QString>("demo");
    for (const ys::Demo* d : ys::allDemos())
        QTest::newRow(d->name.c_str()) << QString::fromStdString(d->name);
}

void TestTimelineLayout::uStrictlyIncreases()
{
    QFETCH(QString, demo);
    const auto engine = ys::test::runDemo(demo.toUtf8().constData());
    QVERIFY(engine);
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    QCOMPARE(layout.size(), engine->trace().size());
    QVERIFY(layout.size() > 5);
    for (std::size_t seq = 1; seq < layout.size(); ++seq)
        QVERIFY2(layout.u(seq) > layout.u(seq - 1), qPrintable(QString::number(seq)));
}

void TestTimelineLayout::sameInstantSpreadsOneSlotApart()
{
    const auto engine = ys::test::runDemo("countdown");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    const ys::Trace& trace = engine->trace();
    int sameInstantPairs = 0;
    for (std::size_t seq = 1; seq < trace.size(); ++seq) {
        if (trace[seq].t != trace[seq - 1].t) continue;
        ++sameInstantPairs;
        QCOMPARE(layout.u(seq) - layout.u(seq - 1), TimelineLayout::kSlotUnit);
    }
    QVERIFY(sameInstantPairs > 20);
}

void TestTimelineLayout::gapsAreProportionalToTime()
{
    const auto engine = ys::test::runDemo("countdown", {"ms=500"});
    TimelineLayout layout(100.0);
    layout.setTrace(&engine->trace());
    const ys::Trace& trace = engine->trace();
    // awaiting at 0 (seq 2), settled at 500 (seq 3): 5 slots of waiting plus one slot.
    QCOMPARE(trace[2].kind, ys::Kind::Awaiting);
    QCOMPARE(trace[3].t - trace[2].t, std::int64_t{500});
    QCOMPARE(layout.u(3) - layout.u(2), 500 / 100.0 + 1);
    QCOMPARE(layout.msPerSlot(), 100.0);
}

void TestTimelineLayout::boundsMatchLinearSearch()
{
    const auto engine = ys::test::runDemo("pagination", {"breakAfter=4"});
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    const std::size_t n = layout.size();
    for (double v = layout.u(0) - 3; v < layout.u(n - 1) + 3; v += 0.37) {
        for (const std::size_t count : {n, n / 2, std::size_t{1}, std::size_t{0}}) {
            std::size_t lower = 0;
            while (lower < count && layout.u(lower) < v)
                ++lower;
            std::size_t upper = 0;
            while (upper < count && layout.u(upper) <= v)
                ++upper;
            QCOMPARE(layout.lowerBound(v, count), lower);
            QCOMPARE(layout.upperBound(v, count), upper);
        }
    }
    // Exact hits.
    for (std::size_t seq = 0; seq < n; ++seq) {
        QCOMPARE(layout.lowerBound(layout.u(seq), n), seq);
        QCOMPARE(layout.upperBound(layout.u(seq), n), seq + 1);
    }
    // Ranged search stays in its range.
    QCOMPARE(layout.lowerBound(layout.u(3), 5, 10), std::size_t{5});
    QCOMPARE(layout.upperBound(layout.u(30), 5, 10), std::size_t{10});
    QCOMPARE(layout.upperBound(layout.u(6), 5, 10), std::size_t{7});
}

void TestTimelineLayout::timeRoundTrip_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<int>("count");
    // countdown 3 × 500: instants at 0, 500, 1000, 1500.
    for (const double ms :
         {0.0, 1.0, 120.0, 250.0, 499.0, 500.0, 501.0, 999.5, 1000.0, 1250.0, 1500.0, 1800.0, 5000.0}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 ms, all").arg(ms))) << ms << -1;
        QTest::newRow(qPrintable(QStringLiteral("%1 ms, first 9").arg(ms))) << ms << 9;
    }
}

void TestTimelineLayout::timeRoundTrip()
{
    QFETCH(double, ms);
    QFETCH(int, count);
    const auto engine = ys::test::runDemo("countdown");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    const std::size_t n = count < 0 ? layout.size() : static_cast<std::size_t>(count);
    const double u = layout.uOfTime(ms, n);
    QVERIFY(std::abs(layout.timeAtU(u, n) - ms) < 1e-6);
}

void TestTimelineLayout::timeAtUIsMonotonic()
{
    const auto engine = ys::test::runDemo("socket");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    const std::size_t n = layout.size();
    double previous = -1e300;
    for (double u = layout.beginU() - 10; u < layout.endU(n) + 10; u += 0.05) {
        const double t = layout.timeAtU(u, n);
        QVERIFY(t >= previous - 1e-9);
        previous = t;
    }
    // Inside an event's cell, time is the event's.
    for (std::size_t seq = 0; seq < n; ++seq) {
        QCOMPARE(layout.timeAtU(layout.u(seq), n), static_cast<double>(layout.time(seq)));
        QCOMPARE(layout.timeAtU(layout.u(seq) + 0.49, n), static_cast<double>(layout.time(seq)));
    }
}

void TestTimelineLayout::instantsAreRunsOfEqualTime()
{
    const auto engine = ys::test::runDemo("countdown");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    const auto& instants = layout.instants();
    // 0, 500, 1000, 1500 ms.
    QCOMPARE(instants.size(), std::size_t{4});
    std::uint32_t expectedFirst = 0;
    for (std::size_t i = 0; i < instants.size(); ++i) {
        QCOMPARE(instants[i].first, expectedFirst);
        for (std::uint32_t s = instants[i].first; s <= instants[i].last; ++s) {
            QCOMPARE(layout.time(s), layout.time(instants[i].first));
            QCOMPARE(layout.instantOf(s), i);
        }
        if (i > 0) QVERIFY(layout.time(instants[i].first) > layout.time(instants[i - 1].last));
        expectedFirst = instants[i].last + 1;
    }
    QCOMPARE(std::size_t{expectedFirst}, layout.size());
    QCOMPARE(layout.firstInstantEndingAtOrAfter(0), std::size_t{0});
    QCOMPARE(layout.firstInstantEndingAtOrAfter(instants[1].first), std::size_t{1});
    QCOMPARE(layout.firstInstantEndingAtOrAfter(instants[1].last), std::size_t{1});
    QCOMPARE(layout.firstInstantEndingAtOrAfter(instants[1].last + 1), std::size_t{2});
}

void TestTimelineLayout::growingMatchesFromScratch_data()
{
    QTest::addColumn<QString>("demo");
    QTest::newRow("countdown") << "countdown";
    QTest::newRow("pagination") << "pagination";
    QTest::newRow("promises-array") << "promises-array";
    QTest::newRow("socket") << "socket";
}

void TestTimelineLayout::growingMatchesFromScratch()
{
    QFETCH(QString, demo);
    auto engine = ys::test::makeEngine(demo.toUtf8().constData());
    TimelineLayout growing;
    growing.setTrace(&engine->trace());
    QCOMPARE(growing.size(), std::size_t{0});
    while (engine->step())
        growing.sync();
    growing.sync();

    TimelineLayout scratch;
    scratch.setTrace(&engine->trace());
    QCOMPARE(growing.size(), scratch.size());
    QCOMPARE(growing.instants().size(), scratch.instants().size());
    for (std::size_t i = 0; i < scratch.instants().size(); ++i) {
        QCOMPARE(growing.instants()[i].first, scratch.instants()[i].first);
        QCOMPARE(growing.instants()[i].last, scratch.instants()[i].last);
    }
    QCOMPARE(growing.spanRowCount(), scratch.spanRowCount());
    for (int r = 0; r < scratch.spanRowCount(); ++r)
        QCOMPARE(growing.rowSpans(r), scratch.rowSpans(r));
    QCOMPARE(growing.notable(), scratch.notable());
    QCOMPARE(growing.actorCounts(0, growing.size()), scratch.actorCounts(0, scratch.size()));
    QCOMPARE(growing.hasArrivals(), scratch.hasArrivals());
}

void TestTimelineLayout::overlappingSpansGetSeparateRows()
{
    // Three fetches start at once: three rows.
    const auto engine = ys::test::runDemo("promises-array");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    QCOMPARE(layout.spanRowCount(), 3);
    const auto& spans = engine->trace().spans();
    QCOMPARE(layout.spanRow(0), 0);
    QCOMPARE(layout.spanRow(1), 1);
    QCOMPARE(layout.spanRow(2), 2);
    // The second Promise.all batch starts after the first settled: rows are reused.
    QVERIFY(spans.size() >= 6);
    QCOMPARE(layout.spanRow(3), 0);

    // One after another: one row.
    const auto countdown = ys::test::runDemo("countdown");
    TimelineLayout serial;
    serial.setTrace(&countdown->trace());
    QCOMPARE(serial.spanRowCount(), 1);
    QCOMPARE(serial.rowSpans(0).size(), countdown->trace().spans().size());
}

void TestTimelineLayout::spanRowsNeverOverlap_data()
{
    QTest::addColumn<QString>("demo");
    QTest::addColumn<int>("seed");
    for (const ys::Demo* d : ys::allDemos())
        QTest::newRow(d->name.c_str()) << QString::fromStdString(d->name) << 0;
    for (int seed = 1; seed <= 5; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(seed))) << QString() << seed;
}

void TestTimelineLayout::spanRowsNeverOverlap()
{
    QFETCH(QString, demo);
    QFETCH(int, seed);
    std::unique_ptr<ys::Engine> engine;
    ys::Trace random;
    const ys::Trace* trace = nullptr;
    if (seed == 0) {
        engine = ys::test::runDemo(demo.toUtf8().constData());
        trace = &engine->trace();
    } else {
        // Operations starting and ending at random, some never ending.
        QRandomGenerator rng(static_cast<quint32>(seed));
        std::vector<std::uint32_t> open;
        const std::uint32_t label = random.intern("\"op\"");
        std::int64_t t = 0;
        for (int i = 0; i < 400; ++i) {
            t += std::int64_t{rng.bounded(3)} * 10;
            if (open.empty() || rng.bounded(2) == 0) {
                open.push_back(
                    random.openSpan(random.append(t, ys::Actor::Source, ys::Kind::Awaiting, label, 1)));
            } else {
                const auto k = static_cast<std::size_t>(rng.bounded(static_cast<int>(open.size())));
                random.closeSpan(open[k], random.append(t, ys::Actor::Source, ys::Kind::Settled, label, 1));
                open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
            }
        }
        trace = &random;
    }
    TimelineLayout layout;
    layout.setTrace(trace);
    const auto& spans = trace->spans();
    std::size_t assigned = 0;
    for (int r = 0; r < layout.spanRowCount(); ++r) {
        const auto& ids = layout.rowSpans(r);
        assigned += ids.size();
        for (std::size_t i = 0; i < ids.size(); ++i) {
            QCOMPARE(layout.spanRow(ids[i]), r);
            if (i == 0) continue;
            const ys::Span& a = spans[ids[i - 1]];
            const ys::Span& b = spans[ids[i]];
            QVERIFY2(a.end != ys::Span::kOpen && a.end < b.begin, "spans in one row overlap");
        }
    }
    QCOMPARE(assigned, spans.size());
    // Greedy: a span is in row r > 0 only if it overlaps a span of every row above.
    for (std::size_t i = 0; i < spans.size(); ++i) {
        for (int r = 0; r < layout.spanRow(i); ++r) {
            bool clash = false;
            for (const std::uint32_t j : layout.rowSpans(r)) {
                const ys::Span& o = spans[j];
                const std::uint32_t oEnd = o.end;
                if (j < i && (oEnd == ys::Span::kOpen || oEnd > spans[i].begin)) clash = true;
            }
            QVERIFY(clash);
        }
    }
}

namespace {

// The rows as first-fit assigns them, the plain way: each span in order of its begin goes to
// the lowest row whose last span ended before it begins (ends as seen at the end).
std::vector<std::vector<std::uint32_t>> firstFitRows(const ys::Trace& trace)
{
    std::vector<std::vector<std::uint32_t>> rows;
    const auto& spans = trace.spans();
    for (std::uint32_t i = 0; i < spans.size(); ++i) {
        std::size_t row = 0;
        for (; row < rows.size(); ++row) {
            const ys::Span& last = spans[rows[row].back()];
            if (last.end != ys::Span::kOpen && last.end < spans[i].begin) break;
        }
        if (row == rows.size()) rows.emplace_back();
        rows[row].push_back(i);
    }
    return rows;
}

} // namespace

void TestTimelineLayout::rowsAreTheFirstFreeRow_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 8; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(seed))) << seed;
}

// The layout's rows are exactly first-fit's, laid out at once or synced event by event while
// spans open and settle (a span open at one sync settles by the next).
void TestTimelineLayout::rowsAreTheFirstFreeRow()
{
    QFETCH(int, seed);
    QRandomGenerator rng(static_cast<quint32>(seed));
    ys::Trace trace;
    TimelineLayout growing;
    growing.setTrace(&trace);
    std::vector<std::uint32_t> open;
    const std::uint32_t label = trace.intern("\"op\"");
    std::int64_t t = 0;
    for (int i = 0; i < 3000; ++i) {
        t += std::int64_t{rng.bounded(3)} * 10;
        if (open.empty() || rng.bounded(100) < 45) {
            open.push_back(trace.openSpan(trace.append(t, ys::Actor::Source, ys::Kind::Awaiting, label, 1)));
        } else if (rng.bounded(10) == 0) {
            trace.append(t, ys::Actor::Console, ys::Kind::Log, label, 1);
        } else {
            const auto k = static_cast<std::size_t>(rng.bounded(static_cast<int>(open.size())));
            trace.closeSpan(open[k], trace.append(t, ys::Actor::Source, ys::Kind::Settled, label, 1));
            open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
        }
        if (rng.bounded(4) == 0) growing.sync();
    }
    growing.sync();
    TimelineLayout scratch;
    scratch.setTrace(&trace);
    // A row whose last span is open at a sync ends after every span laid out in that sync, so
    // synced along the way the rows are first-fit's too.
    const auto expected = firstFitRows(trace);
    for (const TimelineLayout* layout : {&scratch, &growing}) {
        QCOMPARE(layout->spanRowCount(), static_cast<int>(expected.size()));
        for (int r = 0; r < layout->spanRowCount(); ++r)
            QCOMPARE(layout->rowSpans(r), expected[static_cast<std::size_t>(r)]);
    }
}

// A file of 300,000 operations awaited at once and never settled (300,000 rows) lays out in
// well under a second (first-fit row by row took about a minute).
void TestTimelineLayout::manyOpenSpansLayOutQuickly()
{
    constexpr int kSpans = 300000;
    ys::Trace trace;
    trace.reserve(kSpans);
    for (int i = 0; i < kSpans; ++i) {
        const std::uint32_t value = trace.internInteger(i);
        trace.openSpan(trace.append(0, ys::Actor::Source, ys::Kind::Awaiting, value, 0));
    }
    QElapsedTimer timer;
    timer.start();
    TimelineLayout layout;
    layout.setTrace(&trace);
    const qint64 ms = timer.elapsed();
    qInfo("%d open spans laid out in %lld ms", kSpans, static_cast<long long>(ms));
    QCOMPARE(layout.spanRowCount(), kSpans);
    QCOMPARE(layout.spanRow(kSpans - 1), kSpans - 1);
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

void TestTimelineLayout::spanOfEvent()
{
    const auto engine = ys::test::runDemo("promises-array");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    const ys::Trace& trace = engine->trace();
    const auto& spans = trace.spans();
    for (std::uint32_t i = 0; i < spans.size(); ++i) {
        QCOMPARE(layout.spanOfEvent(spans[i].begin), std::optional<std::uint32_t>(i));
        QCOMPARE(layout.spanOfEvent(spans[i].end), std::optional<std::uint32_t>(i));
    }
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        const ys::Kind k = trace[seq].kind;
        if (k != ys::Kind::Awaiting && k != ys::Kind::Settled) QVERIFY(!layout.spanOfEvent(seq));
    }
}

void TestTimelineLayout::pendingSpansCountAsOpen()
{
    const auto engine = ys::test::runDemo("countdown");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    // Span 0: awaiting 2 → settled 3. Seen with 3 events, it is still pending.
    QCOMPARE(layout.firstSpanInRowEndingAtOrAfter(0, 3, 3), std::size_t{0});
    QCOMPARE(layout.firstSpanInRowEndingAtOrAfter(0, 3, 100), std::size_t{0});
    QCOMPARE(layout.firstSpanInRowEndingAtOrAfter(0, 4, 100), std::size_t{1});
    QCOMPARE(layout.firstSpanInRowBeginningAtOrAfter(0, 3, 0), std::size_t{1});
}

void TestTimelineLayout::actorCountsMatchScan()
{
    ys::Trace trace;
    ys::test::fillSynthetic(trace, 2000);
    TimelineLayout layout;
    layout.setTrace(&trace);
    QRandomGenerator rng(7);
    const auto n = static_cast<int>(trace.size());
    for (int i = 0; i < 300; ++i) {
        auto lo = static_cast<std::size_t>(rng.bounded(n));
        auto hi = static_cast<std::size_t>(rng.bounded(n + 1));
        if (lo > hi) std::swap(lo, hi);
        std::array<std::uint32_t, ys::kActorCount> expected{};
        for (std::size_t s = lo; s < hi; ++s)
            ++expected[static_cast<std::size_t>(trace[s].actor)];
        QCOMPARE(layout.actorCounts(lo, hi), expected);
    }
    QCOMPARE(layout.actorCounts(5, 5), (std::array<std::uint32_t, ys::kActorCount>{}));
    const auto all = layout.actorCounts(0, trace.size());
    QCOMPARE(std::size_t{all[0] + all[1] + all[2] + all[3]}, trace.size());
}

void TestTimelineLayout::notableEvents()
{
    const auto engine = ys::test::runDemo("cleanup");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    std::vector<std::uint32_t> expected;
    for (std::size_t s = 0; s < engine->trace().size(); ++s) {
        if (TimelineLayout::isNotable(engine->trace()[s].kind))
            expected.push_back(static_cast<std::uint32_t>(s));
    }
    QCOMPARE(layout.notable(), expected);
    QCOMPARE(expected.size(), std::size_t{3}); // return(), finally, done
}

void TestTimelineLayout::ticksAreNiceAndSpaced()
{
    const auto engine = ys::test::runDemo("range");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    const std::size_t n = layout.size();
    std::vector<TimelineLayout::Tick> ticks;
    for (const double zoom : {2.0, 10.0, 40.0, 200.0}) {
        const double step = layout.ticks(layout.beginU(), layout.endU(n), zoom, 100, n, ticks);
        QVERIFY(!ticks.empty());
        // 1, 2 or 5 × 10^k
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        QVERIFY(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0));
        // Where time runs, ticks are at least 100 px apart.
        QVERIFY(step * layout.msUnit() * zoom >= 100 - 1e-9);
        for (std::size_t i = 0; i < ticks.size(); ++i) {
            QVERIFY(std::fmod(ticks[i].ms, step) == 0);
            QCOMPARE(ticks[i].u, layout.uOfTime(ticks[i].ms, n));
            if (i > 0) QVERIFY(ticks[i].u > ticks[i - 1].u);
        }
    }
}

void TestTimelineLayout::formatMs_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << 100.0 << "0 ms";
    QTest::newRow("ms") << 250.0 << 50.0 << "250 ms";
    QTest::newRow("one second") << 1000.0 << 500.0 << "1 s";
    QTest::newRow("one and a half") << 1500.0 << 500.0 << "1.5 s";
    QTest::newRow("quarter") << 1250.0 << 50.0 << "1.25 s";
    QTest::newRow("seconds step") << 12000.0 << 2000.0 << "12 s";
    QTest::newRow("fine") << 1001.0 << 1.0 << "1.001 s";
}

void TestTimelineLayout::formatMs()
{
    QFETCH(double, ms);
    QFETCH(double, step);
    QFETCH(QString, text);
    QCOMPARE(TimelineLayout::formatMs(ms, step), text);
}

void TestTimelineLayout::clearedTraceIsLaidOutAgain()
{
    ys::Trace trace;
    ys::test::fillSynthetic(trace, 10);
    TimelineLayout layout;
    layout.setTrace(&trace);
    QCOMPARE(layout.size(), trace.size());
    trace.clear();
    ys::test::fillSynthetic(trace, 3, 100);
    layout.sync();
    QCOMPARE(layout.size(), trace.size());
    QCOMPARE(layout.instants().size(), std::size_t{4});
    QCOMPARE(layout.rowSpans(0).size(), std::size_t{3});
}

void TestTimelineLayout::valueText_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QString>("console");
    QTest::newRow("number") << "42"
                            << "42"
                            << "42";
    QTest::newRow("null") << "null"
                          << "null"
                          << "null";
    QTest::newRow("string") << "\"user4\""
                            << "\"user4\""
                            << "user4";
    QTest::newRow("object") << R"({"id":4,"name":"user4"})"
                            << R"({id: 4, name: "user4"})"
                            << R"({id: 4, name: "user4"})";
    QTest::newRow("odd key") << R"({"a-b":true})"
                             << R"({"a-b": true})"
                             << R"({"a-b": true})";
    QTest::newRow("array") << "[1,2,[3]]"
                           << "[1, 2, [3]]"
                           << "[1, 2, [3]]";
    QTest::newRow("empty") << "{}"
                           << "{}"
                           << "{}";
    QTest::newRow("escapes") << R"("a\"b\nc\u00e9")"
                             << "\"a\\\"b\\nc\u00e9\""
                             << "a\"b \u23CE c\u00e9";
    QTest::newRow("utf-8") << "\"Ас\""
                           << "\"Ас\""
                           << "Ас";
    QTest::newRow("not json") << "{oops"
                              << "{oops"
                              << "{oops";
}

void TestTimelineLayout::valueText()
{
    QFETCH(QString, json);
    QFETCH(QString, literal);
    QFETCH(QString, console);
    const QByteArray utf8 = json.toUtf8();
    const std::string_view text(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    QCOMPARE(ys::ui::jsLiteral(text), literal);
    QCOMPARE(ys::ui::consoleText(text), console);
}

void TestTimelineLayout::shortValue_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("text");
    QTest::newRow("fits") << R"({"id":4,"name":"user4"})" << 24 << R"({id: 4, name: "user4"})";
    QTest::newRow("prefers the text") << R"({"id":4,"name":"user4"})" << 18 << "{name: \"user4\", \u2026}";
    QTest::newRow("only the text") << R"({"id":4,"name":"user4"})" << 14 << "{\u2026 \"user4\"}";
    QTest::newRow("long text elided")
        << R"({"id":4,"name":"a very long name"})" << 20 << "{\u2026 \"a very long na\u2026}";
    QTest::newRow("no text") << "[1,2,3,4,5,6,7,8,9]" << 10 << "[1, 2, 3,\u2026";
    QTest::newRow("string") << "\"abcdefghijklmnop\"" << 10 << "\"abcdefg\u2026\"";
    QTest::newRow("number") << "123" << 10 << "123";
}

void TestTimelineLayout::shortValue()
{
    QFETCH(QString, json);
    QFETCH(int, max);
    QFETCH(QString, text);
    const QByteArray utf8 = json.toUtf8();
    const QString got =
        ys::ui::shortValue(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), max);
    QCOMPARE(got, text);
    QVERIFY(got.size() <= max);
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timeline_layout.moc"
