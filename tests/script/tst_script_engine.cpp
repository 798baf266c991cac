// SPDX-License-Identifier: MIT
// The embedded engine on its own: runaway programs stop within the wall-time budget with one
// sentence and keep their events, broken programs say where, uncaught errors become events, the
// host's globals behave as Node's do, and a run after a runaway one is unharmed.
#include "core/io/trace_file.hpp"
#include "core/script/script_engine.hpp"

#include <QElapsedTimer>
#include <QTest>

#include <map>
#include <set>

using namespace ys;
using namespace ys::script;

Q_DECLARE_METATYPE(ys::script::Outcome)

namespace {

std::vector<std::string> logs(const Trace& trace)
{
    std::vector<std::string> out;
    for (const Event& e : trace.events()) {
        if (e.kind == Kind::Log) out.emplace_back(trace.valueText(e));
    }
    return out;
}

} // namespace

class TestScriptEngine : public QObject {
    Q_OBJECT

private slots:
    // Each kind of runaway stops, with its own sentence, inside the 2 s budget (plus setup).
    void runawayStops_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("endless loop") << "console.log('before');\nwhile (true) {}"
                                      << "real time";
        QTest::newRow("endless loop caught by its own try")
            << "console.log('before');\n"
               "async function* g() { try { while (true) {} } catch (e) { yield 1; } }\n"
               "(async () => { for await (const x of g()) console.log(x); })();"
            << "real time";
        QTest::newRow("endless microtask chain")
            << "console.log('before');\n"
               "async function* g() { let i = 0; while (true) yield i++; }\n"
               "(async () => { for await (const x of g()) {} })();"
            << "promise jobs";
        QTest::newRow("endless timer chain") << "console.log('before');\n"
                                                "function tick() { setTimeout(tick, 1000); }\ntick();"
                                             << "timers";
        QTest::newRow("timers far in the future")
            << "console.log('before');\n"
               "function tick() { setTimeout(tick, 86400000 * 30); }\ntick();"
            << "virtual clock";
        QTest::newRow("endless allocation")
            << "console.log('before');\n"
               "const keep = [];\n"
               "for (let i = 0; ; i++) { const s = 'x'.repeat(1 << 22) + i; s.indexOf('y'); keep.push(s); }"
            << "memory";
    }
    void runawayStops()
    {
        QFETCH(QString, program);
        QFETCH(QString, sentence);
        Trace trace;
        Limits limits;
        // Limits reached long before the 2 s, so which one stops the run does not depend on the
        // machine's speed (the defaults are larger; the wall time backs them all up).
        limits.jobs = 2'000;
        limits.timers = 5'000;
        limits.residentGrowth = std::size_t{96} << 20;
        QElapsedTimer clock;
        clock.start();
        const Result r = runScript(program.toStdString(), trace, {}, limits);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.outcome, Outcome::Stopped);
        QVERIFY2(QString::fromStdString(r.message).contains(sentence), r.message.c_str());
        QVERIFY(QString::fromStdString(r.message).endsWith('.'));
        QVERIFY(!QString::fromStdString(r.message).contains('\n'));
        QCOMPARE(logs(trace).front(), std::string("\"before\"")); // the events so far stay
        // The engine is unharmed: the next run works.
        Trace after;
        QCOMPARE(runScript("console.log(1 + 1);", after).outcome, Outcome::Finished);
        QCOMPARE(logs(after), std::vector<std::string>{"\"2\""});
    }

    void runawayRecursionIsAnErrorEvent()
    {
        Trace trace;
        const Result r = runScript("function f(n) { return f(n + 1) + 1; }\nf(0);", trace);
        QCOMPARE(r.outcome, Outcome::Uncaught);
        QVERIFY2(r.message.find("too much recursion") != std::string::npos, r.message.c_str());
        QCOMPARE(trace[trace.size() - 1].kind, Kind::Error);
        // And the program's own try/catch can catch it, as in the engine.
        Trace caught;
        const Result c = runScript("function f(n) { return f(n + 1) + 1; }\n"
                                   "try { f(0); } catch (e) { console.log(e.name); }",
                                   caught);
        QCOMPARE(c.outcome, Outcome::Finished);
        QCOMPARE(logs(caught), std::vector<std::string>{"\"InternalError\""});
    }

    void syntaxErrorSaysWhere_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("for head") << "let a = 1;\nfor (let i = 0; i < 3; i++ {\n}" << 2 << 28 << "missing )";
        QTest::newRow("for await outside async")
            << "const xs = [];\nfor await (const x of xs) {}" << 2 << 5 << "for await";
        QTest::newRow("unclosed string") << "console.log('a);" << 1 << 17 << "not terminated";
        QTest::newRow("inside a for await head")
            << "async function f() {\n  for await (const x of [1] {}\n}" << 2 << 29 << "missing )";
    }
    void syntaxErrorSaysWhere()
    {
        QFETCH(QString, program);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        Trace trace;
        const Result r = runScript(program.toStdString(), trace);
        QCOMPARE(r.outcome, Outcome::SyntaxError);
        QCOMPARE(r.line, line);
        QCOMPARE(r.column, column);
        QVERIFY2(QString::fromStdString(r.message).contains(words), r.message.c_str());
        QVERIFY(trace.empty()); // nothing ran
        const std::string sentence = describe(r);
        QVERIFY2(sentence.rfind("Line " + std::to_string(line) + ", column " + std::to_string(column), 0) ==
                     0,
                 sentence.c_str());
    }

    void uncaughtErrorIsAnEvent_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("top level") << "console.log('a');\nnull.foo;"
                                   << "Uncaught TypeError" << 2;
        QTest::newRow("thrown in a timer") << "setTimeout(() => {\n  throw new Error('late');\n}, 5);"
                                           << "Uncaught Error: late" << 2;
        QTest::newRow("unhandled rejection") << "async function f() {\n  throw new RangeError('no');\n}\nf();"
                                             << "Uncaught (in promise) RangeError: no" << 2;
        QTest::newRow("a thrown string") << "Promise.reject('plain');"
                                         << "Uncaught (in promise) 'plain'" << 0;
    }
    void uncaughtErrorIsAnEvent()
    {
        QFETCH(QString, program);
        QFETCH(QString, message);
        QFETCH(int, line);
        Trace trace;
        const Result r = runScript(program.toStdString(), trace);
        QCOMPARE(r.outcome, Outcome::Uncaught);
        QVERIFY2(QString::fromStdString(r.message).startsWith(message), r.message.c_str());
        QCOMPARE(r.line, line);
        const Event& last = trace[trace.size() - 1];
        QCOMPARE(last.kind, Kind::Error);
        QCOMPARE(int(last.line), line);
    }

    // Globals as Node has them, on the virtual clock, deterministic.
    void globals_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("console.log formats")
            << "console.log('a', 1, -0, [1, 'b'], {x: {y: [1]}}, null, undefined, 2n);\n"
               "console.log('%s is %d', 'n', 42, 'extra');\n"
               "console.log(new Map([[1, 'a']]), new Set([1]), [], {});"
            << QStringList{"\"a 1 -0 [ 1, 'b' ] { x: { y: [ 1 ] } } null undefined 2n\"", "\"n is 42 extra\"",
                           "\"Map(1) { 1 => 'a' } Set(1) { 1 } [] {}\""};
        QTest::newRow("timers in due order, then creation")
            << "setTimeout(() => console.log('b'), 10);\n"
               "setTimeout(() => console.log('a'), 5);\n"
               "setTimeout(() => console.log('c'), 10);\n"
               "const id = setTimeout(() => console.log('x'), 1);\n"
               "clearTimeout(id);"
            << QStringList{"\"a\"", "\"b\"", "\"c\""};
        QTest::newRow("microtasks before the clock moves")
            << "setTimeout(() => console.log('timer'), 0);\n"
               "queueMicrotask(() => console.log('micro'));\n"
               "Promise.resolve().then(() => console.log('then'));"
            << QStringList{"\"micro\"", "\"then\"", "\"timer\""};
        QTest::newRow("interval")
            << "let n = 0;\nconst id = setInterval(() => { console.log(Date.now() - 1767225600000); "
               "if (++n === 3) clearInterval(id); }, 100);"
            << QStringList{"\"100\"", "\"200\"", "\"300\""};
        QTest::newRow("deterministic clock and random")
            << "console.log(new Date().toISOString(), performance.now());\n"
               "console.log(Math.random() === Math.random());"
            << QStringList{"\"2026-01-01T00:00:00.000Z 0\"", "\"false\""};
        QTest::newRow("text")
            << "const b = new TextEncoder().encode('é✓');\nconsole.log(b.length);\n"
               "const d = new TextDecoder();\n"
               "console.log(d.decode(b.slice(0, 3), {stream: true}) + '|' + d.decode(b.slice(3)));"
            << QStringList{"\"5\"", "\"é|✓\""};
        QTest::newRow("process.stdout.write")
            << "process.stdout.write('no newline');" << QStringList{"\"no newline\""};
    }
    void globals()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, expected);
        Trace trace;
        const Result r = runScript(program.toStdString(), trace);
        QVERIFY2(r.outcome == Outcome::Finished, describe(r).c_str());
        QStringList got;
        for (const std::string& s : logs(trace))
            got << QString::fromStdString(s);
        QCOMPARE(got, expected);
    }

    // Several generators at once: each event says which one it belongs to.
    void instancesTellGeneratorsApart()
    {
        Trace trace;
        const Result r = runScript(
            "async function* a() { yield 1; }\nasync function* b() { yield 2; }\n"
            "(async () => {\n  for await (const x of a()) {}\n  for await (const y of b()) {}\n})();",
            trace);
        QVERIFY2(r.outcome == Outcome::Finished, describe(r).c_str());
        std::set<std::string> producers;
        std::set<std::string> loops;
        for (std::size_t seq = 0; seq < trace.size(); ++seq) {
            const std::string& name = trace.instanceNames().at(trace.instance(seq));
            if (trace[seq].actor == Actor::Producer) producers.insert(name);
            if (trace[seq].actor == Actor::Consumer) loops.insert(name);
        }
        QCOMPARE(producers, (std::set<std::string>{"a, line 1", "b, line 2"}));
        QCOMPARE(loops, (std::set<std::string>{"for await, line 4", "for await, line 5"}));
    }

    // Two loops running at once, on one line, each ended by steps only the program's code can
    // tell: every value and `done` is recorded on the loop that received it.
    void loopsAtOnceOnOneLineAreToldApart()
    {
        Trace trace;
        const Result r =
            runScript("const it = (name) => ({ [Symbol.asyncIterator]() { let k = 0; return { next() {\n"
                      "  const r = { get done() { return k > 2; }, get value() { return name + k++; } };\n"
                      "  return { then(resolve) { resolve(r); } };\n} }; } });\n"
                      "const take = async (n) => { for await (const v of it(n)) await null; };"
                      " Promise.all([take('a'), take('b')]);",
                      trace);
        QVERIFY2(r.outcome == Outcome::Finished, describe(r).c_str());
        std::map<std::size_t, std::string> valuesOf;
        std::map<std::size_t, int> doneOf;
        for (std::size_t seq = 0; seq < trace.size(); ++seq) {
            const Event& e = trace[seq];
            if (e.kind == Kind::ValueReceived)
                valuesOf[trace.instance(seq)] += std::string(trace.valueText(e));
            if (e.kind == Kind::Done) ++doneOf[trace.instance(seq)];
        }
        QCOMPARE(valuesOf.size(), std::size_t{2});
        std::vector<std::string> values; // in the order the loops started: take('a') first
        values.reserve(valuesOf.size());
        for (const auto& [instance, text] : valuesOf)
            values.push_back(text);
        QCOMPARE(values, (std::vector<std::string>{R"("a0""a1""a2")", R"("b0""b1""b2")"}));
        for (const auto& [instance, text] : valuesOf)
            QCOMPARE(doneOf[instance], 1);
    }

    // Two generators read at once by two loops, saved and read back: every event keeps its
    // instance and every instance its name.
    void instancesSurviveATraceFile()
    {
        TraceFile file;
        file.program =
            "const sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n"
            "async function* numbers() { for (let i = 1; i <= 3; i++) { await sleep(100); yield i; } }\n"
            "async function* letters() { for (const c of 'ab') { await sleep(150); yield c; } }\n"
            "async function read(gen) { for await (const v of gen) console.log(v); }\n"
            "(async () => {\n"
            "  await Promise.all([read(numbers()), read(letters())]);\n"
            "  for await (const v of numbers()) console.log('again', v);\n"
            "})();";
        const Result r = runScript(file.program, file.trace);
        QVERIFY2(r.outcome == Outcome::Finished, describe(r).c_str());
        std::set<std::uint16_t> used;
        for (std::size_t seq = 0; seq < file.trace.size(); ++seq)
            used.insert(file.trace.instance(seq));
        QVERIFY2(used.size() >= 5, "three generators and their loops"); // 0 and at least four others
        const TraceFile back = readTraceFile(traceFileText(file));
        QCOMPARE(back.program, file.program);
        QCOMPARE(back.trace.instanceNames(), file.trace.instanceNames());
        QCOMPARE(back.trace.size(), file.trace.size());
        for (std::size_t seq = 0; seq < file.trace.size(); ++seq)
            QCOMPARE(back.trace.instance(seq), file.trace.instance(seq));
        QVERIFY(sameTrace(back.trace, file.trace));
    }

    void checkSourceRefusesBadFiles()
    {
        QVERIFY(checkSource("console.log('✓');").empty());
        QVERIFY(checkSource(std::string(kMaxSourceBytes, ' ')).empty());
        const std::string big = checkSource(std::string(kMaxSourceBytes + 1, ' '));
        QVERIFY2(big.find("more than") != std::string::npos, big.c_str());
        const std::string latin1 = checkSource("let a = 1;\nconsole.log('caf\xe9');");
        QVERIFY2(latin1.find("not UTF-8") != std::string::npos && latin1.find("line 2") != std::string::npos,
                 latin1.c_str());
        QVERIFY(!checkSource("\xed\xa0\x80").empty()); // a surrogate
        QVERIFY(!checkSource("\xc0\xaf").empty());     // overlong
    }
};

QTEST_GUILESS_MAIN(TestScriptEngine)
#include "tst_script_engine.moc"
