// SPDX-License-Identifier: MIT
// The Trace Event Format export: it reads back as strict JSON, names one thread per lane, turns
// every awaiting…settled span into a slice of the right length, keeps every other event as an
// instant in the run's order, and the command line writes it (or refuses a bad target clearly).
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/io/chrome_trace.hpp"
#include "core/io/json_value.hpp"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>

namespace {

ys::JsonValue exportOf(const ys::Trace& trace) { return ys::parseJson(ys::chromeTraceJson(trace, "test")); }

const ys::JsonValue& member(const ys::JsonValue& object, std::string_view key)
{
    const ys::JsonValue* value = object.find(key);
    if (value == nullptr) throw std::runtime_error("missing " + std::string(key));
    return *value;
}

long long integer(const ys::JsonValue& value)
{
    long long n = 0;
    if (!ys::jsonInteger(value, n)) throw std::runtime_error("not an integer: " + value.text);
    return n;
}

} // namespace

class TestChromeTrace : public QObject {
    Q_OBJECT

private slots:
    void everyDemoExportsFaithfully_data()
    {
        QTest::addColumn<QString>("demo");
        for (const ys::Demo* demo : ys::allDemos())
            QTest::newRow(demo->name.c_str()) << QString::fromStdString(demo->name);
    }

    void everyDemoExportsFaithfully()
    {
        QFETCH(QString, demo);
        const ys::Demo* d = ys::findDemo(demo.toStdString());
        QVERIFY(d != nullptr);
        ys::Engine engine(*d, d->defaults());
        engine.runToEnd();
        const ys::Trace& trace = engine.trace();
        const ys::JsonValue root = exportOf(trace);
        QCOMPARE(member(root, "displayTimeUnit").text, std::string("ms"));
        const ys::JsonValue& events = member(root, "traceEvents");
        QVERIFY(events.isArray());

        std::multiset<std::string> threadNames;
        std::map<long long, long long> sliceDur; // awaiting seq -> dur
        std::size_t instants = 0;
        double lastInstantTs = -1;
        long long lastSeq = -1;
        for (const ys::JsonValue& e : events.items) {
            const std::string& ph = member(e, "ph").text;
            if (ph == "M") {
                if (member(e, "name").text == "thread_name")
                    threadNames.insert(member(member(e, "args"), "name").text);
                continue;
            }
            const ys::JsonValue& args = member(e, "args");
            if (ph == "X") {
                sliceDur[integer(member(args, "awaitingSeq"))] = integer(member(e, "dur"));
                continue;
            }
            QCOMPARE(ph, std::string("i"));
            ++instants;
            // Instants come in the run's order, and their timestamps never tie or go back.
            const long long seq = integer(member(args, "seq"));
            QVERIFY(seq > lastSeq);
            const double ts = std::stod(member(e, "ts").text);
            QVERIFY2(ts > lastInstantTs, member(e, "ts").text.c_str());
            QCOMPARE(member(e, "name").text, std::string(ys::kindName(trace[seq].kind)));
            // Virtual ms × 1000, plus less than a millisecond of tie-break.
            QCOMPARE(static_cast<std::int64_t>(ts) / 1000, trace[seq].t);
            lastSeq = seq;
            lastInstantTs = ts;
        }
        for (int a = 0; a < ys::kActorCount; ++a) {
            const std::string lane(ys::chromeTraceLaneName(static_cast<ys::Actor>(a)));
            QCOMPARE(threadNames.count(lane), std::size_t{1});
        }
        std::size_t closed = 0;
        for (const ys::Span& span : trace.spans()) {
            if (span.end == ys::Span::kOpen) continue;
            ++closed;
            QVERIFY2(sliceDur.count(span.begin) == 1, "a span without its slice");
            QCOMPARE(sliceDur[span.begin], (trace[span.end].t - trace[span.begin].t) * 1000);
        }
        QCOMPARE(sliceDur.size(), closed);
        // Each slice stands for two events (awaiting and settled), each instant for one.
        QCOMPARE(instants + 2 * closed, trace.size());
    }

