// SPDX-License-Identifier: MIT
// The lanes of a run with several generators and loops, without painting: which lane each
// instance takes, how an actor's lane is cut for them, which generator a loop's arrows reach,
// and that the renderer gives every lane a legible height while a run of one generator and one
// loop is arranged exactly as before.
#include "tests/timeline/timeline_support.hpp"
#include "ui/timeline/instance_lanes.hpp"
#include "ui/timeline/instance_title.hpp"
#include "ui/timeline/timeline_layout.hpp"
#include "ui/timeline/timeline_renderer.hpp"
#include "ui/timeline/timeline_viewport.hpp"

#include <QTest>

using ys::Actor;
using ys::Kind;
using ys::ui::InstanceLanes;
using ys::ui::LaneBox;
using ys::ui::LaneGeometry;
using ys::ui::TimelineLayout;
using ys::ui::TimelineRenderer;
using ys::ui::TimelineViewport;

namespace {

// `loops` for-await loops, loop i reading generator i % generators; each asks once and gets a
// value. Ids: generators 1..generators, loops after them. One of each: no instances at all.
ys::Trace traceOf(int loops, int generators)
{
    ys::Trace t;
    const bool tagged = loops > 1 || generators > 1;
    std::vector<std::uint16_t> gen;
    std::vector<std::uint16_t> loop;
    gen.reserve(static_cast<std::size_t>(generators));
    loop.reserve(static_cast<std::size_t>(loops));
    for (int g = 0; g < generators; ++g)
        gen.push_back(tagged ? t.addInstance("gen" + std::to_string(g) + ", line " + std::to_string(g + 1))
                             : 0);
    for (int l = 0; l < loops; ++l)
        loop.push_back(tagged ? t.addInstance("for await, line " + std::to_string(20 + l)) : 0);
    auto add = [&t](std::int64_t time, Actor actor, Kind kind, std::uint16_t id) {
        const std::size_t seq = t.append(time, actor, kind, t.intern("null"), 1);
        if (id != 0) t.setInstance(seq, id);
    };
    for (int l = 0; l < loops; ++l) {
        const std::uint16_t g = gen[static_cast<std::size_t>(l % generators)];
        const std::int64_t at = std::int64_t{100} * l;
        add(at, Actor::Consumer, Kind::NextCalled, loop[static_cast<std::size_t>(l)]);
        add(at, Actor::Producer, Kind::Resumed, g);
        add(at + 50, Actor::Producer, Kind::Yielded, g);
        add(at + 50, Actor::Consumer, Kind::ValueReceived, loop[static_cast<std::size_t>(l)]);
    }
    return t;
}

void checkSplit(const std::vector<LaneBox>& split, const LaneBox& lane, int count)
{
    QCOMPARE(static_cast<int>(split.size()), count);
    QCOMPARE(split.front().top, lane.top);
    QVERIFY(std::abs(split.back().bottom() - lane.bottom()) < 1e-9);
    for (std::size_t k = 0; k < split.size(); ++k) {
        QVERIFY(std::abs(split[k].height - lane.height / count) < 1e-9);
        QVERIFY(split[k].markY > split[k].top && split[k].markY < split[k].bottom());
        if (k > 0) QVERIFY(std::abs(split[k].top - split[k - 1].bottom()) < 1e-9);
    }
}

} // namespace

class TestInstanceLanes : public QObject {
    Q_OBJECT

private slots:
    void lanesOfInstances_data()
    {
        QTest::addColumn<int>("loops");
        QTest::addColumn<int>("generators");
        QTest::addColumn<int>("consumerLanes");
        QTest::addColumn<int>("producerLanes");
        QTest::addColumn<int>("sharingLastProducerLane");
        QTest::newRow("one of each") << 1 << 1 << 1 << 1 << 1;
        QTest::newRow("two loops over two generators") << 2 << 2 << 2 << 2 << 1;
        QTest::newRow("two loops over one generator") << 2 << 1 << 2 << 1 << 1;
        QTest::newRow("three of each") << 3 << 3 << 3 << 3 << 1;
        QTest::newRow("five of each: the last lane holds three") << 5 << 5 << 3 << 3 << 3;
        QTest::newRow("forty loops over two generators") << 40 << 2 << 3 << 2 << 1;
    }
    void lanesOfInstances()
    {
        QFETCH(int, loops);
        QFETCH(int, generators);
        QFETCH(int, consumerLanes);
        QFETCH(int, producerLanes);
        QFETCH(int, sharingLastProducerLane);
        const ys::Trace trace = traceOf(loops, generators);
        TimelineLayout layout;
        layout.setTrace(&trace);
        const InstanceLanes& lanes = layout.instanceLanes();
        QCOMPARE(lanes.laneCount(Actor::Consumer), consumerLanes);
        QCOMPARE(lanes.laneCount(Actor::Producer), producerLanes);
        QCOMPARE(lanes.laneCount(Actor::Source), 1);
        QCOMPARE(lanes.instancesInLane(Actor::Producer, producerLanes - 1), sharingLastProducerLane);
        // Each loop's events in its lane (the first ones alone, the rest in the last), its
        // arrows reaching the generator it reads.
        for (std::size_t seq = 0; seq < trace.size(); seq += 4) {
            const int l = static_cast<int>(seq / 4);
            QCOMPARE(lanes.laneOf(Actor::Consumer, trace.instance(seq)), std::min(l, consumerLanes - 1));
            QCOMPARE(lanes.laneOf(Actor::Producer, trace.instance(seq + 1)),
                     std::min(l % generators, producerLanes - 1));
            QCOMPARE(lanes.partnerOf(trace.instance(seq)), trace.instance(seq + 1));
        }

        // Cut into lanes of equal height, each with its mark line inside it.
        TimelineRenderer renderer;
        TimelineViewport viewport;
        renderer.arrange(QSizeF(1280, 720), 1, layout.kindsSeen(), true, viewport, lanes);
        const LaneGeometry& g = viewport.lanes();
        for (const Actor actor : {Actor::Consumer, Actor::Producer}) {
            const int count = lanes.laneCount(actor);
            const auto& split = g.instanceLanes[static_cast<std::size_t>(actor)];
            if (count == 1) {
                QVERIFY(split.empty());
                continue;
            }
            checkSplit(split, g.lane(actor), count);
        }
        // A loop's arrow runs down from its lane's mark line to its generator's.
        for (std::size_t seq = 0; seq < trace.size(); seq += 4) {
            QVERIFY(g.laneOfEvent(trace, seq).markY < g.producerLaneFor(trace, seq).markY);
            QCOMPARE(viewport.eventAnchor(layout, seq + 1).y(), g.laneOfEvent(trace, seq + 1).markY);
        }
    }

