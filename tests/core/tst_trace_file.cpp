// SPDX-License-Identifier: MIT
// Trace files: every demo's run survives a write and a read, a file without a header reads as
// a run of an unknown demo, every bad form is refused with a message naming its line, and a
// long read or write reports its progress and stops when cancelled.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/io/json_value.hpp"
#include "core/io/trace_file.hpp"
#include "core/io/trace_jsonl.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <future>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ys;

namespace {

const std::string kHeader =
    R"({"format":"yieldscope-trace","version":1,"demo":"countdown","params":{"from":3,"ms":500},"annotations":[]})"
    "\n";
const std::string kEvent0 =
    R"({"seq":0,"t":0,"actor":"consumer","kind":"next_called","value":null,"line":16})"
    "\n";
const std::string kEvent1 = R"({"seq":1,"t":500,"actor":"producer","kind":"yielded","value":3,"line":4})"
                            "\n";

TraceFile runOf(const Demo& demo, const Params& params)
{
    Engine engine(demo, params);
    engine.runToEnd();
    TraceFile file;
    file.demo = &demo;
    file.params = params;
    file.trace = engine.trace();
    return file;
}

TraceFile runOf(const QString& demo, const QString& assignment)
{
    const Demo& d = *findDemo(demo.toStdString());
    Params params = d.defaults();
    if (!assignment.isEmpty()) params.assign(assignment.toStdString());
    return runOf(d, params);
}

// Writes `file` as run.jsonl in `dir`; its path.
std::string writeToDisk(const QTemporaryDir& dir, const TraceFile& file)
{
    const QString path = dir.filePath("run.jsonl");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)) return {};
    const std::string text = traceFileText(file);
    out.write(text.data(), static_cast<qint64>(text.size()));
    return path.toStdString();
}

std::string plainTrace(const Trace& trace)
{
    std::string out;
    for (std::size_t seq = 0; seq < trace.size(); ++seq)
        appendEventJsonl(out, trace, seq);
    return out;
}

// An event line (without its break) of exactly `size` bytes, its value padded to fit.
// (Escaped: moc misreads raw strings that end in a quote.)
std::string lineOfSize(std::size_t size)
{
    // NOLINTNEXTLINE(modernize-raw-string-literal)
    const std::string head = "{\"seq\":0,\"t\":0,\"actor\":\"console\",\"kind\":\"log\",\"value\":\"";
    const std::string tail = "\",\"line\":null}"; // NOLINT(modernize-raw-string-literal)
    return head + std::string(size - head.size() - tail.size(), 'x') + tail;
}

std::string crOnly(const std::string& text)
{
    std::string out = text;
    for (char& c : out) {
        if (c == '\n') c = '\r';
    }
    return out;
}

QString errorOf(const std::string& bytes)
{
    try {
        (void)readTraceFile(bytes);
    } catch (const TraceFileError& e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("(read without error)");
}

} // namespace

// moc misreads some raw string literals holding quotes and backslashes, so the test data
// keeps them escaped.
// NOLINTBEGIN(modernize-raw-string-literal)
class TestTraceFile : public QObject {
    Q_OBJECT

private slots:
    void roundTripsEveryDemo_data()
    {
        QTest::addColumn<QString>("demo");
        for (const Demo* demo : allDemos())
            QTest::newRow(demo->name.c_str()) << QString::fromStdString(demo->name);
    }
    void roundTripsEveryDemo()
    {
        QFETCH(QString, demo);
        const Demo& d = *findDemo(demo.toStdString());
        TraceFile file = runOf(d, d.defaults());
        QVERIFY(file.trace.size() > 0);
        file.notes = {{0, "the loop asks for the first value"},
                      {file.trace.size() - 1, "quotes \" \\ and a line break\n, ünïcödé, 🙂"}};
        const std::string text = traceFileText(file);
        const TraceFile back = readTraceFile(text);
        QCOMPARE(back.demo, &d);
        QVERIFY(back.params == file.params);
        QVERIFY(back.notes == file.notes);
        QVERIFY(sameTrace(back.trace, file.trace));
        // Written again, byte for byte the same.
        QCOMPARE(traceFileText(back), text);
        // The events are exactly what --trace writes.
        QCOMPARE(text.substr(text.find('\n') + 1), plainTrace(file.trace));
    }

    void roundTripsChangedParameters()
    {
        const Demo& d = *findDemo("pagination");
        Params p = d.defaults();
        p.assign("users=4");
        p.assign("breakAfter=2");
        const TraceFile file = runOf(d, p);
        const TraceFile back = readTraceFile(traceFileText(file));
        QVERIFY(back.params == p);
        QVERIFY(sameTrace(back.trace, file.trace));
    }

