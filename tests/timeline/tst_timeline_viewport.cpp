// SPDX-License-Identifier: MIT
// The timeline's viewport without a widget: mapping, zoom around the mouse, fitting,
// following, and hit testing.
#include "tests/timeline/timeline_support.hpp"
#include "ui/timeline/timeline_viewport.hpp"

#include <QTest>

#include <cmath>

using ys::ui::LaneGeometry;
using ys::ui::TimelineLayout;
using ys::ui::TimelineViewport;

namespace {

// A plot of 1000 × 350 px at (200, 50), lanes stacked in it.
TimelineViewport makeViewport()
{
    TimelineViewport vp;
    vp.setPlotRect(QRectF(200, 50, 1000, 350));
    LaneGeometry g;
    g.lanes[0] = {50, 100, 120};  // consumer: marks at 120
    g.lanes[1] = {150, 100, 180}; // producer: marks at 180
    g.lanes[2] = {250, 80, 275};  // source
    g.lanes[3] = {330, 70, 365};  // console
    g.spanRowTop = 255;
    g.spanRowHeight = 20;
    g.spanRowsShown = 3;
    g.arrivalY = 255;
    vp.setLanes(g);
    vp.setZoomLimits(0.01, 500);
    vp.setZoom(30);
    vp.setOffset(-2);
    return vp;
}

} // namespace

class TestTimelineViewport : public QObject {
    Q_OBJECT

private slots:
    void xAndUAreInverse();
    void sameInstantEventsGetDistinctIncreasingX();
    void timeToXToTime_data();
    void timeToXToTime();
    void zoomAroundKeepsTimeUnderMouse_data();
    void zoomAroundKeepsTimeUnderMouse();
    void zoomIsClamped();
    void fitToWidthShowsEverything();
    void ensureVisibleMovesOnlyWhenNeeded();
    void hitTestFindsEachEvent_data();
    void hitTestFindsEachEvent();
    void hitTestFindsNothingInEmptySpace();
    void hitTestIgnoresHiddenEvents();
    void hitTestWhenZoomedFarOut();
    void spanAtFindsBars();
};

void TestTimelineViewport::xAndUAreInverse()
{
    TimelineViewport vp = makeViewport();
    for (const double u : {-5.0, 0.0, 0.5, 17.25, 600.0})
        QCOMPARE(vp.uOfX(vp.xOfU(u)), u);
    // Farther off than kFarPx, x stays there: still off the plot, and small enough to draw.
    QCOMPARE(vp.xOfU(1e6), vp.plotRect().right() + TimelineViewport::kFarPx);
    QCOMPARE(vp.xOfU(-1e18), vp.plotRect().left() - TimelineViewport::kFarPx);
    QCOMPARE(vp.xOfU(vp.offset()), vp.plotRect().left());
    QCOMPARE(vp.uLeft(), vp.offset());
    QCOMPARE(vp.uRight(), vp.offset() + 1000 / vp.zoom());
    vp.panByPixels(60);
    QCOMPARE(vp.offset(), -2 - 60 / 30.0);
}

void TestTimelineViewport::sameInstantEventsGetDistinctIncreasingX()
{
    const auto engine = ys::test::runDemo("pagination", {"breakAfter=4"});
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    TimelineViewport vp = makeViewport();
    vp.fitToWidth(layout.beginU(), layout.endU(layout.size()), 10);
    const ys::Trace& trace = engine->trace();
    // Twenty events happen at t = 300 ms: each has its own x, in order.
    int same = 0;
    for (std::size_t seq = 1; seq < trace.size(); ++seq) {
        QVERIFY(vp.xOfSeq(layout, seq) > vp.xOfSeq(layout, seq - 1));
        if (trace[seq].t == trace[seq - 1].t) {
            ++same;
            QVERIFY(vp.xOfSeq(layout, seq) - vp.xOfSeq(layout, seq - 1) >= 3);
        }
    }
    QVERIFY(same > 20);
}

void TestTimelineViewport::timeToXToTime_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<double>("zoom");
    for (const double zoom : {0.5, 12.0, 300.0}) {
        for (const double ms : {0.0, 100.0, 300.0, 450.0, 600.0, 601.0, 2000.0}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 ms at %2 px").arg(ms).arg(zoom))) << ms << zoom;
        }
    }
}

void TestTimelineViewport::timeToXToTime()
{
    QFETCH(double, ms);
    QFETCH(double, zoom);
    const auto engine = ys::test::runDemo("pagination", {"breakAfter=4"});
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    TimelineViewport vp = makeViewport();
    vp.setZoom(zoom);
    const std::size_t n = layout.size();
    const double x = vp.xOfTime(layout, ms, n);
    QVERIFY(std::abs(vp.timeAtX(layout, x, n) - ms) < 1e-6);
}

