// SPDX-License-Identifier: MIT
// `yieldscope --script FILE --trace OUT`, run as a user runs it: a program's trace with the
// program in the header; bad files and programs that never end get one line and exit 2 and
// write nothing.
#include "trace_file.hpp"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestScriptCommand)
#include "tst_script_command.moc"