    void sameInstantKeepsItsOrder()
    {
        ys::Trace trace;
        trace.append(500, ys::Actor::Consumer, ys::Kind::NextCalled, 0, 1);
        trace.append(500, ys::Actor::Producer, ys::Kind::Resumed, 0, 2);
        trace.append(500, ys::Actor::Producer, ys::Kind::Yielded, trace.intern("3"), 3);
        trace.append(1000, ys::Actor::Consumer, ys::Kind::ValueReceived, trace.intern("3"), 4);
        const std::string json = ys::chromeTraceJson(trace, "");
        QVERIFY(json.find(R"("ts":500000,)") != std::string::npos);
        QVERIFY(json.find(R"("ts":500000.001,)") != std::string::npos);
        QVERIFY(json.find(R"("ts":500000.002,)") != std::string::npos);
        QVERIFY(json.find(R"("ts":1000000,)") != std::string::npos);
        QVERIFY(json.find(R"("value":3)") != std::string::npos);
    }

    void overlappingSpansGetRowsOfTheirOwn()
    {
        // Three requests at once, settling in another order: a viewer needs each thread's
        // slices to nest, so the later ones go on rows of their own.
        ys::Trace trace;
        for (const char* label : {R"("fetch a")", R"("fetch b")", R"("fetch c")"})
            trace.openSpan(trace.append(0, ys::Actor::Source, ys::Kind::Awaiting, trace.intern(label), 1));
        trace.closeSpan(
            1, trace.append(100, ys::Actor::Source, ys::Kind::Settled, trace.intern(R"("fetch b")"), 1));
        trace.closeSpan(
            2, trace.append(200, ys::Actor::Source, ys::Kind::Settled, trace.intern(R"("fetch c")"), 1));
        trace.closeSpan(
            0, trace.append(300, ys::Actor::Source, ys::Kind::Settled, trace.intern(R"("fetch a")"), 1));
        const ys::JsonValue root = exportOf(trace);
        std::set<long long> tids;
        for (const ys::JsonValue& e : member(root, "traceEvents").items) {
            if (member(e, "ph").text == "X") tids.insert(integer(member(e, "tid")));
        }
        QCOMPARE(tids.size(), std::size_t{3});
    }

    // Two generators read by two loops: each gets a thread named after its lane and itself,
    // and its events go there; an event of no instance stays on its lane's thread.
    void eachInstanceGetsAThreadOfItsOwn()
    {
        ys::Trace trace;
        const std::uint16_t numbers = trace.addInstance("numbers, line 1");
        const std::uint16_t loop = trace.addInstance("for await, line 12");
        trace.setInstance(trace.append(0, ys::Actor::Consumer, ys::Kind::NextCalled, 0, 12), loop);
        trace.setInstance(trace.append(0, ys::Actor::Producer, ys::Kind::Resumed, 0, 2), numbers);
        trace.append(0, ys::Actor::Console, ys::Kind::Log, trace.intern(R"("hi")"), 20);
        const ys::JsonValue root = exportOf(trace);
        std::map<long long, std::string> threads;
        std::map<std::string, long long> tidOfKind;
        for (const ys::JsonValue& e : member(root, "traceEvents").items) {
            if (member(e, "ph").text == "M" && member(e, "name").text == "thread_name")
                threads[integer(member(e, "tid"))] = member(member(e, "args"), "name").text;
            if (member(e, "ph").text == "i") tidOfKind[member(e, "name").text] = integer(member(e, "tid"));
        }
        QCOMPARE(threads[tidOfKind["next_called"]],
                 std::string("for await loop (consumer) \u00b7 for await, line 12"));
        QCOMPARE(threads[tidOfKind["resumed"]],
                 std::string("generator / iterator (producer) \u00b7 numbers, line 1"));
        QCOMPARE(threads[tidOfKind["log"]], std::string("console"));
        QCOMPARE(threads.size(), std::size_t{6});
    }

    void emptyRunIsValid()
    {
        const ys::Trace trace;
        const ys::JsonValue root = exportOf(trace);
        QCOMPARE(member(root, "traceEvents").items.size(), std::size_t{1 + 2 * ys::kActorCount});
    }

