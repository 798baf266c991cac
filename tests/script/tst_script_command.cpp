// SPDX-License-Identifier: MIT
// `yieldscope --script FILE --trace OUT`, run as a user runs it: a program's trace with the
// program in the header; bad files and programs that never end get one line and exit 2 and
// write nothing.
#include "core/io/trace_file.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ys;

namespace {

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run app(const QStringList& args)
{
    QProcess p;
    p.start(YS_APP, args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

} // namespace

class TestScriptCommand : public QObject {
    Q_OBJECT

private slots:
    void writesTheTraceWithTheProgram()
    {
        QTemporaryDir dir;
        const QByteArray program = "async function* g() { yield 1; }\n"
                                   "(async () => { for await (const x of g()) console.log(x); })();\n";
        const QString path = write(dir, "prog.js", program);
        const QString out = dir.filePath("out.trace");
        const Run r = app({"--script", path, "--trace", out});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        const TraceFile file = loadTraceFile(out.toStdString());
        QCOMPARE(QByteArray::fromStdString(file.program), program);
        QVERIFY(file.demo == nullptr);
        bool logged = false;
        for (const Event& e : file.trace.events())
            logged = logged || (e.kind == Kind::Log && file.trace.valueText(e) == "\"1\"");
        QVERIFY(logged);
        // And to standard output.
        const Run toStdout = app({"--script", path, "--trace", "-"});
        QCOMPARE(toStdout.status, 0);
        QVERIFY(toStdout.out.startsWith("{\"format\":\"yieldscope-trace\""));
    }

    void uncaughtErrorKeepsTheTrace()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "throws.js", "console.log('a');\nnull.x;\n");
        const Run r = app({"--script", path, "--trace", "-"});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("Line 2: Uncaught TypeError"), r.err.constData());
        QVERIFY(r.out.contains("\"kind\":\"error\""));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // the program file's contents
        QTest::addColumn<QString>("file");     // "" writes `bytes` to a file; else this path
        QTest::addColumn<QString>("message");  // a part of the one line on standard error
        QTest::newRow("unreadable file") << QByteArray() << "/no/such/program.js"
                                         << "cannot read '/no/such/program.js'";
        QTest::newRow("not UTF-8") << QByteArray("console.log('caf\xe9');\n") << ""
                                   << "is not UTF-8 text (line 1";
        QTest::newRow("over 1 MiB") << QByteArray((1 << 20) + 1, ' ') << ""
                                    << "more than the 1048576";
        QTest::newRow("syntax error") << QByteArray("let a = 1;\nfor (;;\n") << ""
                                      << ":3:1: SyntaxError:";
        QTest::newRow("never ends") << QByteArray("while (true) {}\n") << ""
                                    << "Stopped after 2000 ms of real time";
        QTest::newRow("no trace target") << QByteArray("1;\n") << ""
                                         << "--script needs --trace FILE";
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = file.isEmpty() ? write(dir, "prog.js", bytes) : file;
        const QString out = dir.filePath("out.trace");
        const bool noTarget = QString(QTest::currentDataTag()) == "no trace target";
        const Run r =
            app(noTarget ? QStringList{"--script", path} : QStringList{"--script", path, "--trace", out});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith("yieldscope: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(out)); // nothing written
    }

    // --script with the other outputs: a Chrome trace, a web page, frames and a video.
    void writesEveryOutput()
    {
        QTemporaryDir dir;
        const QByteArray program = "async function* g() {\n"
                                   "  for (let i = 1; i <= 3; i++) {\n"
                                   "    await new Promise((r) => setTimeout(r, 100));\n"
                                   "    yield i * 10;\n"
                                   "  }\n"
                                   "}\n"
                                   "(async () => { for await (const x of g()) console.log(x); })();\n";
        const QString path = write(dir, "prog.js", program);
        const Run r = app({"--script", path, "--trace", dir.filePath("t.jsonl"), "--chrome-trace",
                           dir.filePath("c.json"), "--html", dir.filePath("p.html")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(QByteArray::fromStdString(loadTraceFile(dir.filePath("t.jsonl").toStdString()).program),
                 program);
        QFile chrome(dir.filePath("c.json"));
        QVERIFY(chrome.open(QIODevice::ReadOnly));
        const QByteArray chromeText = chrome.readAll();
        QVERIFY(chromeText.startsWith("{\"traceEvents\":["));
        QVERIFY(chromeText.contains("Yieldscope: prog.js"));
        QFile page(dir.filePath("p.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray pageText = page.readAll();
        QVERIFY(pageText.contains("prog.js"));
        QVERIFY(pageText.contains("yield i * 10;"));

        const QString frames = dir.filePath("frames");
        const Run rec = app({"--script", path, "--record", frames, "--size", "320x180", "--fps", "2"});
        QCOMPARE(rec.status, 0);
        QVERIFY2(rec.out.startsWith("recorded prog.js: "), rec.out.constData());
        QVERIFY(QFile::exists(frames + "/frame-000001.png"));
        const QString video = dir.filePath("run.mp4");
        const Run vid = app({"--script", path, "--video", video, "--size", "320x180", "--fps", "2"});
        QCOMPARE(vid.status, 0);
        QVERIFY(QFileInfo(video).size() > 0);
    }

    void rejectsBadCombinations_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // the program
        QTest::addColumn<QStringList>("args"); // PROG: the program's path; OUT/NAME: in a folder of its own
        QTest::addColumn<QString>("message");
        const QByteArray ok = "console.log(1);\n";
        QTest::newRow("with --demo") << ok << QStringList{"--script",  "PROG",    "--demo",
                                                          "countdown", "--trace", "OUT/t"}
                                     << "--script cannot be combined with --demo";
        QTest::newRow("with --listing") << ok << QStringList{"--script", "PROG", "--listing", "OUT/l"}
                                        << "--script cannot be combined with --listing";
        QTest::newRow("empty chrome target") << ok << QStringList{"--script", "PROG", "--chrome-trace", ""}
                                             << "--chrome-trace needs a file name";
        QTest::newRow("html syntax error")
            << QByteArray("let = ;\n") << QStringList{"--script", "PROG", "--html", "OUT/p.html"}
            << ":1:7: SyntaxError:";
        QTest::newRow("html too many events")
            << QByteArray("for (let i = 0; i < 400; i++) console.log(i);\n")
            << QStringList{"--script", "PROG", "--html", "OUT/p.html"} << "a web page holds at most 300";
        QTest::newRow("record with --demo")
            << ok << QStringList{"--script", "PROG", "--demo", "countdown", "--record", "OUT/f"}
            << "--script cannot be combined with --demo";
        QTest::newRow("record unreadable file")
            << ok << QStringList{"--script", "/no/such.js", "--record", "OUT/f"}
            << "cannot read '/no/such.js': No such file or directory";
        QTest::newRow("record never ends")
            << QByteArray("while (true) {}\n") << QStringList{"--script", "PROG", "--record", "OUT/f"}
            << "Stopped after 2000 ms of real time";
        QTest::newRow("video syntax error")
            << QByteArray("for (;;\n") << QStringList{"--script", "PROG", "--video", "OUT/v.mp4"}
            << ":2:1: SyntaxError:";
    }
    void rejectsBadCombinations()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = write(dir, "prog.js", bytes);
        QTemporaryDir out;
        for (QString& a : args) {
            if (a == "PROG") a = path;
            a.replace("OUT", out.path());
        }
        const Run r = app(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith("yieldscope: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(QDir(out.path()).isEmpty()); // nothing written
    }
};

QTEST_GUILESS_MAIN(TestScriptCommand)
#include "tst_script_command.moc"