    // A run of two generators read by two loops: every event keeps its instance, the names
    // their ids, and a file of a run with one generator reads as before (instance 0).
    void roundTripsInstances()
    {
        TraceFile file;
        Trace& t = file.trace;
        const std::uint16_t numbers = t.addInstance("numbers, line 1");
        const std::uint16_t letters = t.addInstance("letters, line 5");
        const std::uint16_t loopA = t.addInstance("for await, line 12");
        const std::uint16_t loopB = t.addInstance("for await, line 15");
        const std::uint16_t ids[] = {loopA, numbers, numbers, loopA, loopB, letters, letters, loopB, 0};
        const Actor actors[] = {Actor::Consumer, Actor::Producer, Actor::Producer,
                                Actor::Consumer, Actor::Consumer, Actor::Producer,
                                Actor::Producer, Actor::Consumer, Actor::Console};
        const Kind kinds[] = {Kind::NextCalled,    Kind::Resumed,       Kind::Yielded,
                              Kind::ValueReceived, Kind::NextCalled,    Kind::Resumed,
                              Kind::Yielded,       Kind::ValueReceived, Kind::Log};
        for (std::size_t i = 0; i < std::size(ids); ++i) {
            const std::size_t seq =
                t.append(static_cast<std::int64_t>(i), actors[i], kinds[i], t.intern("null"), 3);
            if (ids[i] != 0) t.setInstance(seq, ids[i]);
        }
        const std::string text = traceFileText(file);
        QVERIFY(
            text.find(
                R"("instances":["numbers, line 1","letters, line 5","for await, line 12","for await, line 15"])") !=
            std::string::npos);
        QVERIFY(text.find(R"("line":3,"instance":3})") != std::string::npos);
        const TraceFile back = readTraceFile(text);
        QCOMPARE(back.trace.instanceNames(), t.instanceNames());
        for (std::size_t i = 0; i < std::size(ids); ++i)
            QCOMPARE(back.trace.instance(i), ids[i]);
        QVERIFY(sameTrace(back.trace, t));
        QCOMPARE(traceFileText(back), text);

        // Without instances: no field is written and every event reads as instance 0.
        const TraceFile plain = readTraceFile(kHeader + kEvent0 + kEvent1);
        QCOMPARE(plain.trace.instanceNames().size(), std::size_t{1});
        QCOMPARE(plain.trace.instance(1), std::uint16_t{0});
        QVERIFY(traceFileText(plain).find("instance") == std::string::npos);
    }

    void readsAFileWithoutHeader()
    {
        const Demo& d = *findDemo("range");
        const TraceFile file = runOf(d, d.defaults());
        const TraceFile back = readTraceFile(plainTrace(file.trace));
        QVERIFY(back.demo == nullptr);
        QVERIFY(back.notes.empty());
        QVERIFY(sameTrace(back.trace, file.trace));
        // Saved again, it gets a header with no demo, and reads back the same.
        const std::string text = traceFileText(back);
        QVERIFY(text.rfind(R"({"format":"yieldscope-trace","version":1,"demo":null,)", 0) == 0);
        QVERIFY(sameTrace(readTraceFile(text).trace, file.trace));
    }

    void acceptsCrLfAndALastLineWithoutBreak()
    {
        std::string text = kHeader + kEvent0 + kEvent1;
        text.pop_back(); // no final line break
        QCOMPARE(readTraceFile(text).trace.size(), std::size_t(2));
        std::string crlf;
        for (char c : kHeader + kEvent0)
            crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        QCOMPARE(readTraceFile(crlf).trace.size(), std::size_t(1));
    }

    // The longest line the contract allows (1 MiB, without its break) is read, with LF or CR LF.
    void acceptsALineOfExactly1MiB()
    {
        const std::string line = lineOfSize(std::size_t{1} << 20);
        QCOMPARE(readTraceFile(kHeader + line + "\n").trace.size(), std::size_t(1));
        QCOMPARE(readTraceFile(kHeader + line + "\r\n").trace.size(), std::size_t(1));
        QCOMPARE(readTraceFile(kHeader + line).trace.size(), std::size_t(1));
    }

