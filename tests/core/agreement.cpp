// SPDX-License-Identifier: MIT
#include "tests/core/agreement.hpp"

#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include <memory>
#include <random>

using namespace ys;

namespace {

// Normalises a JSON value's text (so {"a":1} written by either side compares equal).
QString normalized(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString describe(const std::vector<ComparedEvent>& events, std::size_t from, std::size_t to)
{
    QString out;
    for (std::size_t i = from; i < std::min(to, events.size()); ++i) {
        out += QString("    %1  t=%2  %3 %4\n").arg(i).arg(events[i].t).arg(events[i].kind, events[i].value);
    }
    return out;
}

} // namespace

bool isComparedKind(const QString& kind)
{
    static const QStringList kinds{"next_called", "return_called", "value_received", "done",
                                   "error",       "log",           "awaiting"};
    return kinds.contains(kind);
}

namespace {

// One set's comparison: the C++ side run, the request for Node written.
struct Comparison {
    QString demo;
    QStringList assignments;
    std::vector<ComparedEvent> ours;
    QByteArray request; // one line of the harness's --batch protocol
    QString problem;    // set when the set could not be run
    bool answered = false;
};

Comparison prepare(std::size_t id, const QString& demoName, const QStringList& assignments)
{
    Comparison c;
    c.demo = demoName;
    c.assignments = assignments;
    const Demo* demo = findDemo(demoName.toStdString());
    if (demo == nullptr) {
        c.problem = "no demo " + demoName;
        return c;
    }
    Params params = demo->defaults();
    for (const QString& a : assignments)
        params.assign(a.toStdString());

    Engine engine(*demo, params);
    engine.runToEnd();
    for (const Event& e : engine.trace().events()) {
        const QString kind = QString::fromUtf8(kindName(e.kind).data(), qsizetype(kindName(e.kind).size()));
        if (!isComparedKind(kind)) continue;
        const std::string_view v = engine.trace().valueText(e);
        c.ours.push_back({e.t, kind, normalized(QByteArray(v.data(), qsizetype(v.size())))});
    }
    const QJsonObject request{
        {"id", qint64(id)},
        {"demo", demoName},
        {"params", QJsonDocument::fromJson(QByteArray::fromStdString(params.toJson())).object()},
        {"source", QString::fromStdString(engine.listing())},
    };
    c.request = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    return c;
}

// Compares Node's answer (the harness's result line) with our side; "" when they agree.
QString compare(const Comparison& c, const QJsonObject& answer)
{
    const QString label = c.demo + (c.assignments.isEmpty() ? " defaults" : " " + c.assignments.join(' '));
    if (!answer.value("error").isNull()) return label + ": node failed: " + answer.value("error").toString();
    const std::vector<ComparedEvent>& ours = c.ours;
    std::vector<ComparedEvent> theirs;
    const QJsonArray events = answer.value("events").toArray();
    for (const auto& event : events) {
        const QJsonObject o = event.toObject();
        const QString kind = o.value("kind").toString();
        if (!isComparedKind(kind)) continue;
        const QJsonDocument value = QJsonDocument(QJsonArray{o.value("value")});
        theirs.push_back(
            {qint64(o.value("t").toDouble()), kind, QString::fromUtf8(value.toJson(QJsonDocument::Compact))});
    }

    std::size_t i = 0;
    while (i < ours.size() && i < theirs.size() && ours[i] == theirs[i])
        ++i;
    if (i == ours.size() && i == theirs.size()) return {};
    const std::size_t from = i >= 3 ? i - 3 : 0;
    return QString("%1: traces differ at compared event %2 (C++ has %3 events, Node %4)\n  C++:\n%5  "
                   "Node:\n%6")
        .arg(label)
        .arg(i)
        .arg(ours.size())
        .arg(theirs.size())
        .arg(describe(ours, from, i + 3), describe(theirs, from, i + 3));
}

// One Node process answering a share of the sets; its requests and answers go through
// files, so several run side by side without one waiting for another to be read.
struct NodeBatch {
    std::size_t first = 0;
    std::size_t end = 0;
    std::unique_ptr<QProcess> node;
};

} // namespace

QString compareWithNode(const QString& demoName, const QStringList& assignments,
                        const std::function<void(std::vector<ComparedEvent>&)>& tamper)
{
    const QStringList problems = compareManyWithNode({{demoName, assignments}}, 1,
                                                     [&](std::size_t, std::vector<ComparedEvent>& events) {
                                                         if (tamper) tamper(events);
                                                     });
    return problems.join('\n');
}

QStringList compareEachWithNode(const std::vector<std::pair<QString, QStringList>>& sets, int parallel,
                                const std::function<void(std::size_t, std::vector<ComparedEvent>&)>& tamper)
{
    QStringList results(qsizetype(sets.size()));
    std::vector<Comparison> comparisons;
    comparisons.reserve(sets.size());
    for (std::size_t i = 0; i < sets.size(); ++i) {
        comparisons.push_back(prepare(i, sets[i].first, sets[i].second));
        if (tamper) tamper(i, comparisons.back().ours);
    }

    // Trouble with a Node process as a whole: every set it was to answer and did not gets it.
    QString trouble;
    QTemporaryDir dir;
    if (!dir.isValid()) trouble = "cannot make a temporary folder: " + dir.errorString();
    std::vector<NodeBatch> batches;
    const std::size_t share =
        (sets.size() + std::size_t(std::max(1, parallel)) - 1) / std::size_t(std::max(1, parallel));
    for (std::size_t first = 0; trouble.isEmpty() && first < sets.size(); first += share) {
        NodeBatch b{first, std::min(sets.size(), first + share), std::make_unique<QProcess>()};
        const QString in = dir.filePath(QString("requests-%1.jsonl").arg(first));
        QFile requests(in);
        if (!requests.open(QIODevice::WriteOnly)) {
            trouble = "cannot write " + in;
            break;
        }
        for (std::size_t i = b.first; i < b.end; ++i)
            requests.write(comparisons[i].request);
        requests.close();
        b.node->setStandardInputFile(in);
        b.node->setStandardOutputFile(dir.filePath(QString("answers-%1.jsonl").arg(first)));
        b.node->start(YS_NODE, {YS_HARNESS, "--batch"});
        batches.push_back(std::move(b));
    }
    for (NodeBatch& b : batches) {
        QProcess& node = *b.node;
        // Generous: a busy machine may be many times slower than an idle one.
        const int timeoutMs = int(std::min<std::size_t>(120'000 + 100 * (b.end - b.first), 3'600'000));
        if (!node.waitForFinished(timeoutMs)) {
            trouble = "node did not finish: " + node.errorString();
            node.kill();
            node.waitForFinished();
            continue;
        }
        if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
            trouble = QString("node failed (%1): %2")
                          .arg(node.exitCode())
                          .arg(QString::fromUtf8(node.readAllStandardError()));
        }
        QFile answers(dir.filePath(QString("answers-%1.jsonl").arg(b.first)));
        if (!answers.open(QIODevice::ReadOnly)) {
            trouble = "cannot read node's answers";
            continue;
        }
        while (!answers.atEnd()) {
            const QByteArray line = answers.readLine();
            if (line.trimmed().isEmpty()) continue;
            const QJsonObject answer = QJsonDocument::fromJson(line).object();
            const qint64 id = answer.value("id").toInteger(-1);
            if (id < qint64(b.first) || id >= qint64(b.end) || comparisons[std::size_t(id)].answered) {
                trouble = "node answered an unknown request: " + QString::fromUtf8(line.left(200));
                continue;
            }
            Comparison& c = comparisons[std::size_t(id)];
            c.answered = true;
            results[qsizetype(id)] = compare(c, answer);
        }
    }
    for (std::size_t i = 0; i < comparisons.size(); ++i) {
        const Comparison& c = comparisons[i];
        const QString label = c.demo + " " + c.assignments.join(' ') + ": ";
        if (!c.problem.isEmpty())
            results[qsizetype(i)] = label + c.problem;
        else if (!c.answered)
            results[qsizetype(i)] =
                label + "node gave no answer" + (trouble.isEmpty() ? "" : " (" + trouble + ")");
    }
    return results;
}

QStringList compareManyWithNode(const std::vector<std::pair<QString, QStringList>>& sets, int parallel,
                                const std::function<void(std::size_t, std::vector<ComparedEvent>&)>& tamper)
{
    QStringList problems = compareEachWithNode(sets, parallel, tamper);
    problems.removeAll(QString());
    return problems;
}

std::vector<std::pair<QString, QStringList>> randomParameterSets(int count, unsigned seed)
{
    std::mt19937 random(seed);
    auto pick = [&](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(random);
    };
    // A value for `spec`, biased to its edges; counts stay small, durations may be a day.
    auto draw = [&](const ParamSpec& spec) -> std::int64_t {
        const bool duration = spec.max >= 86'400'000;
        // Values that may be negative (range bounds) are drawn around zero: a bound of
        // -1,000,000 is an edge of the parameter, but a million-value run is no edge case.
        const std::int64_t lo = std::max(spec.min, std::int64_t{-4});
        const std::int64_t smallMax = std::min(spec.max, lo + (duration ? 1000 : 12));
        switch (pick(0, 7)) {
        case 0:
            return lo;
        case 1:
            return std::min(spec.max, lo + 1);
        case 2:
            return spec.defaults.front();
        case 3:
            return duration ? spec.max : smallMax;
        default:
            return pick(lo, smallMax);
        }
    };
    std::vector<std::pair<QString, QStringList>> sets;
    const auto& demos = allDemos();
    for (int n = 0; n < count; ++n) {
        const Demo* demo = demos[std::size_t(n) % demos.size()];
        QStringList assignments;
        for (const ParamSpec& spec : demo->params) {
            if (spec.isList) {
                QStringList items;
                const auto size =
                    pick(std::int64_t(spec.minItems), std::min<std::int64_t>(6, std::int64_t(spec.maxItems)));
                for (std::int64_t k = 0; k < size; ++k)
                    items << QString::number(draw(spec));
                assignments << QString::fromStdString(spec.name) + "=" + items.join(',');
            } else {
                assignments << QString::fromStdString(spec.name) + "=" + QString::number(draw(spec));
            }
        }
        sets.emplace_back(QString::fromStdString(demo->name), assignments);
    }
    return sets;
}

std::vector<std::pair<QString, QStringList>> edgeParameterSets()
{
    return {
        {"countdown", {}},
        {"countdown", {"from=0"}},
        {"countdown", {"from=1"}},
        {"countdown", {"from=1", "ms=0"}},
        {"countdown", {"from=5", "ms=0"}},
        {"countdown", {"from=10", "ms=1"}},
        {"countdown", {"from=2", "ms=86400000"}},
        {"countdown", {"from=40", "ms=7"}},
        {"range", {}},
        {"range", {"from=1", "to=0"}},
        {"range", {"from=5", "to=5"}},
        {"range", {"from=-3", "to=2", "delay=0"}},
        {"range", {"from=0", "to=0", "delay=1"}},
        {"range", {"from=1", "to=20", "delay=3"}},
        {"range", {"from=1000000", "to=-1000000"}},
        {"range", {"to=2", "delay=86400000"}},
        {"pagination", {}},
        {"pagination", {"users=0"}},
        {"pagination", {"users=0", "breakAfter=1"}},
        {"pagination", {"users=6", "pageSize=3"}},
        {"pagination", {"breakAfter=3"}},
        {"pagination", {"breakAfter=4"}},
        {"pagination", {"breakAfter=6"}},
        {"pagination", {"breakAfter=7"}},
        {"pagination", {"breakAfter=8"}},
        {"pagination", {"users=1", "pageSize=1"}},
        {"pagination", {"users=5", "pageSize=1", "breakAfter=2"}},
        {"pagination", {"users=3", "pageSize=3", "breakAfter=3"}},
        {"pagination", {"users=10", "pageSize=100"}},
        {"pagination", {"latency=0"}},
        {"pagination", {"latency=0", "breakAfter=5"}},
        {"pagination", {"users=50", "pageSize=7", "latency=13", "breakAfter=22"}},
        {"pagination", {"users=100", "pageSize=10", "latency=86400000"}},
        {"cleanup", {}},
        {"cleanup", {"breakAfter=0"}},
        {"cleanup", {"breakAfter=2"}},
        {"cleanup", {"breakAfter=3"}},
        {"cleanup", {"breakAfter=1"}},
        {"error", {}},
        {"error", {"failAt=1"}},
        {"error", {"failAt=2", "ms=0"}},
        {"error", {"failAt=10", "ms=7"}},
        {"error", {"failAt=1", "ms=86400000"}},
        {"promises-array", {}},
        {"promises-array", {"latencies=0"}},
        {"promises-array", {"latencies=100,100,100"}},
        {"promises-array", {"latencies=0,0,0,0"}},
        {"promises-array", {"latencies=500,400,300,200,100"}},
        {"promises-array", {"latencies=1,2,3"}},
        {"promises-array", {"latencies=86400000,5"}},
        {"promises-array", {"latencies=9,8,7,6,5,4,3,2,1,0,9,8,7,6,5,4,3,2,1,0,9,8,7,6,5,4"}},
        {"sequence", {}},
        {"sequence", {"start=1", "end=0"}},
        {"sequence", {"start=3", "end=3", "ms=0"}},
        {"sequence", {"start=-2", "end=2", "ms=1"}},
        {"sequence", {"end=30", "ms=5"}},
        {"numbers", {}},
        {"numbers", {"step=0"}},
        {"numbers", {"step=1"}},
        {"numbers", {"step=86400000"}},
        {"numbers", {"step=33"}},
        {"chunks", {}},
        {"chunks", {"stream=0"}},
        {"chunks", {"chunkSize=1"}},
        {"chunks", {"chunkSize=1", "stream=0"}},
        {"chunks", {"chunkSize=2", "stream=0"}},
        {"chunks", {"chunkSize=3", "stream=0"}},
        {"chunks", {"chunkSize=7", "stream=0", "interval=0"}},
        {"chunks", {"chunkSize=45"}},
        {"chunks", {"chunkSize=64", "stream=0"}},
        {"chunks", {"chunkSize=44", "stream=0"}},
        {"socket", {}},
        {"socket", {"count=0"}},
        {"socket", {"count=1"}},
        {"socket", {"work=0"}},
        {"socket", {"interval=100", "work=100"}},
        {"socket", {"interval=100", "work=200"}},
        {"socket", {"interval=0", "work=0"}},
        {"socket", {"interval=0", "work=10"}},
        {"socket", {"count=20", "interval=30", "work=45"}},
        {"socket", {"count=5", "interval=250", "work=100"}},
        {"sync", {}},
        {"sync", {"start=1", "end=0"}},
        {"sync", {"start=5", "end=5"}},
        {"sync", {"start=-3", "end=3"}},
        {"sync", {"start=1", "end=50"}},
        {"range-generator", {}},
        {"range-generator", {"from=1", "to=0"}},
        {"range-generator", {"from=2", "to=2", "delay=0"}},
        {"range-generator", {"from=-3", "to=3", "delay=1"}},
        {"range-generator", {"to=2", "delay=86400000"}},
    };
}
