// SPDX-License-Identifier: MIT
// Narration: every event of every demo gets one readable sentence, specific to its code and
// values; and the small text helpers it is built from.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/narration/narration.hpp"
#include "core/narration/shape_from_listing.hpp"
#include "ui/panels/narration_text.hpp"

#include "core/script/script_engine.hpp"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <set>

using namespace ys;

namespace {

// What a finished sentence must look like: no leftovers of templates, no empty quotes, one
// sentence ending in a full stop.
QString problemWith(const std::string& sentence)
{
    const QString s = QString::fromStdString(sentence);
    if (s.trimmed().isEmpty()) return "empty";
    if (s.contains("{{") || s.contains("}}")) return "template placeholder";
    // An empty quote is two backticks with no space beside them (a fence has one: `` x ``).
    if (QRegularExpression("(?<![ `])``(?![ `])").match(s).hasMatch()) return "empty code quote";
    if (s.contains("%1") || s.contains("$1")) return "format placeholder";
    if (s.contains("  ")) return "double space";
    if (s.contains(" ,") || s.contains(" .") || s.contains(" :")) return "space before punctuation";
    if (!s.endsWith('.')) return "no full stop";
    if (s.size() < 20) return "too short";
    if (s.size() > 400) return "too long";
    if (s.count('`') % 2 != 0) return "unbalanced backticks";
    const QChar first = s.front();
    if (!(first.isUpper() || first.isDigit() || first == '`' || s.startsWith("next()") ||
          s.startsWith("return()")))
        return "does not start a sentence";
    return {};
}

struct Run {
    QString demo;
    QStringList assignments;
};

std::unique_ptr<Engine> run(const Run& r)
{
    const Demo* demo = findDemo(r.demo.toStdString());
    if (demo == nullptr) return nullptr;
    Params params = demo->defaults();
    for (const QString& a : r.assignments)
        params.assign(a.toStdString());
    auto engine = std::make_unique<Engine>(*demo, params);
    engine->runToEnd(20'000);
    return engine;
}

std::string sentenceOf(const Engine& engine, std::size_t seq)
{
    return ui::narrate(engine.demo(), engine.trace(), seq, engine.listing()).toStdString();
}

// The first event of `kind` at or after `from`.
std::size_t find(const Trace& trace, Kind kind, std::size_t from = 0)
{
    for (std::size_t i = from; i < trace.size(); ++i) {
        if (trace[i].kind == kind) return i;
    }
    return trace.size();
}

// Every sentence the narration writes for the runs below, one per line: every event of every
// demo (with its demo, and as a program of one's own without one), every event of each demo's
// listing run on the embedded engine, and made-up traces reaching each kind's every branch.
// Stored under data/ from the narration as it was before the sentences became templates: the
// English text must not change by a byte.
struct DumpRun {
    std::string demo;
    std::vector<std::string> assignments;
};

std::vector<DumpRun> dumpRuns()
{
    std::vector<DumpRun> runs;
    for (const Demo* d : allDemos())
        runs.push_back({d->name, {}});
    const std::vector<DumpRun> edges{
        {"countdown", {"from=0"}},
        {"countdown", {"ms=0"}},
        {"countdown", {"from=1"}},
        {"range", {"from=5", "to=1"}},
        {"range", {"delay=0", "to=2"}},
        {"pagination", {"users=0"}},
        {"pagination", {"breakAfter=4"}},
        {"pagination", {"breakAfter=1"}},
        {"pagination", {"users=6", "pageSize=3", "breakAfter=3"}},
        {"pagination", {"latency=0", "pageSize=1", "users=3"}},
        {"cleanup", {"breakAfter=0"}},
        {"error", {"failAt=1", "ms=0"}},
        {"socket", {"count=0"}},
        {"socket", {"work=0"}},
        {"chunks", {"stream=0", "chunkSize=1"}},
        {"sync", {"start=3", "end=1"}},
        {"promises-array", {"latencies=0"}},
        {"sequence", {"ms=0"}},
    };
    runs.insert(runs.end(), edges.begin(), edges.end());
    return runs;
}

void dumpTrace(std::string& out, const std::string& title, const Demo& demo, const Trace& trace,
               const std::string& listing)
{
    out += "## " + title + "\n";
    for (std::size_t seq = 0; seq < trace.size(); ++seq) {
        out += std::to_string(seq) + " " + std::string(kindName(trace[seq].kind)) + ": " +
               ui::narrate(demo, trace, seq, listing).toStdString() + "\n";
    }
}

std::string narrationDump()
{
    std::string out;
    const Demo kNoDemo;
    for (const DumpRun& r : dumpRuns()) {
        const Demo& demo = *findDemo(r.demo);
        Params params = demo.defaults();
        for (const std::string& a : r.assignments)
            params.assign(a);
        Engine engine(demo, params);
        engine.runToEnd(20'000);
        std::string title = r.demo;
        for (const std::string& a : r.assignments)
            title += " " + a;
        dumpTrace(out, title, demo, engine.trace(), engine.listing());
        dumpTrace(out, title + " (no demo)", kNoDemo, engine.trace(), engine.listing());
        Trace scripted;
        (void)script::runScript(engine.listing(), scripted, script::worldFor(params));
        dumpTrace(out, title + " (embedded engine)", demo, scripted, engine.listing());
        dumpTrace(out, title + " (embedded engine, no demo)", kNoDemo, scripted, engine.listing());
    }
    // Made-up traces: each kind after each kind of predecessor, with values and lines that
    // reach the sentences' branches, in listings of three shapes of producer. Their events are
    // on made-up lines, so they are told as programs of one's own (the structure read from the
    // listing and the trace, as it was for every run before demos declared theirs).
    const std::vector<std::string> values{"3",
                                          "0",
                                          "1",
                                          "null",
                                          "\"hello world\"",
                                          R"("\nx")",
                                          "\"setTimeout 500\"",
                                          "\"fetch /users?page=2\"",
                                          "\"res.json()\"",
                                          "\"magic(2)\"",
                                          "\"" + std::string(300, 'x') + "\""};
    for (const char* name : {"countdown", "range", "sync", "cleanup", "pagination"}) {
        const Demo& demo = *findDemo(name);
        const std::string listing = demo.listing(demo.defaults());
        const int lines = static_cast<int>(std::count(listing.begin(), listing.end(), '\n')) + 1;
        // What a sentence looks back at: nothing, a call, a settled operation, a yield.
        for (int before : {-1, int(Kind::NextCalled), int(Kind::ReturnCalled), int(Kind::Settled),
                           int(Kind::Yielded), int(Kind::Resumed)}) {
            for (int k = 0; k < kKindCount; ++k) {
                std::string block =
                    std::string("## made up: ") + name + ", " +
                    (before < 0 ? "first" : std::string(kindName(static_cast<Kind>(before)))) + " then " +
                    std::string(kindName(static_cast<Kind>(k))) + "\n";
                for (const std::string& value : values) {
                    for (int line = 0; line <= lines; ++line) {
                        Trace trace;
                        if (before >= 0) {
                            trace.append(0, Actor::Consumer, Kind::NextCalled, ValueTable::kNull, 9);
                            trace.append(100, Actor::Source, static_cast<Kind>(before), trace.intern(value),
                                         3);
                        }
                        trace.append(500, Actor::Producer, static_cast<Kind>(k), trace.intern(value), line);
                        block += std::to_string(line) + " " + value.substr(0, 20) + ": " +
                                 ui::narrate(kNoDemo, trace, trace.size() - 1, listing).toStdString() + "\n";
                    }
                }
                out += block;
            }
        }
    }
    return out;
}

} // namespace

class TestNarration : public QObject {
    Q_OBJECT

private slots:
    void everyEventHasASentence_data()
    {
        QTest::addColumn<QString>("demo");
        QTest::addColumn<QStringList>("assignments");
        for (const Demo* d : allDemos()) {
            const QString name = QString::fromStdString(d->name);
            QTest::newRow(qPrintable(name + " defaults")) << name << QStringList{};
        }
        QTest::newRow("countdown from=0") << "countdown" << QStringList{"from=0"};
        QTest::newRow("countdown ms=0") << "countdown" << QStringList{"ms=0"};
        QTest::newRow("countdown from=1") << "countdown" << QStringList{"from=1"};
        QTest::newRow("range empty") << "range" << QStringList{"from=5", "to=1"};
        QTest::newRow("range delay=0") << "range" << QStringList{"delay=0", "to=2"};
        QTest::newRow("pagination no users") << "pagination" << QStringList{"users=0"};
        QTest::newRow("pagination break 4") << "pagination" << QStringList{"breakAfter=4"};
        QTest::newRow("pagination break 1") << "pagination" << QStringList{"breakAfter=1"};
        QTest::newRow("pagination break at page end")
            << "pagination" << QStringList{"users=6", "pageSize=3", "breakAfter=3"};
        QTest::newRow("pagination latency=0")
            << "pagination" << QStringList{"latency=0", "pageSize=1", "users=3"};
        // Edges of the other demos (rows of demos that are not there are skipped).
        QTest::newRow("cleanup no break") << "cleanup" << QStringList{"breakAfter=0"};
        QTest::newRow("error at once") << "error" << QStringList{"failAt=1", "ms=0"};
        QTest::newRow("socket silent") << "socket" << QStringList{"count=0"};
        QTest::newRow("socket fast consumer") << "socket" << QStringList{"work=0"};
        QTest::newRow("chunks without stream") << "chunks" << QStringList{"stream=0", "chunkSize=1"};
        QTest::newRow("sync empty") << "sync" << QStringList{"start=3", "end=1"};
        QTest::newRow("promises one") << "promises-array" << QStringList{"latencies=0"};
        QTest::newRow("sequence instant") << "sequence" << QStringList{"ms=0"};
    }
    void everyEventHasASentence()
    {
        QFETCH(QString, demo);
        QFETCH(QStringList, assignments);
        QVERIFY2(findDemo(demo.toStdString()) != nullptr, "no such demo");
        const auto engine = run({demo, assignments});
        QVERIFY(engine);
        const Trace& trace = engine->trace();
        for (std::size_t seq = 0; seq < trace.size(); ++seq) {
            const std::string s = sentenceOf(*engine, seq);
            const QString problem = problemWith(s);
            if (!problem.isEmpty()) {
                QFAIL(qPrintable(QString("event %1 (%2): %3: \"%4\"")
                                     .arg(seq)
                                     .arg(QString::fromStdString(std::string(kindName(trace[seq].kind))),
                                          problem, QString::fromStdString(s))));
            }
        }
    }

    // Kinds no current demo records still get a sentence, with and without a line.
    void everyKindHasASentence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("line");
        for (int k = 0; k < kKindCount; ++k) {
            const QString name = QString::fromStdString(std::string(kindName(static_cast<Kind>(k))));
            QTest::newRow(qPrintable(name + " on a line")) << k << 4;
            QTest::newRow(qPrintable(name + " without line")) << k << 0;
        }
    }
    void everyKindHasASentence()
    {
        QFETCH(int, kind);
        QFETCH(int, line);
        const Demo& demo = *findDemo("countdown");
        const std::string listing = demo.listing(demo.defaults());
        Trace trace;
        trace.append(0, Actor::Consumer, Kind::NextCalled, ValueTable::kNull, 9);
        trace.append(0, Actor::Producer, Kind::Resumed, ValueTable::kNull, 1);
        const Kind k = static_cast<Kind>(kind);
        std::string value = "3";
        if (k == Kind::Error) value = "\"the page could not be fetched\"";
        if (k == Kind::Log) value = "\"hello\"";
        if (k == Kind::Awaiting || k == Kind::Settled) value = "\"setTimeout 500\"";
        trace.append(500, Actor::Producer, k, trace.intern(value), line);
        const std::string s = ui::narrate(demo, trace, 2, listing).toStdString();
        QCOMPARE(problemWith(s), QString());
    }

    void sentencesAreSpecific()
    {
        const auto engine = run({"countdown", {}});
        const Trace& trace = engine->trace();
        const auto text = [&](std::size_t seq) { return QString::fromStdString(sentenceOf(*engine, seq)); };

        const std::size_t yield = find(trace, Kind::Yielded);
        QVERIFY(text(yield).contains("`yield n;`"));
        QVERIFY(text(yield).contains("3"));
        const std::size_t received = find(trace, Kind::ValueReceived);
        QVERIFY(text(received).contains("`n` = 3"));
        const std::size_t awaiting = find(trace, Kind::Awaiting);
        QVERIFY(text(awaiting).contains("500 ms timer"));
        QVERIFY(text(awaiting).contains("setTimeout(r, ms)"));
        const std::size_t settled = find(trace, Kind::Settled);
        QVERIFY(text(settled).contains("t = 500 ms"));
        // What a resumption follows: the timer, or the yield it waited at.
        QVERIFY(text(settled + 1).contains("timer has fired"));
        const std::size_t second = find(trace, Kind::NextCalled, received);
        QVERIFY(text(second).contains("again"));
        QVERIFY(text(second + 1).contains("`yield n;`"));
        QVERIFY(text(second + 1).contains("handed out 3"));
        QVERIFY(text(find(trace, Kind::Done)).contains("done: true"));
        QVERIFY(text(trace.size() - 1).contains("prints liftoff"));
        QVERIFY(text(0).contains("for await (const n of countdown(3, 500))"));
    }

    void breakNarratesReturn()
    {
        const auto engine = run({"pagination", {"breakAfter=4"}});
        const Trace& trace = engine->trace();
        const std::size_t ret = find(trace, Kind::ReturnCalled);
        QVERIFY(ret < trace.size());
        const QString call = QString::fromStdString(sentenceOf(*engine, ret));
        QVERIFY2(call.contains("break") && call.contains("return()"), qPrintable(call));
        // The comment of the break line is not quoted.
        QVERIFY2(!call.contains("//"), qPrintable(call));
        const QString resumed = QString::fromStdString(sentenceOf(*engine, ret + 1));
        QVERIFY2(resumed.contains("return()") && resumed.contains("`yield user;`"), qPrintable(resumed));
        const QString done = QString::fromStdString(sentenceOf(*engine, find(trace, Kind::Done, ret)));
        QVERIFY2(done.startsWith("return() resolves"), qPrintable(done));
        // Code with a template literal is fenced with double backticks.
        const QString fetch = QString::fromStdString(sentenceOf(*engine, find(trace, Kind::Awaiting)));
        QVERIFY2(fetch.startsWith("`` const res = await fetch(`"), qPrintable(fetch));
        QVERIFY(fetch.contains("/users?page=1"));
    }

    void rangeNarratesItsIterator()
    {
        const auto engine = run({"range", {"to=2"}});
        const Trace& trace = engine->trace();
        const QString first = QString::fromStdString(sentenceOf(*engine, 1));
        QVERIFY2(first.contains("async next()"), qPrintable(first));
        const QString answer = QString::fromStdString(sentenceOf(*engine, find(trace, Kind::Yielded)));
        QVERIFY2(answer.contains("answers next()") && answer.contains("value: 1"), qPrintable(answer));
        const std::size_t again = find(trace, Kind::Resumed, find(trace, Kind::NextCalled, 1));
        QVERIFY2(QString::fromStdString(sentenceOf(*engine, again)).contains("from the top again"),
                 qPrintable(QString::fromStdString(sentenceOf(*engine, again))));
    }

    // The English text of every sentence is the one stored; YS_WRITE_EXPECTATION=1 rewrites
    // the stored copy (only when the change of wording is meant).
    void englishTextUnchanged()
    {
        const std::string dump = narrationDump();
        const QString path = QStringLiteral(YS_NARRATION_EXPECTED);
        if (qEnvironmentVariableIntValue("YS_WRITE_EXPECTATION") == 1) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QCryptographicHash::hash(QByteArray::fromStdString(dump), QCryptographicHash::Sha256)
                           .toHex() +
                       "\n");
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray expected = file.readAll().trimmed();
        const QByteArray actual =
            QCryptographicHash::hash(QByteArray::fromStdString(dump), QCryptographicHash::Sha256).toHex();
        if (actual != expected) {
            QFile out(QDir::temp().filePath(QStringLiteral("narration_en.actual.txt")));
            if (out.open(QIODevice::WriteOnly)) out.write(QByteArray::fromStdString(dump));
            QFAIL(qPrintable(QStringLiteral("the narration's English text changed; every sentence is in %1")
                                 .arg(out.fileName())));
        }
    }