    // Some editors save a UTF-8 byte-order mark: at the start of the file it is skipped.
    void skipsAByteOrderMarkAtTheStart()
    {
        QCOMPARE(readTraceFile("\xEF\xBB\xBF" + kHeader + kEvent0 + kEvent1).trace.size(), std::size_t(2));
        QCOMPARE(readTraceFile("\xEF\xBB\xBF" + kEvent0).trace.size(), std::size_t(1));
    }

    // The latest t the contract allows is read and kept exactly.
    void acceptsTheLatestTime()
    {
        const std::string text =
            R"({"seq":0,"t":0,"actor":"source","kind":"awaiting","value":1,"line":null})"
            "\n"
            R"({"seq":1,"t":9007199254740991,"actor":"source","kind":"settled","value":1,"line":65535})"
            "\n";
        const TraceFile file = readTraceFile(text);
        QCOMPARE(file.trace[1].t, kTraceFileMaxTime);
        QCOMPARE(file.trace.spans()[0].end, std::uint32_t(1));
    }

    void normalisesValues()
    {
        const std::string text = "{\"seq\":0,\"t\":0,\"actor\":\"console\",\"kind\":\"log\",\"value\": { "
                                 "\"a\" : [1, 2.5e3, \"\\u00e9\\ud83d\\ude42\\/\"] },\"line\":null}"
                                 "\n";
        const TraceFile file = readTraceFile(text);
        QCOMPARE(std::string(file.trace.valueText(file.trace[0])),
                 std::string(R"({"a":[1,2.5e3,"é🙂/"]})"));
        QCOMPARE(file.trace[0].line, std::uint16_t(0));
    }

    void pairsSpans()
    {
        const std::string text =
            R"({"seq":0,"t":0,"actor":"source","kind":"awaiting","value":"setTimeout 5","line":2})"
            "\n"
            R"({"seq":1,"t":0,"actor":"source","kind":"awaiting","value":"setTimeout 5","line":2})"
            "\n"
            R"({"seq":2,"t":5,"actor":"source","kind":"settled","value":"setTimeout 5","line":2})"
            "\n"
            R"({"seq":3,"t":5,"actor":"source","kind":"settled","value":"setTimeout 5","line":2})"
            "\n";
        const TraceFile file = readTraceFile(text);
        QCOMPARE(file.trace.spans().size(), std::size_t(2));
        QCOMPARE(file.trace.spans()[0].end, std::uint32_t(2));
        QCOMPARE(file.trace.spans()[1].end, std::uint32_t(3));
    }

    // Each settled closes the oldest open awaiting of its operation, whatever else is open.
    void pairsInterleavedSpans()
    {
        auto ev = [](int seq, const char* kind, const char* value) {
            return std::string("{\"seq\":") + std::to_string(seq) +
                   ",\"t\":0,\"actor\":\"source\",\"kind\":\"" + kind + "\",\"value\":\"" + value +
                   "\",\"line\":null}" + "\n";
        };
        const std::string text = ev(0, "awaiting", "a") + ev(1, "awaiting", "b") + ev(2, "awaiting", "a") +
                                 ev(3, "settled", "a") + ev(4, "settled", "c") + ev(5, "awaiting", "a") +
                                 ev(6, "settled", "b") + ev(7, "settled", "a") + ev(8, "settled", "a") +
                                 ev(9, "settled", "a");
        const TraceFile file = readTraceFile(text);
        QCOMPARE(file.trace.spans().size(), std::size_t(4));
        const std::uint32_t ends[] = {3, 6, 7, 8};
        for (std::size_t i = 0; i < 4; ++i)
            QCOMPARE(file.trace.spans()[i].end, ends[i]);
    }

