// The command line as a user runs it: traces, listings, and every bad input getting one clear
// line on stderr, exit status 2, and no file left behind.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList& args)
{
    QProcess p;
    p.start(YS_APP, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void listsDemos()
    {
        const Run r = run({"--list-demos"});
        QCOMPARE(r.exitCode, 0);
        for (const char* name :
             {"countdown", "range", "pagination", "pageSize", "breakAfter", "1 to 1000000"}) {
            QVERIFY2(r.out.contains(name), name);
        }
    }

    void writesTraceToStdout()
    {
        const Run r = run({"--demo", "pagination", "--set", "breakAfter=4", "--trace", "-"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() > 20);
        QVERIFY(lines.first().startsWith(
            R"({"seq":0,"t":0,"actor":"consumer","kind":"next_called","value":null,"line":)"));
        QVERIFY(r.out.contains(R"("kind":"return_called")"));
        QVERIFY(!r.out.contains("page=3"));
        QVERIFY(lines.last().contains(R"("kind":"done")"));
    }

    void writesTraceAndListingFiles()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath("run.jsonl");
        const QString listing = dir.filePath("run.js");
        const Run r = run({"--demo", "countdown", "--set", "from=2", "--trace", trace, "--listing", listing});
        QCOMPARE(r.exitCode, 0);
        QFile t(trace);
        QVERIFY(t.open(QIODevice::ReadOnly));
        QVERIFY(t.readAll().contains(R"("value":"liftoff")"));
        QFile l(listing);
        QVERIFY(l.open(QIODevice::ReadOnly));
        QVERIFY(l.readAll().contains("countdown(2, 500)"));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown demo") << QStringList{"--demo", "nope", "--trace", "OUT"}
                                      << "unknown demo 'nope' (demos: countdown, range, pagination";
        QTest::newRow("unknown key")
            << QStringList{"--demo", "countdown", "--set", "speed=2", "--trace", "OUT"}
            << "unknown parameter 'speed' for demo 'countdown' (its parameters: from, ms)";
        QTest::newRow("not an integer")
            << QStringList{"--demo", "countdown", "--set", "ms=abc", "--trace", "OUT"}
            << "must be an integer from 0 to 86400000, got 'abc'";
        QTest::newRow("negative count")
            << QStringList{"--demo", "countdown", "--set", "from=-3", "--trace", "OUT"}
            << "'from' of demo 'countdown' must be an integer from 0 to 1000000, got '-3'";
        QTest::newRow("pageSize 0")
            << QStringList{"--demo", "pagination", "--set", "pageSize=0", "--trace", "OUT"}
            << "'pageSize' of demo 'pagination' must be an integer from 1 to 1000000, got '0'";
        QTest::newRow("negative latency")
            << QStringList{"--demo", "pagination", "--set", "latency=-1", "--trace", "OUT"}
            << "'latency' of demo 'pagination' must be an integer from 0 to 86400000";
        QTest::newRow("too large") << QStringList{"--demo",           "pagination", "--set",
                                                  "users=1000000000", "--trace",    "OUT"}
                                   << "must be an integer from 0 to 5000000, got '1000000000'";
        QTest::newRow("set without =")
            << QStringList{"--demo", "countdown", "--set", "from", "--trace", "OUT"}
            << "--set takes key=value, got 'from'";
        QTest::newRow("missing trace target")
            << QStringList{"--demo", "countdown", "--trace"} << "Missing value after '--trace'";
        QTest::newRow("empty trace target")
            << QStringList{"--demo", "countdown", "--trace", ""} << "--trace needs a file name";
        QTest::newRow("no demo") << QStringList{"--trace", "OUT"} << "--trace and --listing need --demo NAME";
        QTest::newRow("unwritable path")
            << QStringList{"--demo", "countdown", "--trace", "MISSINGDIR/x.jsonl"} << "cannot write '";
        QTest::newRow("unknown option")
            << QStringList{"--demo", "countdown", "--frobnicate", "--trace", "OUT"}
            << "Unknown option 'frobnicate'";
        QTest::newRow("stray argument")
            << QStringList{"--demo", "countdown", "extra", "--trace", "OUT"} << "unexpected argument 'extra'";
    }
    void rejectsBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (QString& a : args) {
            a.replace("MISSINGDIR", dir.filePath("no/such/dir"));
            if (a == "OUT") a = dir.filePath("out.jsonl");
        }
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith("yieldscope: "), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.count('\n'), 1); // one line
        QVERIFY(r.out.isEmpty());
        // nothing left behind, not even a partial or temporary file
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