    // What each demo declares of its structure tells the same as its text read the fallback's
    // way (braces and the trace): the same producer and loop, and the same runner of every line
    // an event of its runs is on.
    void demoShapesAgreeWithTheirText()
    {
        for (const DumpRun& r : dumpRuns()) {
            const Demo& demo = *findDemo(r.demo);
            QVERIFY2(demo.shape.has_value(), r.demo.c_str());
            Params params = demo.defaults();
            for (const std::string& a : r.assignments)
                params.assign(a);
            Engine engine(demo, params);
            engine.runToEnd(20'000);
            const ProgramShape declared = demo.programShape();
            const ProgramShape read = shapeFromListing(engine.trace(), engine.listing());
            const QByteArray name = QByteArray::fromStdString(r.demo);
            QVERIFY2(declared.producer == read.producer, name);
            QCOMPARE(declared.producerFirst, read.producerFirst);
            QVERIFY2(declared.asyncLoop == read.asyncLoop, name);
            QCOMPARE(declared.loopFirst, read.loopFirst);
            for (std::size_t seq = 0; seq < engine.trace().size(); ++seq) {
                const int line = engine.trace()[seq].line;
                QVERIFY2(runnerOf(declared, line) == runnerOf(read, line),
                         qPrintable(QStringLiteral("%1, line %2").arg(QString::fromLatin1(name)).arg(line)));
            }
        }
    }

    // Every template has its words, and every sentence the narration describes fills each
    // placeholder of its template and of its phrases.
    void everyTemplateIsWritten()
    {
        for (int id = 0; id < kTextIdCount; ++id) {
            if (static_cast<TextId>(id) == TextId::Unknown) continue;
            QVERIFY2(!ui::NarrationWords::templateOf(static_cast<TextId>(id), 2).isEmpty(),
                     qPrintable(QString::number(id)));
        }
        QVERIFY(ui::NarrationWords::text(NarrationText{}).isEmpty()); // no event, no sentence
    }
    void everyPlaceholderIsFilled()
    {
        std::set<TextId> seen;
        const auto check = [&seen](const NarrationText& t, const QString& where) {
            const QStringList unfilled = ui::NarrationWords::unfilled(t);
            if (!unfilled.isEmpty())
                return QStringLiteral("%1: unfilled {%2}").arg(where, unfilled.join(QStringLiteral(", ")));
            seen.insert(t.id);
            return QString();
        };
        const Demo kNoDemo;
        for (const DumpRun& r : dumpRuns()) {
            const Demo& demo = *findDemo(r.demo);
            Params params = demo.defaults();
            for (const std::string& a : r.assignments)
                params.assign(a);
            Engine engine(demo, params);
            engine.runToEnd(20'000);
            for (std::size_t seq = 0; seq < engine.trace().size(); ++seq) {
                const QString where =
                    QStringLiteral("%1 event %2").arg(QString::fromStdString(r.demo)).arg(seq);
                const QString problem =
                    check(describeEvent(demo, engine.trace(), seq, engine.listing()), where) +
                    check(describeEvent(kNoDemo, engine.trace(), seq, engine.listing()), where);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }
        for (const char* name : {"countdown", "range", "sync"}) {
            const Demo& demo = *findDemo(name);
            const std::string listing = demo.listing(demo.defaults());
            for (int before : {-1, int(Kind::NextCalled), int(Kind::ReturnCalled), int(Kind::Settled),
                               int(Kind::Yielded)}) {
                for (int k = 0; k < kKindCount; ++k) {
                    for (const char* value :
                         {"0", "1", "7", R"("x")", R"("a b")", R"("\n")", R"("\nx")", R"(" ")",
                          "\"setTimeout 5\"", "\"fetch /a\"", "\"res.json()\"", "null"}) {
                        for (int line : {0, 1, 3, 4, 9, 10}) {
                            Trace trace;
                            if (before >= 0) {
                                trace.append(0, Actor::Consumer, Kind::NextCalled, ValueTable::kNull, 9);
                                trace.append(0, Actor::Source, static_cast<Kind>(before), trace.intern(value),
                                             3);
                            }
                            trace.append(5, Actor::Producer, static_cast<Kind>(k), trace.intern(value), line);
                            const QString problem =
                                check(describeEvent(kNoDemo, trace, trace.size() - 1, listing),
                                      QStringLiteral("%1 %2 on line %3").arg(name).arg(value).arg(line));
                            QVERIFY2(problem.isEmpty(), qPrintable(problem));
                        }
                    }
                }
            }
        }
        // Every sentence is reached by some event (phrases are checked inside them).
        for (const TextId id : {TextId::NextFirstCodeGenerator,
                                TextId::NextAgain,
                                TextId::NextAgainSync,
                                TextId::ReturnAtBreak,
                                TextId::ResumedAfterOperation,
                                TextId::ResumedByReturn,
                                TextId::GeneratorStarts,
                                TextId::IteratorStarts,
                                TextId::AwaitingPauses,
                                TextId::AwaitingPausesLoopBody,
                                TextId::SettledAwaitedBy,
                                TextId::SettledPromise,
                                TextId::Yielded,
                                TextId::YieldedSync,
                                TextId::AnswersNext,
                                TextId::ReceivedInto,
                                TextId::DoneGeneratorAsync,
                                TextId::DoneGeneratorSync,
                                TextId::DoneAfterReturnAsync,
                                TextId::CleanupGenerator,
                                TextId::Rejected,
                                TextId::Prints,
                                TextId::ProgramPrints,
                                TextId::Arrived,
                                TextId::BufferEmpty,
                                TextId::BufferOne,
                                TextId::BufferMany})
            QVERIFY2(seen.count(id) == 1, qPrintable(QString::number(int(id))));
    }

    // Two loops over two generators: a sentence that names the loop or the generator says
    // which one; a run of one of each keeps its words (englishTextUnchanged).
    void severalInstancesAreToldApart()
    {
        Trace trace;
        const std::uint16_t numbers = trace.addInstance("numbers, line 1");
        const std::uint16_t letters = trace.addInstance("letters, line 2");
        const std::uint16_t first = trace.addInstance("for await, line 4");
        const std::uint16_t second = trace.addInstance("for await, line 5");
        const std::string listing = "async function* numbers() { yield 1; }\n"
                                    "async function* letters() { yield 'a'; }\n"
                                    "(async () => {\n"
                                    "  for await (const n of numbers()) {}\n"
                                    "  for await (const c of letters()) {}\n"
                                    "})();\n";
        auto add = [&trace](Actor actor, Kind kind, std::string_view value, int line, std::uint16_t id) {
            trace.setInstance(trace.append(0, actor, kind, trace.intern(value), line), id);
        };
        add(Actor::Consumer, Kind::NextCalled, "null", 4, first);
        add(Actor::Producer, Kind::Resumed, "null", 0, numbers);
        add(Actor::Consumer, Kind::ValueReceived, "1", 4, first);
        add(Actor::Consumer, Kind::NextCalled, "null", 5, second);
        add(Actor::Producer, Kind::Resumed, "null", 0, letters);
        const Demo noDemo;
        auto say = [&](std::size_t seq) {
            return ui::NarrationWords::text(describeEvent(noDemo, trace, seq, listing));
        };
        QVERIFY2(say(2).contains(QStringLiteral("for await loop on line 4")), qPrintable(say(2)));
        QVERIFY2(say(3).contains(QStringLiteral("for await loop on line 5")), qPrintable(say(3)));
        QVERIFY2(say(4).contains(QStringLiteral("generator `letters()`")), qPrintable(say(4)));
        QVERIFY2(say(1).contains(QStringLiteral("generator `numbers()`")), qPrintable(say(1)));
    }

    void codeOfLine()
    {
        const std::string listing = "let a = 1;\n  yield n; // why\n  s = \"http://x\"; // c\n";
        QCOMPARE(ys::codeOfLine(listing, 1), std::string("let a = 1;"));
        QCOMPARE(ys::codeOfLine(listing, 2), std::string("yield n;"));
        QCOMPARE(ys::codeOfLine(listing, 3), std::string("s = \"http://x\";"));
        QCOMPARE(ys::codeOfLine(listing, 0), std::string());
        QCOMPARE(ys::codeOfLine(listing, 9), std::string());
    }

    void jsLiteral()
    {
        QCOMPARE(ys::jsLiteral("{\"id\":1,\"name\":\"user1\"}"), std::string("{id: 1, name: \"user1\"}"));
        QCOMPARE(ys::jsLiteral("[1,2,3]"), std::string("[1, 2, 3]"));
        QCOMPARE(ys::jsLiteral("\"a,b:c\""), std::string("\"a,b:c\""));
        QCOMPARE(ys::jsLiteral("{\"my key\":true}"), std::string("{\"my key\": true}"));
        QCOMPARE(ys::jsLiteral("null"), std::string("null"));
    }

    void consoleText()
    {
        QCOMPARE(ys::consoleText("\"liftoff\""), std::string("liftoff"));
        QCOMPARE(ys::consoleText("\"a\\\"b\\\\c\\nd\""), std::string("a\"b\\c\nd"));
        QCOMPARE(ys::consoleText("\"\\u00e9\\ud83d\\ude00\""), std::string("\xc3\xa9\xf0\x9f\x98\x80"));
        QCOMPARE(ys::consoleText("42"), std::string("42"));
    }
};

QTEST_APPLESS_MAIN(TestNarration)
#include "tst_narration.moc"