void TestTimelineViewport::zoomAroundKeepsTimeUnderMouse_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");
    for (const double x : {200.0, 450.5, 700.0, 1199.0}) {
        for (const double factor : {1.2, 1 / 1.2, 4.0, 0.1, 1000.0, 1e-6}) {
            QTest::newRow(qPrintable(QStringLiteral("x %1 × %2").arg(x).arg(factor))) << x << factor;
        }
    }
}

void TestTimelineViewport::zoomAroundKeepsTimeUnderMouse()
{
    QFETCH(double, x);
    QFETCH(double, factor);
    const auto engine = ys::test::runDemo("countdown");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    TimelineViewport vp = makeViewport();
    const std::size_t n = layout.size();
    const double before = vp.timeAtX(layout, x, n);
    const double uBefore = vp.uOfX(x);
    const double zoomBefore = vp.zoom();
    vp.zoomAround(x, factor);
    QVERIFY(std::abs(vp.uOfX(x) - uBefore) < 1e-9 * std::max(1.0, std::abs(uBefore)));
    QVERIFY(std::abs(vp.timeAtX(layout, x, n) - before) < 1e-6);
    // The zoom moved (unless clamped) and stays within its limits.
    QVERIFY(vp.zoom() >= vp.minZoom() && vp.zoom() <= vp.maxZoom());
    if (factor > 1 && zoomBefore < vp.maxZoom()) QVERIFY(vp.zoom() > zoomBefore);
    if (factor < 1 && zoomBefore > vp.minZoom()) QVERIFY(vp.zoom() < zoomBefore);
}

void TestTimelineViewport::zoomIsClamped()
{
    TimelineViewport vp = makeViewport();
    vp.setZoom(1e9);
    QCOMPARE(vp.zoom(), 500.0);
    vp.setZoom(1e-9);
    QCOMPARE(vp.zoom(), 0.01);
    vp.setZoom(-1);
    QCOMPARE(vp.zoom(), 0.01);
}

void TestTimelineViewport::fitToWidthShowsEverything()
{
    const auto engine = ys::test::runDemo("range");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    TimelineViewport vp = makeViewport();
    vp.fitToWidth(layout.beginU(), layout.endU(layout.size()), 20);
    QVERIFY(std::abs(vp.xOfU(layout.beginU()) - 220) < 1e-6);
    QVERIFY(std::abs(vp.xOfU(layout.endU(layout.size())) - 1180) < 1e-6);
    for (std::size_t seq = 0; seq < layout.size(); ++seq)
        QVERIFY(vp.isVisibleX(vp.xOfSeq(layout, seq)));
}

void TestTimelineViewport::ensureVisibleMovesOnlyWhenNeeded()
{
    const auto engine = ys::test::runDemo("range");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    TimelineViewport vp = makeViewport();
    vp.setZoom(40);
    vp.setOffset(layout.beginU());
    // Already in view: nothing moves.
    QVERIFY(!vp.ensureVisible(layout, 1, 50, 300));
    // Far right: it comes to the right margin.
    const std::size_t last = layout.size() - 1;
    QVERIFY(vp.ensureVisible(layout, last, 50, 300));
    QVERIFY(std::abs(vp.xOfSeq(layout, last) - (1200 - 300)) < 1e-6);
    QVERIFY(!vp.ensureVisible(layout, last, 50, 300));
    // Back to the start: it comes to the left margin.
    QVERIFY(vp.ensureVisible(layout, 0, 50, 300));
    QVERIFY(std::abs(vp.xOfSeq(layout, 0) - (200 + 50)) < 1e-6);
    // offsetShowing does not move anything.
    const double offset = vp.offset();
    const double target = vp.offsetShowing(layout.u(last), 50, 300);
    QCOMPARE(vp.offset(), offset);
    QVERIFY(target > offset);
}

