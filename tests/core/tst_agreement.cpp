// SPDX-License-Identifier: MIT
// The truth test: for every demo and many parameter sets (defaults and edge values), the
// C++ engine's trace equals what Node records running the demo's rendered JS listing under
// the same virtual clock (tests/js/harness.js). Compared: order, t and value of next_called,
// return_called, value_received, done, error, log and awaiting.
#include "tests/core/agreement.hpp"

#include "core/demos/demo.hpp"

#include <QTest>

using namespace ys;

class TestAgreement : public QObject {
    Q_OBJECT

private slots:
    // Node answers every edge set in one batch up front; each row then reports its own.
    void initTestCase() { edgeResults_ = compareEachWithNode(edgeParameterSets(), 2); }

    void agreesWithNode_data()
    {
        QTest::addColumn<int>("index");
        int index = 0;
        for (const auto& [demo, sets] : edgeParameterSets()) {
            QString row = demo + (sets.isEmpty() ? " defaults" : " " + sets.join(' '));
            QTest::newRow(qPrintable(row)) << index++;
        }
    }
    void agreesWithNode()
    {
        QFETCH(int, index);
        QCOMPARE(edgeResults_.size(), qsizetype(edgeParameterSets().size()));
        const QString& problem = edgeResults_.at(index);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Agreement at scale: 1,000 sets drawn across all demos from a fixed seed (printed on
    // failure with the sets that disagree, so a failure can be replayed). Node answers them
    // in two batches side by side, a few seconds in all; YS_AGREEMENT_SETS=20000 runs more.
    void agreesWithNodeOnRandomSets()
    {
        const unsigned seed = qEnvironmentVariableIsSet("YS_AGREEMENT_SEED")
                                  ? qEnvironmentVariable("YS_AGREEMENT_SEED").toUInt()
                                  : 20261122u;
        const int count = qEnvironmentVariableIsSet("YS_AGREEMENT_SETS")
                              ? qEnvironmentVariable("YS_AGREEMENT_SETS").toInt()
                              : 1000;
        const auto sets = randomParameterSets(count, seed);
        QCOMPARE(int(sets.size()), count);
        const QStringList problems = compareManyWithNode(sets, 2);
        QVERIFY2(problems.isEmpty(), qPrintable(QString("seed %1: %2 of %3 sets disagree:\n%4")
                                                    .arg(seed)
                                                    .arg(problems.size())
                                                    .arg(count)
                                                    .arg(problems.mid(0, 5).join("\n"))));
    }

    // Every demo is covered by the edge sets.
    void everyDemoHasEdgeSets()
    {
        for (const Demo* d : allDemos()) {
            int count = 0;
            for (const auto& row : edgeParameterSets())
                count += row.first == QString::fromStdString(d->name);
            QVERIFY2(count >= 5, d->name.c_str());
        }
    }

    // The comparison itself must be able to fail: a tampered trace is caught.
    void detectsADifference()
    {
        QString problem = compareWithNode("countdown", {"from=2"},
                                          [](std::vector<ComparedEvent>& events) { events[3].t += 1; });
        QVERIFY2(problem.contains("differ"), qPrintable(problem));
        problem = compareWithNode("pagination", {"breakAfter=2"},
                                  [](std::vector<ComparedEvent>& events) { events.pop_back(); });
        QVERIFY(!problem.isEmpty());
    }

    // In a batch, one set that differs is reported alone, with its demo and parameters, and
    // the sets before and after it still agree.
    void detectsADifferenceInABatch_data()
    {
        QTest::addColumn<int>("tampered");
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << 37;
        QTest::newRow("last") << 59;
    }
    void detectsADifferenceInABatch()
    {
        QFETCH(int, tampered);
        const auto sets = randomParameterSets(60, 7u);
        const QStringList problems =
            compareManyWithNode(sets, 2, [&](std::size_t index, std::vector<ComparedEvent>& events) {
                if (index == std::size_t(tampered))
                    events.push_back({events.empty() ? 0 : events.back().t, "log", "[\"extra\"]"});
            });
        QCOMPARE(problems.size(), 1);
        const auto& [demo, assignments] = sets[std::size_t(tampered)];
        const QString label = demo + (assignments.isEmpty() ? " defaults" : " " + assignments.join(' '));
        QVERIFY2(problems.front().startsWith(label + ": traces differ"), qPrintable(problems.front()));
        QVERIFY2(problems.front().contains("\"extra\""), qPrintable(problems.front()));
    }

private:
    QStringList edgeResults_;
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
