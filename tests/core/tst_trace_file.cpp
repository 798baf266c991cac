// Trace files: every demo's run survives a write and a read, a file without a header reads as
// a run of an unknown demo, and every bad form is refused with a message naming its line.
#include "demo.hpp"
#include "engine.hpp"
#include "json_value.hpp"
#include "trace_file.hpp"
#include "trace_jsonl.hpp"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <string>

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

std::string plainTrace(const Trace& trace)
{
    std::string out;
    for (std::size_t seq = 0; seq < trace.size(); ++seq)
        appendEventJsonl(out, trace, seq);
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
        file.annotations = {{0, "the loop asks for the first value"},
                            {file.trace.size() - 1, "quotes \" \\ and a line break\n, ünïcödé, 🙂"}};
        const std::string text = traceFileText(file);
        const TraceFile back = readTraceFile(text);
        QCOMPARE(back.demo, &d);
        QVERIFY(back.params == file.params);
        QVERIFY(back.annotations == file.annotations);
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

    void readsAFileWithoutHeader()
    {
        const Demo& d = *findDemo("range");
        const TraceFile file = runOf(d, d.defaults());
        const TraceFile back = readTraceFile(plainTrace(file.trace));
        QVERIFY(back.demo == nullptr);
        QVERIFY(back.annotations.empty());
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
        QCOMPARE(errorLoading(dir.path()), QString("cannot read the file: Is a directory"));
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