void TestTimelineViewport::hitTestFindsEachEvent_data()
{
    QTest::addColumn<QString>("demo");
    QTest::addColumn<double>("zoom");
    for (const char* demo : {"countdown", "pagination", "promises-array", "socket", "cleanup", "error"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 at 40 px").arg(demo))) << demo << 40.0;
        QTest::newRow(qPrintable(QStringLiteral("%1 at 8 px").arg(demo))) << demo << 8.0;
    }
}

void TestTimelineViewport::hitTestFindsEachEvent()
{
    QFETCH(QString, demo);
    QFETCH(double, zoom);
    const auto engine = ys::test::runDemo(demo.toUtf8().constData());
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    TimelineViewport vp = makeViewport();
    vp.setZoom(zoom);
    const std::size_t n = layout.size();
    for (std::size_t seq = 0; seq < n; ++seq) {
        vp.ensureVisible(layout, seq, 20, 20);
        const QPointF a = vp.eventAnchor(layout, seq);
        QVERIFY(vp.plotRect().contains(a));
        QCOMPARE(vp.eventAt(layout, a, n, 14), std::optional<std::size_t>(seq));
        // A little off the mark still finds it.
        QCOMPARE(vp.eventAt(layout, a + QPointF(zoom >= 40 ? 3 : 1, 2), n, 14),
                 std::optional<std::size_t>(seq));
    }
}

void TestTimelineViewport::hitTestFindsNothingInEmptySpace()
{
    const auto engine = ys::test::runDemo("countdown");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    TimelineViewport vp = makeViewport();
    vp.setZoom(40);
    vp.setOffset(layout.beginU() - 1);
    const std::size_t n = layout.size();
    // Halfway through the first 500 ms wait, nothing happens in any lane.
    const double x = vp.xOfTime(layout, 250, n);
    for (const double y : {60.0, 120.0, 200.0, 300.0, 365.0})
        QVERIFY(!vp.eventAt(layout, QPointF(x, y), n, 14));
    // Outside the plot, nothing either.
    const QPointF first = vp.eventAnchor(layout, 0);
    QVERIFY(vp.eventAt(layout, first, n, 14));
    QVERIFY(!vp.eventAt(layout, QPointF(first.x(), 420), n, 14));
    QVERIFY(!vp.eventAt(layout, QPointF(100, first.y()), n, 14));
    // In the console lane under a consumer event: not that event.
    QCOMPARE(engine->trace()[0].actor, ys::Actor::Consumer);
    QVERIFY(!vp.eventAt(layout, QPointF(first.x(), 365), n, 14));
}

void TestTimelineViewport::hitTestIgnoresHiddenEvents()
{
    const auto engine = ys::test::runDemo("countdown");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    TimelineViewport vp = makeViewport();
    vp.setZoom(40);
    const QPointF a = vp.eventAnchor(layout, 1);
    QCOMPARE(vp.eventAt(layout, a, 2, 14), std::optional<std::size_t>(1));
    QVERIFY(!vp.eventAt(layout, a, 1, 14));
    QVERIFY(!vp.eventAt(layout, a, 0, 14));
}

void TestTimelineViewport::hitTestWhenZoomedFarOut()
{
    ys::Trace trace;
    ys::test::fillSynthetic(trace, 20000);
    TimelineLayout layout;
    layout.setTrace(&trace);
    TimelineViewport vp = makeViewport();
    vp.setZoomLimits(1e-9, 500);
    vp.fitToWidth(layout.beginU(), layout.endU(layout.size()), 0);
    // Hundreds of events under the pointer: one of them, on the right lane, comes back.
    const QPointF p(700, 120);
    const auto seq = vp.eventAt(layout, p, layout.size(), 14);
    QVERIFY(seq);
    QCOMPARE(trace[*seq].actor, ys::Actor::Consumer);
    QVERIFY(std::abs(vp.xOfSeq(layout, *seq) - p.x()) <= 14);
}

void TestTimelineViewport::spanAtFindsBars()
{
    const auto engine = ys::test::runDemo("promises-array");
    TimelineLayout layout;
    layout.setTrace(&engine->trace());
    TimelineViewport vp = makeViewport();
    vp.setZoom(40);
    vp.setOffset(layout.beginU() - 1);
    const std::size_t n = layout.size();
    const auto& spans = engine->trace().spans();
    for (std::uint32_t i = 0; i < 3; ++i) {
        const double mid = (layout.u(spans[i].begin) + layout.u(spans[i].end)) / 2;
        const QPointF p(vp.xOfU(mid), vp.lanes().spanRowY(layout.spanRow(i)));
        QCOMPARE(vp.spanAt(layout, p, n, 0, 8), std::optional<std::uint32_t>(i));
    }
    // Pending: seen with only the first four events, fetch /a.json (span 0) reaches the cursor.
    const double cursor = layout.u(3);
    const QPointF p(vp.xOfU(cursor - 0.2), vp.lanes().spanRowY(0));
    QCOMPARE(vp.spanAt(layout, p, 4, cursor, 8), std::optional<std::uint32_t>(0));
    QVERIFY(!vp.spanAt(layout, p + QPointF(200, 0), 4, cursor, 8));
    // Not on a row.
    QVERIFY(!vp.spanAt(layout, QPointF(p.x(), 120), n, cursor, 8));
}

QTEST_GUILESS_MAIN(TestTimelineViewport)
#include "tst_timeline_viewport.moc"
