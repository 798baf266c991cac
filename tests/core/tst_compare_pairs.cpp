// SPDX-License-Identifier: MIT
// The compare view's ready pairs (core/demos/compare_pairs): every pair names demos that exist
// and parameters they accept, its two sides really differ, and every text is there.
#include "core/demos/compare_pairs.hpp"
#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"

#include <QTest>

#include <set>
#include <string>

using namespace ys;

class TestComparePairs : public QObject {
    Q_OBJECT

private slots:
    void everyPairIsSound_data()
    {
        QTest::addColumn<int>("pair");
        for (std::size_t i = 0; i < comparePairs().size(); ++i)
            QTest::newRow(comparePairs()[i].id.c_str()) << static_cast<int>(i);
    }
    void everyPairIsSound()
    {
        QFETCH(int, pair);
        const ComparePair& p = comparePairs()[static_cast<std::size_t>(pair)];
        QVERIFY(!p.id.empty());
        QVERIFY(!p.title.empty());
        QVERIFY(!p.question.empty());
        std::array<const Demo*, 2> demos{};
        std::array<Params, 2> params;
        for (std::size_t i = 0; i < p.sides.size(); ++i) {
            const ComparePair::Side& side = p.sides[i];
            demos[i] = side.findDemo();
            QVERIFY2(demos[i] != nullptr, ("no demo named " + side.demo).c_str());
            QCOMPARE(demos[i], findDemo(side.demo));
            try {
                params[i] = side.params(*demos[i]);
            } catch (const ParamError& e) {
                QFAIL(e.what());
            }
            // Every assignment took: the value reads back as written.
            for (const std::string& assignment : side.assignments) {
                const auto eq = assignment.find('=');
                QVERIFY(eq != std::string::npos);
                QCOMPARE(params[i].text(assignment.substr(0, eq)), assignment.substr(eq + 1));
            }
            QVERIFY(!side.label.empty());
        }
        // What differs is really different.
        QVERIFY(demos[0] != demos[1] || !(params[0] == params[1]));
        QVERIFY(p.sides[0].label != p.sides[1].label);
        QCOMPARE(comparePairIndex(p.id), pair);
    }

    void idsAndTitlesAreUnique()
    {
        std::set<std::string> ids;
        std::set<std::string> titles;
        for (const ComparePair& p : comparePairs()) {
            QVERIFY2(ids.insert(p.id).second, p.id.c_str());
            QVERIFY2(titles.insert(p.title).second, p.title.c_str());
        }
        QVERIFY(ids.size() >= 2);
    }

    void unknownIdHasNoIndex()
    {
        QCOMPARE(comparePairIndex("no-such-pair"), -1);
        QCOMPARE(comparePairIndex(""), -1);
    }

    // A side naming what does not exist is told apart, not loaded.
    void badSidesAreCaught()
    {
        const ComparePair::Side unknownDemo{"no-such-demo", {}, "x"};
        QVERIFY(unknownDemo.findDemo() == nullptr);
        const Demo& pagination = *findDemo("pagination");
        const ComparePair::Side unknownParam{"pagination", {"pages=3"}, "x"};
        QVERIFY_THROWS_EXCEPTION(ParamError, unknownParam.params(pagination));
        const ComparePair::Side outOfRange{"pagination", {"breakAfter=-1"}, "x"};
        QVERIFY_THROWS_EXCEPTION(ParamError, outOfRange.params(pagination));
    }
};

QTEST_GUILESS_MAIN(TestComparePairs)
#include "tst_compare_pairs.moc"
