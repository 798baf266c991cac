// SPDX-License-Identifier: MIT
// Three engines agree: every demo's listing, rendered with the demo's edge parameter sets, runs
// on the embedded engine and gives the trace the C++ engine gives (every kind the C++ engine
// records, resumed, yielded and cleanup included, except where a demo records by hand what the
// listing does not show) and the trace Node gives through the harness (the kinds tst_agreement
// compares).
#include "tests/core/agreement.hpp"

#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/demos/params.hpp"
#include "core/script/script_engine.hpp"

#include <QJsonDocument>
#include <QTest>

using namespace ys;

namespace {

struct Row {
    std::int64_t t;
    std::string actor;
    std::string kind;
    std::string value;
    int line;
    bool operator==(const Row&) const = default;
};

// Kinds the C++ demos record by hand for what the listing does not say in a way an engine can
// see: the range demo's `yielded` at its `return {value}` line, the socket demo's buffer size.
bool comparedWithCpp(const std::string& demo, const Event& e)
{
    if (e.kind == Kind::Buffer) return false;
    if (demo == "range" && (e.kind == Kind::Resumed || e.kind == Kind::Yielded)) return false;
    return true;
}

std::vector<Row> rows(const std::string& demo, const Trace& trace)
{
    std::vector<Row> out;
    for (const Event& e : trace.events()) {
        if (!comparedWithCpp(demo, e)) continue;
        out.push_back({e.t, std::string(actorName(e.actor)), std::string(kindName(e.kind)),
                       std::string(trace.valueText(e)), e.line});
    }
    return out;
}

QString show(const std::vector<Row>& rs, std::size_t from, std::size_t to)
{
    QString out;
    for (std::size_t i = from; i < std::min(to, rs.size()); ++i) {
        out += QString("    %1 t=%2 %3 %4 %5 line %6\n")
                   .arg(i)
                   .arg(rs[i].t)
                   .arg(QString::fromStdString(rs[i].actor), QString::fromStdString(rs[i].kind),
                        QString::fromStdString(rs[i].value))
                   .arg(rs[i].line);
    }
    return out;
}

QString firstDifference(const std::vector<Row>& cpp, const std::vector<Row>& embedded)
{
    std::size_t i = 0;
    while (i < cpp.size() && i < embedded.size() && cpp[i] == embedded[i])
        ++i;
    if (i == cpp.size() && i == embedded.size()) return {};
    const std::size_t from = i >= 3 ? i - 3 : 0;
    return QString("differ at event %1 (C++ %2 events, embedded %3)\n  C++:\n%4  embedded:\n%5")
        .arg(i)
        .arg(cpp.size())
        .arg(embedded.size())
        .arg(show(cpp, from, i + 3), show(embedded, from, i + 3));
}

} // namespace

class TestScriptAgreement : public QObject {
    Q_OBJECT

private slots:
    void threeEnginesAgree_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QStringList>("sets");
        for (const auto& [demo, sets] : edgeParameterSets()) {
            const QString row = demo + (sets.isEmpty() ? " defaults" : " " + sets.join(' '));
            QTest::newRow(qPrintable(row)) << demo << sets;
        }
    }
    void threeEnginesAgree()
    {
        QFETCH(QString, demo);
        QFETCH(QStringList, sets);
        const Demo* d = findDemo(demo.toStdString());
        QVERIFY(d != nullptr);
        Params params = d->defaults();
        for (const QString& a : sets)
            params.assign(a.toStdString());
        Engine engine(*d, params);
        engine.runToEnd();

        Trace embedded;
        const script::Result result =
            script::runScript(d->listing(params), embedded, script::worldFor(params));
        QVERIFY2(result.outcome == script::Outcome::Finished, script::describe(result).c_str());
        const QString problem = firstDifference(rows(d->name, engine.trace()), rows(d->name, embedded));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The embedded engine's events, in place of the C++ engine's, against Node.
        const QString node = compareWithNode(demo, sets, [&](std::vector<ComparedEvent>& events) {
            events.clear();
            for (const Event& e : embedded.events()) {
                const QString kind =
                    QString::fromUtf8(kindName(e.kind).data(), qsizetype(kindName(e.kind).size()));
                if (!isComparedKind(kind)) continue;
                const std::string_view v = embedded.valueText(e);
                const QJsonDocument doc =
                    QJsonDocument::fromJson("[" + QByteArray(v.data(), qsizetype(v.size())) + "]");
                events.push_back({e.t, kind, QString::fromUtf8(doc.toJson(QJsonDocument::Compact))});
            }
        });
        QVERIFY2(node.isEmpty(), qPrintable(node));
    }
};

QTEST_GUILESS_MAIN(TestScriptAgreement)
#include "tst_script_agreement.moc"