    // A time near the largest a trace holds is written exactly, without overflowing × 1000.
    void hugeTimesAreExact()
    {
        ys::Trace trace;
        constexpr std::int64_t kLast = std::numeric_limits<std::int64_t>::max();
        trace.openSpan(trace.append(0, ys::Actor::Source, ys::Kind::Awaiting, trace.intern(R"("far")"), 1));
        trace.closeSpan(
            0, trace.append(kLast, ys::Actor::Source, ys::Kind::Settled, trace.intern(R"("far")"), 1));
        trace.append(kLast, ys::Actor::Consumer, ys::Kind::ValueReceived, trace.intern("1"), 2);
        trace.append(kLast, ys::Actor::Consumer, ys::Kind::ValueReceived, trace.intern("2"), 2);
        const std::string json = ys::chromeTraceJson(trace, "");
        QVERIFY(json.find(R"("dur":9223372036854775807000,)") != std::string::npos);
        QVERIFY(json.find(R"("ts":9223372036854775807000.001,)") != std::string::npos);
        QVERIFY(json.find(R"("ts":9223372036854775807000.002,)") != std::string::npos);
        QVERIFY(exportOf(trace).find("traceEvents") != nullptr);
        // 9.3e15 ms, just past where t × 1000 overflowed.
        ys::Trace past;
        past.append(9'300'000'000'000'000, ys::Actor::Consumer, ys::Kind::NextCalled, 0, 1);
        QVERIFY(ys::chromeTraceJson(past, "").find(R"("ts":9300000000000000000,)") != std::string::npos);
    }

    // A long run is handed over in pieces of about a megabyte (memory does not grow with the
    // run), the pieces make the same file, and Cancel stops it between two pieces.
    void longRunIsWrittenInPieces()
    {
        const ys::Demo* demo = ys::findDemo("pagination");
        ys::Params params = demo->defaults();
        params.assign("users=20000");
        params.assign("pageSize=1");
        ys::Engine engine(*demo, params);
        engine.runToEnd();
        const std::string whole = ys::chromeTraceJson(engine.trace(), "pagination");
        QVERIFY(whole.size() > std::size_t{8} << 20);
        std::string joined;
        std::size_t pieces = 0;
        std::size_t largest = 0;
        std::size_t lastDone = 0;
        const bool written = ys::writeChromeTrace(
            engine.trace(), "pagination",
            [&](std::string_view piece) {
                ++pieces;
                largest = std::max(largest, piece.size());
                joined += piece;
                return true;
            },
            [&](std::size_t done, std::size_t total) {
                lastDone = done;
                return total == engine.trace().size();
            });
        QVERIFY(written);
        QVERIFY(joined == whole);
        QVERIFY(pieces > 8);
        QVERIFY(largest < std::size_t{2} << 20);
        QCOMPARE(lastDone, engine.trace().size());

        std::size_t piecesBeforeCancel = 0;
        const bool cancelled = !ys::writeChromeTrace(
            engine.trace(), "pagination",
            [&](std::string_view) {
                ++piecesBeforeCancel;
                return true;
            },
            [](std::size_t, std::size_t) { return false; });
        QVERIFY(cancelled);
        QCOMPARE(piecesBeforeCancel, std::size_t{1});
    }

    void commandLineWritesIt()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath("run.json");
        QProcess p;
        p.start(YS_APP, {"--demo", "countdown", "--set", "from=2", "--chrome-trace", target});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardError().isEmpty());
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ys::JsonValue root = ys::parseJson(f.readAll().toStdString());
        QVERIFY(member(root, "traceEvents").items.size() > std::size_t{2} * ys::kActorCount);
    }

    void commandLineRefusesBadTarget_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing directory")
            << QStringList{"--demo", "countdown", "--chrome-trace", "MISSINGDIR/x.json"} << "cannot write '";
        QTest::newRow("empty target")
            << QStringList{"--demo", "countdown", "--chrome-trace", ""} << "--chrome-trace needs a file name";
        QTest::newRow("no target") << QStringList{"--demo", "countdown", "--chrome-trace"}
                                   << "Missing value after '--chrome-trace'";
        QTest::newRow("no demo") << QStringList{"--chrome-trace", "OUT"}
                                 << "--chrome-trace needs --demo NAME";
    }

    void commandLineRefusesBadTarget()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (QString& a : args) {
            if (a == "OUT" || a.startsWith("MISSINGDIR")) a = dir.filePath(a);
        }
        QProcess p;
        p.start(YS_APP, args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.startsWith("yieldscope: "), err.constData());
        QVERIFY2(err.contains(message.toUtf8()), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChromeTrace)
#include "tst_chrome_trace.moc"
