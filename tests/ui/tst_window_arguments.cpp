// SPDX-License-Identifier: MIT
// The window's command line, run as a user runs it: a bad option or value refuses to start
// with one line on stderr and exit status 2 before any window appears; a trace file that cannot
// be read still opens the window (as it would without the file) after one line naming the
// file, the line and the problem.
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The window needs no display here: the child inherits QT_QPA_PLATFORM=offscreen. It gets the
// runtime folder a desktop session always has, so Qt does not warn about its absence, and a
// configuration folder of its own, so the user's kept preferences neither steer nor take the run.
QProcess* start(const QStringList& args, const QTemporaryDir& runtime, QObject* parent)
{
    auto* p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_RUNTIME_DIR", runtime.path());
    env.insert("XDG_CONFIG_HOME", runtime.filePath("config"));
    p->setProcessEnvironment(env);
    p->start(YS_APP, args);
    return p;
}

} // namespace

class TestWindowArguments : public QObject {
    Q_OBJECT

private slots:
    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown demo")
            << QStringList{"--demo", "nope"} << "unknown demo 'nope' (demos: countdown, range, pagination";
        QTest::newRow("missing demo name") << QStringList{"--demo"} << "Missing value after '--demo'";
        QTest::newRow("unknown key")
            << QStringList{"--demo", "range", "--set", "ms=5"}
            << "unknown parameter 'ms' for demo 'range' (its parameters: from, to, delay)";
        QTest::newRow("out of range") << QStringList{"--set", "from=-1"}
                                      << "parameter 'from' of demo 'countdown' must be an integer from 0 to "
                                         "1000000, got '-1'";
        QTest::newRow("set without =") << QStringList{"--set", "from"} << "--set takes key=value, got 'from'";
        QTest::newRow("unknown theme")
            << QStringList{"--theme", "blue"} << "unknown theme 'blue' (themes: system, light, dark";
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "Unknown option 'frobnicate'";
        QTest::newRow("two files") << QStringList{"a.jsonl", "b.jsonl"} << "unexpected argument 'b.jsonl'";
    }
    void rejectsBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QTemporaryDir runtime;
        QProcess* p = start(args, runtime, this);
        // Refused before the window: the process ends by itself.
        QVERIFY2(p->waitForFinished(60000), "the program did not exit");
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 2);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.startsWith("yieldscope: "), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(p->readAllStandardOutput().isEmpty());
    }

    void badFileOpensTheWindow_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // empty: no file at all
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file")
            << QByteArray() << "Cannot open run.jsonl: cannot open the file: No such file";
        QTest::newRow("truncated file")
            << QByteArray("[1, 2") // a line cut short, with no line break
            << "Cannot open run.jsonl: line 1: the file ends in the middle of this line (truncated)";
        QTest::newRow("not a trace")
            << QByteArray("hello\n")
            << "Cannot open run.jsonl: line 1: not JSON: expected a value (column 1)";
    }
    void badFileOpensTheWindow()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath("run.jsonl");
        if (!bytes.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        // --smoke-test prints "shown" once the window is up.
        QProcess* p = start({"--smoke-test", path}, dir, this);
        QByteArray out;
        const QDeadlineTimer deadline(60000);
        while (!out.contains("shown\n") && p->state() != QProcess::NotRunning && !deadline.hasExpired()) {
            p->waitForReadyRead(200);
            out += p->readAllStandardOutput();
        }
        const bool running = p->state() == QProcess::Running;
        p->kill();
        p->waitForFinished(10000);
        QVERIFY2(out.contains("shown\n"), "the window did not open");
        QVERIFY(running);
        // The offscreen platform itself warns about window hints once the window is up: only
        // the program's own lines count.
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QStringList own;
        for (const QString& line : err.split('\n')) {
            if (line.startsWith("yieldscope: ")) own << line;
        }
        QCOMPARE(own.size(), 1);
        QVERIFY2(own.first().startsWith("yieldscope: " + message), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestWindowArguments)
#include "tst_window_arguments.moc"