    // Pairing spans takes memory for the spans open, not for every operation seen: a file of
    // 50,000 operations, each awaited and settled at once, peaks at about the heap of the same
    // file with `log` events (before, a queue per operation was kept to the end: 20 times as much).
    void pairingMemoryFollowsTheOpenSpans()
    {
        auto fileOf = [](const char* first, const char* second) {
            std::string text;
            for (int i = 0; i < 50000; ++i) {
                for (int k = 0; k < 2; ++k) {
                    text += "{\"seq\":" + std::to_string(2 * i + k) +
                            ",\"t\":0,\"actor\":\"source\",\"kind\":\"" + (k == 0 ? first : second) +
                            "\",\"value\":\"op " + std::to_string(i) +
                            "\",\"line\":null}"
                            "\n";
                }
            }
            return text;
        };
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto peakHeap = [&](const std::string& text) {
            const QString path = dir.filePath("m.jsonl");
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly)) return std::size_t(0);
            out.write(text.data(), static_cast<qint64>(text.size()));
            out.close();
            const std::size_t base = mallinfo2().uordblks;
            std::size_t peak = 0;
            (void)loadTraceFile(path.toStdString(), [&](std::uint64_t, std::uint64_t) {
                const std::size_t now = mallinfo2().uordblks;
                peak = std::max(peak, now - std::min(base, now));
                return true;
            });
            return peak;
        };
        const std::size_t spans = peakHeap(fileOf("awaiting", "settled"));
        const std::size_t logs = peakHeap(fileOf("log", "log"));
        qInfo("peak heap while reading: %zu KiB with spans, %zu KiB with logs", spans >> 10, logs >> 10);
        QVERIFY2(spans <= logs + logs / 2 + (std::size_t{1} << 20),
                 qPrintable(QString("%1 KiB with spans, %2 KiB with logs").arg(spans >> 10).arg(logs >> 10)));
    }

    // A FIFO, a device or a folder is refused at once, before anything is read: reading a FIFO
    // would wait for a writer that may never come, where no Cancel reaches.
    void refusesSpecialFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string fifo = dir.filePath("fifo").toStdString();
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        auto errorLoading = [](const std::string& p) {
            try {
                (void)loadTraceFile(p);
            } catch (const TraceFileError& e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        };
        auto pending = std::async(std::launch::async, errorLoading, fifo);
        if (pending.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
            // Unblock the reader so the test can end, then fail.
            const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) ::close(fd);
            QFAIL("reading a FIFO blocked");
        }
        QCOMPARE(pending.get(),
                 QString("cannot open the file: it is a named pipe (FIFO), not a regular file"));
        QCOMPARE(errorLoading("/dev/zero"),
                 QString("cannot open the file: it is a device, not a regular file"));
        QCOMPARE(errorLoading(dir.path().toStdString()),
                 QString("cannot open the file: it is a folder, not a regular file"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const std::string& bytes, const char* message) {
            QTest::newRow(name) << QByteArray::fromStdString(bytes) << QString::fromUtf8(message);
        };
        const std::string header = kHeader;
        row("empty file", "", "the file is empty");
        row("empty line", header + "\n" + kEvent0, "line 2: empty line");
        row("truncated mid-line", header + kEvent0 + "{\"seq\":1,\"t\":500,\"actor\":\"prod",
            "line 3: the file ends in the middle of this line (truncated)");
        row("not JSON", "hello\n", "line 1: not JSON: expected a value (column 1)");
        row("not an object", "[1,2]\n", "line 1: expected a JSON object, found an array");
        row("neither header nor event", "{\"a\":1}\n",
            "line 1: neither a trace header (no \"format\") nor an event (no \"seq\")");
        row("unknown format",
            R"({"format":"other","version":1,"demo":null})"
            "\n",
            R"(line 1: unknown format "other" (expected "yieldscope-trace"))");
        row("unknown version",
            R"({"format":"yieldscope-trace","version":2,"demo":null})"
            "\n",
            "line 1: unsupported version 2 (this Yieldscope reads version 1)");
        row("version not an integer",
            R"({"format":"yieldscope-trace","version":"1","demo":null})"
            "\n",
            R"(line 1: "version" must be an integer, found a string)");
        row("no demo",
            R"({"format":"yieldscope-trace","version":1})"
            "\n",
            R"(line 1: missing field "demo")");
        row("unknown demo",
            R"({"format":"yieldscope-trace","version":1,"demo":"nope"})"
            "\n",
            ("line 1: unknown demo \"nope\" (demos: " + demoNames() + ")").c_str());
        row("unknown header field",
            R"({"format":"yieldscope-trace","version":1,"demo":null,"x":1})"
            "\n",
            R"(line 1: unknown header field "x")");
        row("bad parameter",
            R"({"format":"yieldscope-trace","version":1,"demo":"countdown","params":{"from":-1}})"
            "\n",
            "line 1: parameter 'from' of demo 'countdown' must be an integer from 0 to 1000000, got '-1'");
        row("annotation past the end",
            R"({"format":"yieldscope-trace","version":1,"demo":null,"annotations":[{"seq":5,"text":"x"}]})"
            "\n" +
                kEvent0,
            "line 1: an annotation is for seq 5 but the trace has 1 events");
        row("unknown kind",
            R"({"seq":0,"t":0,"actor":"consumer","kind":"jumped","value":null,"line":1})"
            "\n",
            "line 1: unknown kind \"jumped\" (kinds: next_called, return_called, resumed, awaiting, "
            "settled, yielded, value_received, done, cleanup, error, log, arrived, buffer)");
        row("unknown actor",
            header + R"({"seq":0,"t":0,"actor":"referee","kind":"log","value":null,"line":1})"
                     "\n",
            "line 2: unknown actor \"referee\" (actors: consumer, producer, source, console)");
        row("seq out of order", header + kEvent0 + kEvent0,
            "line 3: seq 0 where 1 was expected (events are "
            "numbered in order from 0)");
        row("seq not from 0", kEvent1,
            "line 1: seq 1 where 0 was expected (events are numbered in order from 0)");
        row("t going backwards",
            header + kEvent0 + kEvent1 +
                R"({"seq":2,"t":300,"actor":"consumer","kind":"next_called","value":null,"line":16})"
                "\n",
            "line 4: t goes backwards: 300 after 500");
        row("negative t",
            R"({"seq":0,"t":-1,"actor":"consumer","kind":"log","value":null,"line":1})"
            "\n",
            "line 1: t -1 is negative");
        row("value not JSON",
            header + R"({"seq":0,"t":0,"actor":"consumer","kind":"log","value":undefined,"line":1})"
                     "\n",
            "line 2: the value is not valid JSON: expected a value (column 56)");
        row("missing field",
            R"({"seq":0,"t":0,"actor":"consumer","kind":"log","line":1})"
            "\n",
            R"(line 1: missing field "value")");
        row("extra field",
            R"({"seq":0,"t":0,"actor":"consumer","kind":"log","value":1,"line":1,"x":2})"
            "\n",
            R"(line 1: unknown event field "x")");
        row("duplicate field",
            R"({"seq":0,"t":0,"t":0,"actor":"consumer","kind":"log","value":1,"line":1})"
            "\n",
            R"(line 1: the field "t" appears twice)");
        row("line zero",
            R"({"seq":0,"t":0,"actor":"consumer","kind":"log","value":1,"line":0})"
            "\n",
            R"(line 1: "line" must be null or from 1 to 65535, found 0)");
        row("seq a fraction",
            R"({"seq":0.5,"t":0,"actor":"consumer","kind":"log","value":1,"line":1})"
            "\n",
            R"(line 1: "seq" must be an integer, found 0.5)");
        row("seq too large",
            R"({"seq":99999999999999999999,"t":0,"actor":"consumer","kind":"log","value":1,"line":1})"
            "\n",
            R"(line 1: "seq" must be an integer, found 99999999999999999999)");
        row("lone surrogate",
            "{\"seq\":0,\"t\":0,\"actor\":\"console\",\"kind\":\"log\",\"value\":\"\\ud83d\",\"line\":1}"
            "\n",
            "line 1: the value is not valid JSON: a \\u escape is a lone high surrogate (column 62)");
        row("invalid UTF-8",
            "{\"seq\":0,\"t\":0,\"actor\":\"console\",\"kind\":\"log\",\"value\":\"\xC3\x28\",\"line\":1}\n",
            "line 1: the value is not valid JSON: invalid UTF-8 in a string (column 56)");
        row("too deep",
            R"({"seq":0,"t":0,"actor":"console","kind":"log","value":)" + std::string(100, '[') +
                std::string(100, ']') + ",\"line\":1}\n",
            "line 1: the value is not valid JSON: nested more than 64 deep (column 118)");
        row("line of many megabytes",
            header + "{\"seq\":0,\"t\":0,\"actor\":\"console\",\"kind\":\"log\",\"value\":\"" +
                std::string(3 << 20, 'x') + "\",\"line\":1}\n",
            "line 2: the line is longer than 1 MiB (a trace file's lines are short)");
        row("line one byte over 1 MiB", header + lineOfSize((std::size_t{1} << 20) + 1) + "\n",
            "line 2: the line is longer than 1 MiB (a trace file's lines are short)");
        row("line one byte over 1 MiB before CR LF", header + lineOfSize((std::size_t{1} << 20) + 1) + "\r\n",
            "line 2: the line is longer than 1 MiB (a trace file's lines are short)");
        row("t past 2^53 - 1",
            R"({"seq":0,"t":0,"actor":"source","kind":"awaiting","value":1,"line":null})"
            "\n"
            R"({"seq":1,"t":9223372036854775807,"actor":"source","kind":"settled","value":1,"line":null})"
            "\n",
            "line 2: t 9223372036854775807 is past the latest time a trace may hold, 9007199254740991 ms "
            "(2^53 - 1)");
        row("t just past 2^53 - 1",
            R"({"seq":0,"t":9007199254740992,"actor":"console","kind":"log","value":1,"line":null})"
            "\n",
            "line 1: t 9007199254740992 is past the latest time a trace may hold, 9007199254740991 ms "
            "(2^53 - 1)");
        row("line past 65535",
            R"({"seq":0,"t":0,"actor":"console","kind":"log","value":1,"line":65536})"
            "\n",
            R"(line 1: "line" must be null or from 1 to 65535, found 65536)");
        row("byte-order mark on a later line", header + "\xEF\xBB\xBF" + kEvent0,
            "line 2: the line starts with a byte-order mark (U+FEFF), which only the first line may have");
        row("CR-only line endings",
            header + kEvent0.substr(0, kEvent0.size() - 1) + "\r" + kEvent1.substr(0, kEvent1.size() - 1) +
                "\r",
            "line 2: lines end with CR only (a trace file's lines end with LF or CR LF)");
        row("CR-only line endings, all of the file", crOnly(kHeader + kEvent0 + kEvent1),
            "line 1: lines end with CR only (a trace file's lines end with LF or CR LF)");
        const std::string named =
            R"({"format":"yieldscope-trace","version":1,"demo":null,"instances":["numbers, line 1"]})"
            "\n";
        row("instance not named",
            named +
                R"({"seq":0,"t":0,"actor":"producer","kind":"resumed","value":null,"line":1,"instance":2})"
                "\n",
            R"(line 2: "instance" 2 is not one the header names (it names 1, ids from 1))");
        row("instance without names",
            R"({"seq":0,"t":0,"actor":"producer","kind":"resumed","value":null,"line":1,"instance":1})"
            "\n",
            R"(line 1: "instance" 1 is not one the header names (it names 0, ids from 1))");
        row("instance negative",
            named +
                R"({"seq":0,"t":0,"actor":"producer","kind":"resumed","value":null,"line":1,"instance":-1})"
                "\n",
            R"(line 2: "instance" -1 is not one the header names (it names 1, ids from 1))");
        row("instance not an integer",
            named +
                R"({"seq":0,"t":0,"actor":"producer","kind":"resumed","value":null,"line":1,"instance":"1"})"
                "\n",
            R"(line 2: "instance" must be an integer, found a string)");
        row("instances not an array",
            R"({"format":"yieldscope-trace","version":1,"demo":null,"instances":"numbers"})"
            "\n",
            R"(line 1: "instances" must be an array of names, found a string)");
        row("instance name not a string",
            R"({"format":"yieldscope-trace","version":1,"demo":null,"instances":[7]})"
            "\n",
            "line 1: an instance's name must be a string, found a number");
        row("instance name too long",
            std::string(R"({"format":"yieldscope-trace","version":1,"demo":null,"instances":[)") + '"' +
                std::string(201, 'n') + "\"]}\n",
            ("line 1: an instance's name is 201 bytes long (at most 200): \"" + std::string(60, 'n') + "…\"")
                .c_str());
        std::string manyNames = R"({"format":"yieldscope-trace","version":1,"demo":null,"instances":[)";
        for (int i = 0; i < 65536; ++i)
            manyNames += i == 0 ? "\"g\"" : ",\"g\"";
        row("too many instances", manyNames + "]}\n",
            R"(line 1: "instances" names 65536 generators and loops (at most 65535))");
        std::string manyCrLines;
        for (int i = 0; i < 20000; ++i)
            manyCrLines +=
                "{\"seq\":" + std::to_string(i) +
                R"(,"t":0,"actor":"console","kind":"log","value":"a long enough line","line":null})"
                "\r";
        row("CR-only line endings, longer than 1 MiB", manyCrLines,
            "line 1: lines end with CR only (a trace file's lines end with LF or CR LF)");
    }
    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QCOMPARE(errorOf(bytes.toStdString()), message);
    }

    void readsFromDisk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Demo& d = *findDemo("countdown");
        const TraceFile file = runOf(d, d.defaults());
        const QString path = dir.filePath("run.jsonl");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const std::string text = traceFileText(file);
        out.write(text.data(), static_cast<qint64>(text.size()));
        out.close();
        QVERIFY(sameTrace(loadTraceFile(path.toStdString()).trace, file.trace));

        // Not there, and not a file.
        auto errorLoading = [](const QString& p) {
            try {
                (void)loadTraceFile(p.toStdString());
            } catch (const TraceFileError& e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        };
        QCOMPARE(errorLoading(dir.filePath("missing.jsonl")),
                 QString("cannot open the file: No such file or directory"));
        QCOMPARE(errorLoading(dir.path()),
                 QString("cannot open the file: it is a folder, not a regular file"));
    }

    // Reading with progress: done only grows, every report has the file's size as its total,
    // and the last one is the whole file; the trace read is the same as without progress.
    void loadReportsProgress_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("assignment"); // empty: the defaults
        QTest::addColumn<int>("minimumReports");
        QTest::newRow("one chunk") << "countdown" << QString() << 1;
        QTest::newRow("many chunks") << "pagination"
                                     << "users=3000" << 10;
    }
    void loadReportsProgress()
    {
        QFETCH(QString, demo);
        QFETCH(QString, assignment);
        QFETCH(int, minimumReports);
        QTemporaryDir dir;
        const TraceFile file = runOf(demo, assignment);
        const std::string path = writeToDisk(dir, file);
        const auto size = static_cast<std::uint64_t>(QFileInfo(QString::fromStdString(path)).size());
        std::vector<std::pair<std::uint64_t, std::uint64_t>> reports;
        const std::optional<TraceFile> back =
            loadTraceFile(path, [&reports](std::uint64_t done, std::uint64_t total) {
                reports.emplace_back(done, total);
                return true;
            });
        QVERIFY(back.has_value());
        QVERIFY(sameTrace(back->trace, file.trace));
        QVERIFY(static_cast<int>(reports.size()) >= minimumReports);
        for (std::size_t i = 0; i < reports.size(); ++i) {
            QCOMPARE(reports[i].second, size);
            QVERIFY(reports[i].first <= reports[i].second);
            if (i > 0) QVERIFY(reports[i].first >= reports[i - 1].first);
        }
        QCOMPARE(reports.back().first, size);
    }

    // Cancel, at the first report, midway or at the very last: the read stops there (no
    // report after it) and hands back no trace, not even the part read.
    void loadCancels_data()
    {
        QTest::addColumn<int>("cancelAt"); // the report that cancels, from 1; 0: the last
        QTest::newRow("first report") << 1;
        QTest::newRow("midway") << 10;
        QTest::newRow("last report") << 0;
    }
    void loadCancels()
    {
        QFETCH(int, cancelAt);
        QTemporaryDir dir;
        const std::string path = writeToDisk(dir, runOf("pagination", "users=3000"));
        int reports = 0;
        QVERIFY(loadTraceFile(path, [&reports](std::uint64_t, std::uint64_t) { return ++reports, true; }));
        if (cancelAt == 0) cancelAt = reports;
        int calls = 0;
        const std::optional<TraceFile> back = loadTraceFile(
            path, [&calls, cancelAt](std::uint64_t, std::uint64_t) { return ++calls < cancelAt; });
        QVERIFY(!back.has_value());
        QCOMPARE(calls, cancelAt);
    }

    // Writing with progress: events written of the trace's, growing, ending at (all, all);
    // the bytes are the same as without progress. An empty trace reports (0, 0) once.
    void writeReportsProgress_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<bool>("withEvents"); // false: the header alone
        QTest::addColumn<int>("minimumReports");
        QTest::newRow("no events") << "countdown" << QString() << false << 1;
        QTest::newRow("one chunk") << "countdown" << QString() << true << 1;
        QTest::newRow("many chunks") << "pagination"
                                     << "users=30000" << true << 5;
    }
    void writeReportsProgress()
    {
        QFETCH(QString, demo);
        QFETCH(QString, assignment);
        QFETCH(bool, withEvents);
        QFETCH(int, minimumReports);
        TraceFile file = runOf(demo, assignment);
        if (!withEvents) file.trace = Trace();
        std::string out;
        std::vector<std::pair<std::uint64_t, std::uint64_t>> reports;
        const TraceFileWrite result = writeTraceFile(
            traceFileHeader(file), file.trace,
            [&out](std::string_view bytes) {
                out += bytes;
                return true;
            },
            [&reports](std::uint64_t done, std::uint64_t total) {
                reports.emplace_back(done, total);
                return true;
            });
        QVERIFY(result == TraceFileWrite::Written);
        QCOMPARE(out, traceFileText(file));
        QVERIFY(static_cast<int>(reports.size()) >= minimumReports);
        for (std::size_t i = 0; i < reports.size(); ++i) {
            QCOMPARE(reports[i].second, std::uint64_t{file.trace.size()});
            if (i > 0) QVERIFY(reports[i].first >= reports[i - 1].first);
        }
        QCOMPARE(reports.back().first, std::uint64_t{file.trace.size()});
    }

    // Cancel stops the write at that report: Cancelled, no report after it, and (at the first)
    // only part of the file handed to the sink.
    void writeCancels_data()
    {
        QTest::addColumn<int>("cancelAt"); // from 1; 0: the last
        QTest::newRow("first report") << 1;
        QTest::newRow("last report") << 0;
    }
    void writeCancels()
    {
        QFETCH(int, cancelAt);
        const TraceFile file = runOf("pagination", "users=30000");
        const std::string header = traceFileHeader(file);
        std::string out;
        auto sink = [&out](std::string_view bytes) {
            out += bytes;
            return true;
        };
        int reports = 0;
        QVERIFY(writeTraceFile(header, file.trace, sink, [&reports](std::uint64_t, std::uint64_t) {
                    return ++reports, true;
                }) == TraceFileWrite::Written);
        if (cancelAt == 0) cancelAt = reports;
        const std::size_t whole = out.size();
        out.clear();
        int calls = 0;
        const TraceFileWrite result =
            writeTraceFile(header, file.trace, sink,
                           [&calls, cancelAt](std::uint64_t, std::uint64_t) { return ++calls < cancelAt; });
        QVERIFY(result == TraceFileWrite::Cancelled);
        QCOMPARE(calls, cancelAt);
        if (cancelAt == 1) QVERIFY(out.size() < whole);
    }

    // A sink that fails stops the write at once: no more bytes, no more reports.
    void writeStopsWhenTheSinkFails()
    {
        const TraceFile file = runOf("pagination", "users=30000");
        int chunks = 0;
        int reports = 0;
        const TraceFileWrite result = writeTraceFile(
            traceFileHeader(file), file.trace, [&chunks](std::string_view) { return ++chunks < 2; },
            [&reports](std::uint64_t, std::uint64_t) { return ++reports, true; });
        QVERIFY(result == TraceFileWrite::SinkFailed);
        QCOMPARE(chunks, 2);
        QCOMPARE(reports, 1);
    }

    void parsesJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("compact");
        QTest::newRow("literals") << " [true, false, null] "
                                  << "[true,false,null]";
        QTest::newRow("numbers") << "[0,-0,1.5,-2e-3,1E+2]"
                                 << "[0,-0,1.5,-2e-3,1E+2]";
        QTest::newRow("escapes") << "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0001\""
                                 << "\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\"";
        QTest::newRow("surrogate pair") << "\"\\uD83D\\uDE00\""
                                        << "\"😀\"";
        QTest::newRow("empty containers") << R"({"a":{},"b":[]})"
                                          << R"({"a":{},"b":[]})";
    }
    void parsesJson()
    {
        QFETCH(QString, text);
        QFETCH(QString, compact);
        std::string out;
        appendJsonValue(out, parseJson(text.toStdString()));
        QCOMPARE(QString::fromStdString(out), compact);
    }

    void rejectsBadJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("leading zero") << "01"
                                      << "a number must not start with 0";
        QTest::newRow("bare dot") << "1."
                                  << "a number needs a digit after '.'";
        QTest::newRow("trailing comma") << "[1,]"
                                        << "expected a value";
        QTest::newRow("unquoted key") << "{a:1}"
                                      << "expected a key in double quotes";
        QTest::newRow("unclosed") << "[1"
                                  << "expected ',' or ']' but the text ends";
        QTest::newRow("bad escape") << "\"\\x\""
                                    << "unknown escape '\\x' in a string";
        QTest::newRow("lone low surrogate") << "\"\\uDC00\""
                                            << "a \\u escape is a lone low surrogate";
        QTest::newRow("short hex") << "\"\\u12\""
                                   << "a \\u escape needs four hex digits";
        QTest::newRow("raw control") << "\"a\tb\""
                                     << "a control character in a string must be escaped";
        QTest::newRow("two values") << "1 2"
                                    << "unexpected text after the JSON value";
        QTest::newRow("nothing") << "  "
                                 << "no JSON value";
    }
    void rejectsBadJson()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            (void)parseJson(text.toStdString());
            QFAIL("parsed");
        } catch (const JsonParseError& e) {
            QCOMPARE(QString::fromStdString(e.what()), message);
        }
    }
};

// NOLINTEND(modernize-raw-string-literal)

QTEST_GUILESS_MAIN(TestTraceFile)
#include "tst_trace_file.moc"
