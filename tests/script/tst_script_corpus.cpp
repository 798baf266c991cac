// SPDX-License-Identifier: MIT
// Programs nobody wrote for a demo (tests/script/corpus/*.js), each run by the embedded engine
// and by Node through the harness (world "script"), compared on order, t and value of the kinds
// tst_agreement compares, and on how the run ended (an uncaught error by its type: engines word
// their own errors differently).
//
// A program's first lines may say how it is compared:
//   // engine-made error        error events' values (an engine's message) are compared by presence
//   // node>=20: differs        Node 20 gives yield* one await fewer (ecma262 PR #2819) than the
//                               embedded engine and Node 18: on Node 20 the traces must differ,
//                               before it they must agree
//   // node harness reads constructor
//                               the Node harness watches a native promise with
//                               Promise.prototype.then, which reads the promise's `constructor`,
//                               a read the embedded engine's watching does not make: a program
//                               that logs it must be seen to differ
//   // plain node               also run unchanged by plain Node (`node file.js`, so only
//                               promise jobs, no timers): its console lines must be the embedded
//                               run's `log` events, one for one (watching the loops changes
//                               nothing the program sees)
//   // consumer errors: N      the loops record N `error` events (in both engines, as they
//                               agree): steps that reject are seen even where only the
//                               program's code could tell them
#include "core/script/script_engine.hpp"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace ys;

namespace {

struct Compared {
    qint64 t = 0;
    QString kind;
    QString value;
    bool operator==(const Compared&) const = default;
};

bool isCompared(const QString& kind)
{
    static const QStringList kinds{"next_called", "return_called", "value_received", "done",
                                   "error",       "log",           "awaiting"};
    return kinds.contains(kind);
}

QString compact(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// "Uncaught TypeError: x" / "listing threw: TypeError: x" -> "TypeError"; a thrown non-error: its text.
QString errorType(const QString& message)
{
    static const QRegularExpression type(R"(\b([A-Z][A-Za-z]*Error)\b)");
    const QRegularExpressionMatch m = type.match(message);
    if (m.hasMatch()) return m.captured(1);
    QString rest = message;
    for (const char* prefix :
         {"Uncaught (in promise) ", "Uncaught ", "harness: ", "listing threw: ", "unhandled rejection: "})
        rest.remove(QString(prefix));
    return rest.trimmed();
}

int nodeMajor()
{
    QProcess node;
    node.start(YS_NODE, {"--version"});
    node.waitForFinished();
    return QString::fromUtf8(node.readAllStandardOutput()).mid(1).section('.', 0, 0).toInt();
}

// "" when the embedded engine running `embeddedSource` agrees with Node running the file at `path`.
QString compareProgram(const QString& path, const QByteArray& source)
{
    const bool looseErrors = source.contains("// engine-made error");
    const bool differsOnNode20 = source.contains("// node>=20: differs");
    const bool harnessReadsConstructor = source.contains("// node harness reads constructor");

    Trace trace;
    const script::Result result = script::runScript(source.toStdString(), trace);
    if (result.outcome != script::Outcome::Finished && result.outcome != script::Outcome::Uncaught)
        return QString::fromStdString(script::describe(result));
    std::vector<Compared> ours;
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        const Event& e = trace[seq];
        if (e.actor == Actor::Console && e.kind == Kind::Error) continue; // the uncaught error: below
        const QString kind = QString::fromUtf8(kindName(e.kind).data(), qsizetype(kindName(e.kind).size()));
        if (!isCompared(kind)) continue;
        const std::string_view v = trace.valueText(e);
        const QJsonDocument doc =
            QJsonDocument::fromJson("[" + QByteArray(v.data(), qsizetype(v.size())) + "]");
        ours.push_back({e.t, kind, QString::fromUtf8(doc.toJson(QJsonDocument::Compact))});
    }

    QProcess node;
    node.start(YS_NODE, {YS_HARNESS, "--demo", "script", "--listing", path, "--params", "{}"});
    if (!node.waitForFinished(60000)) return "node did not finish";
    const QString nodeError = QString::fromUtf8(node.readAllStandardError()).trimmed();
    if (node.exitCode() != 0 && node.exitCode() != 1) return "node failed: " + nodeError;
    std::vector<Compared> theirs;
    for (const QByteArray& line : node.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty()) continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString kind = o.value("kind").toString();
        if (!isCompared(kind)) continue;
        theirs.push_back({qint64(o.value("t").toDouble()), kind, compact(o.value("value"))});
    }
    if (looseErrors) {
        for (auto* side : {&ours, &theirs}) {
            for (Compared& c : *side) {
                if (c.kind == "error") c.value = "(an error)";
            }
        }
    }

    // How the run ended.
    const bool weFailed = result.outcome == script::Outcome::Uncaught;
    const bool nodeFailed = node.exitCode() == 1;
    if (weFailed != nodeFailed)
        return QString("embedded: %1; node: %2")
            .arg(QString::fromStdString(script::describe(result)), nodeError);
    if (weFailed) {
        if (errorType(QString::fromStdString(result.message)) != errorType(nodeError))
            return QString("embedded: %1; node: %2").arg(QString::fromStdString(result.message), nodeError);
    }