    // At the window's sizes every instance's lane keeps the height of a legible lane.
    void everyLaneStaysLegible_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("instances");
        QTest::addColumn<int>("lanes");
        QTest::newRow("1280x720 timeline, two of each") << QSizeF(1280, 470) << 2 << 2;
        QTest::newRow("1280x720 timeline, three of each: two lanes") << QSizeF(1280, 470) << 3 << 2;
        QTest::newRow("1920x1080 timeline, three of each") << QSizeF(1920, 700) << 3 << 3;
        QTest::newRow("1920x1080 timeline, nine of each") << QSizeF(1920, 700) << 9 << 3;
    }
    void everyLaneStaysLegible()
    {
        QFETCH(QSizeF, size);
        QFETCH(int, instances);
        QFETCH(int, lanes);
        const ys::Trace trace = traceOf(instances, instances);
        TimelineLayout layout;
        layout.setTrace(&trace);
        TimelineRenderer one;
        TimelineRenderer several;
        TimelineViewport viewport;
        one.arrange(size, 1, layout.kindsSeen(), true, viewport);
        several.arrange(size, 1, layout.kindsSeen(), true, viewport, layout.instanceLanes());
        QVERIFY(several.legibleHeight(true) <= size.height());
        for (const Actor actor : {Actor::Consumer, Actor::Producer}) {
            QCOMPARE(static_cast<int>(viewport.lanes().instanceLanes[static_cast<std::size_t>(actor)].size()),
                     lanes);
            for (const LaneBox& lane : viewport.lanes().instanceLanes[static_cast<std::size_t>(actor)])
                QVERIFY2(lane.height >= one.legibleLaneHeight(actor) - 1e-6,
                         qPrintable(QString::number(lane.height)));
        }
    }

    // One generator and one loop: the lanes are where they always were.
    void oneOfEachIsArrangedAsBefore()
    {
        const ys::Trace trace = traceOf(1, 1);
        TimelineLayout layout;
        layout.setTrace(&trace);
        TimelineRenderer renderer;
        TimelineViewport before;
        TimelineViewport after;
        renderer.arrange(QSizeF(1280, 470), 1, layout.kindsSeen(), true, before);
        renderer.arrange(QSizeF(1280, 470), 1, layout.kindsSeen(), true, after, layout.instanceLanes());
        for (std::size_t a = 0; a < ys::kActorCount; ++a) {
            QCOMPARE(after.lanes().lanes[a].top, before.lanes().lanes[a].top);
            QCOMPARE(after.lanes().lanes[a].height, before.lanes().lanes[a].height);
            QCOMPARE(after.lanes().lanes[a].markY, before.lanes().lanes[a].markY);
            QVERIFY(after.lanes().instanceLanes[a].empty());
        }
    }

    void titlesNameTheInstances()
    {
        const ys::Trace trace = traceOf(5, 2);
        TimelineLayout layout;
        layout.setTrace(&trace);
        const InstanceLanes& lanes = layout.instanceLanes();
        QCOMPARE(ys::ui::instanceTitle(lanes, &trace, Actor::Producer, 0).title, QStringLiteral("gen0()"));
        QCOMPARE(ys::ui::instanceTitle(lanes, &trace, Actor::Producer, 1).subtitle, QStringLiteral("line 2"));
        QCOMPARE(ys::ui::instanceTitle(lanes, &trace, Actor::Consumer, 0).title, QStringLiteral("for await"));
        QCOMPARE(ys::ui::instanceTitle(lanes, &trace, Actor::Consumer, 2).title, QStringLiteral("3 more"));
        QCOMPARE(ys::ui::instanceName(trace, trace.instance(0)), QStringLiteral("for await (line 20)"));
        QCOMPARE(ys::ui::instanceName(trace, 0), QString());
    }
};

QTEST_MAIN(TestInstanceLanes)
#include "tst_instance_lanes.moc"