    static const QRegularExpression errorsWanted(QStringLiteral("// consumer errors: (\\d+)\n"));
    if (const auto wanted = errorsWanted.match(QString::fromUtf8(source)); wanted.hasMatch()) {
        const auto errors =
            std::count_if(ours.begin(), ours.end(), [](const Compared& c) { return c.kind == "error"; });
        if (errors != wanted.captured(1).toInt())
            return QString("%1 error events, expected %2").arg(errors).arg(wanted.captured(1));
    }

    std::size_t i = 0;
    while (i < ours.size() && i < theirs.size() && ours[i] == theirs[i])
        ++i;
    const bool same = i == ours.size() && i == theirs.size();
    if (harnessReadsConstructor)
        return same ? "expected the Node harness to read the promise's constructor once more" : QString();
    if (differsOnNode20 && nodeMajor() >= 20) {
        return same ? "expected Node 20's yield* to take one await fewer than the embedded engine"
                    : QString();
    }
    if (!same) {
        QString report = QString("differ at compared event %1 (embedded %2, Node %3)\n")
                             .arg(i)
                             .arg(ours.size())
                             .arg(theirs.size());
        for (std::size_t k = i >= 3 ? i - 3 : 0; k < i + 3; ++k) {
            const auto row = [&](const std::vector<Compared>& v) {
                return k < v.size() ? QString("t=%1 %2 %3").arg(v[k].t).arg(v[k].kind, v[k].value)
                                    : QString("-");
            };
            report += QString("  %1: embedded %2 | node %3\n").arg(k).arg(row(ours), row(theirs));
        }
        return report;
    }
    return {};
}

// "" when the embedded engine's `log` events for `source` are the lines plain Node prints running
// the program at `path` unchanged.
QString compareWithPlainNode(const QString& path, const QByteArray& source)
{
    Trace trace;
    const script::Result result = script::runScript(source.toStdString(), trace);
    if (result.outcome != script::Outcome::Finished) return QString::fromStdString(script::describe(result));
    QStringList ours;
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        const Event& e = trace[seq];
        if (e.kind != Kind::Log) continue;
        const std::string_view v = trace.valueText(e);
        ours << QJsonDocument::fromJson("[" + QByteArray(v.data(), qsizetype(v.size())) + "]")
                    .array()
                    .at(0)
                    .toString();
    }
    QProcess node;
    node.start(YS_NODE, {path});
    if (!node.waitForFinished(60000) || node.exitCode() != 0) return "plain node failed";
    QStringList theirs = QString::fromUtf8(node.readAllStandardOutput()).split('\n');
    if (!theirs.isEmpty() && theirs.last().isEmpty()) theirs.removeLast();
    qsizetype i = 0;
    while (i < ours.size() && i < theirs.size() && ours[i] == theirs[i])
        ++i;
    if (i == ours.size() && i == theirs.size()) return {};
    return QString(R"(line %1 differs (embedded %2 lines, node %3): embedded "%4" | node "%5")")
        .arg(i + 1)
        .arg(ours.size())
        .arg(theirs.size())
        .arg(i < ours.size() ? ours[i] : "-", i < theirs.size() ? theirs[i] : "-");
}

QByteArray programText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList plainNodePrograms()
{
    QStringList out;
    for (const QString& name : QDir(YS_CORPUS).entryList({"*.js"}, QDir::Files, QDir::Name)) {
        QFile file(QDir(YS_CORPUS).filePath(name));
        if (file.open(QIODevice::ReadOnly) && file.read(400).contains("// plain node\n")) out << name;
    }
    return out;
}

} // namespace

class TestScriptCorpus : public QObject {
    Q_OBJECT

private slots:
    void corpusIsLargeEnough() { QVERIFY(QDir(YS_CORPUS).entryList({"*.js"}).size() >= 96); }

    void agreesWithNode_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& name : QDir(YS_CORPUS).entryList({"*.js"}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << QDir(YS_CORPUS).filePath(name);
    }
    void agreesWithNode()
    {
        QFETCH(QString, path);
        const QByteArray source = programText(path);
        QVERIFY(!source.isEmpty());
        const QString problem = compareProgram(path, source);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The program sees the protocol exactly as unwatched: every read of `then`, `done`, `value`,
    // `next` and `return` and every call of `then` the program logs happens as often, and in the
    // same order among its promise jobs, as when plain Node runs it.
    void observesNothingDifferent_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList names = plainNodePrograms();
        QVERIFY(names.size() >= 6);
        for (const QString& name : names)
            QTest::newRow(qPrintable(name)) << QDir(YS_CORPUS).filePath(name);
    }
    void observesNothingDifferent()
    {
        QFETCH(QString, path);
        const QByteArray source = programText(path);
        QVERIFY(!source.isEmpty());
        const QString problem = compareWithPlainNode(path, source);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The comparison can fail: the embedded engine running a changed program is caught, and so is
    // a different ending.
    void detectsADifference()
    {
        const QString path = QDir(YS_CORPUS).filePath("20-array-of-promises.js");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray changed = file.readAll();
        changed.replace("\"fast\", 10", "\"fast\", 11");
        QVERIFY(compareProgram(path, changed).contains("differ"));
        QVERIFY(compareProgram(path, changed + "\nnull.f;").contains("node:"));
        const QString plain = QDir(YS_CORPUS).filePath("67-next-gives-thenable.js");
        QVERIFY(compareWithPlainNode(plain, programText(plain) + "\nconsole.log(1);").contains("line"));
    }
};

QTEST_GUILESS_MAIN(TestScriptCorpus)
#include "tst_script_corpus.moc"
