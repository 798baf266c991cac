// The command line as a user runs it: traces, listings, and every bad input getting one clear
// line on stderr, exit status 2, and no file left behind.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
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
             {"countdown", "range", "pagination", "pageSize", "breakAfter", "1 to 10000"}) {
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
            << "'pageSize' of demo 'pagination' must be an integer from 1 to 10000, got '0'";
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
        QTest::newRow("empty listing target")
            << QStringList{"--demo", "countdown", "--listing", ""} << "--listing needs a file name";
        QTest::newRow("unwritable listing path")
            << QStringList{"--demo", "countdown", "--listing", "MISSINGDIR/x.js"} << "cannot write '";
        QTest::newRow("unknown option")
            << QStringList{"--demo", "countdown", "--frobnicate", "--trace", "OUT"}
            << "Unknown option 'frobnicate'";
        QTest::newRow("stray argument")
            << QStringList{"--demo", "countdown", "extra", "--trace", "OUT"} << "unexpected argument 'extra'";
        QTest::newRow("check-trace missing file")
            << QStringList{"--check-trace", "MISSINGDIR/x.jsonl"}
            << "x.jsonl: cannot open the file: No such file or directory";
        QTest::newRow("check-trace empty name")
            << QStringList{"--check-trace", ""} << "--check-trace needs a file name";
        QTest::newRow("check-trace bad file")
            << QStringList{"--check-trace", QFINDTESTDATA("data/backwards.jsonl")}
            << "backwards.jsonl: line 4: t goes backwards: 300 after 500";
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

    // A recording's bad values are refused before a frame is rendered: one line naming the
    // option and what it accepts, exit 2, and the folder exactly as it was.
    void rejectsBadRecordOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList demo{"--demo", "countdown"};
        const QStringList frames{"--record", "DIR/frames"};
        QTest::newRow("fps 0") << demo + frames + QStringList{"--fps", "0"}
                               << "--fps takes a whole number of frames per second from 1 to 120, got '0'";
        QTest::newRow("fps text") << demo + frames + QStringList{"--fps", "fast"}
                                  << "--fps takes a whole number";
        QTest::newRow("fps too high") << demo + frames + QStringList{"--fps", "121"} << "got '121'";
        QTest::newRow("size 12x")
            << demo + frames + QStringList{"--size", "12x"}
            << "--size takes WIDTHxHEIGHT in pixels, both even, from 320x180 to 7680x4320, "
               "e.g. 1920x1080, got '12x'";
        QTest::newRow("size odd") << demo + frames + QStringList{"--size", "641x360"} << "got '641x360'";
        QTest::newRow("size too small") << demo + frames + QStringList{"--size", "160x90"} << "got '160x90'";
        QTest::newRow("speed 0") << demo + frames + QStringList{"--speed", "0"}
                                 << "--speed takes a number from 0.25 to 8, e.g. 0.5 or 2, got '0'";
        QTest::newRow("speed 9") << demo + frames + QStringList{"--speed", "9"} << "got '9'";
        QTest::newRow("theme") << demo + frames + QStringList{"--theme", "pink"}
                               << "--theme takes light, dark or high-contrast, got 'pink'";
        QTest::newRow("record is a file") << demo + QStringList{"--record", "DIR/afile"}
                                          << "--record takes a folder that can be written or created: '";
        QTest::newRow("record holds frames")
            << demo + QStringList{"--record", "DIR/old"} << "already holds frames of a recording";
        QTest::newRow("record parent missing")
            << demo + QStringList{"--record", "DIR/no/such/frames"} << "its parent is not a writable folder";
        QTest::newRow("record no demo") << frames << "--record and --video need --demo NAME";
        QTest::newRow("record bad param") << demo + frames + QStringList{"--set", "from=-1"}
                                          << "'from' of demo 'countdown' must be an integer";
        QTest::newRow("record with trace") << demo + frames + QStringList{"--trace", "DIR/t.jsonl"}
                                           << "--trace cannot be combined with --record or --video";
        QTest::newRow("video not mp4") << demo + QStringList{"--video", "DIR/run.avi"}
                                       << "--video takes an .mp4 file that can be written: '";
        QTest::newRow("video unwritable") << demo + QStringList{"--video", "DIR/no/such/run.mp4"}
                                          << "--video takes an .mp4 file that can be written: cannot write '";
        QTest::newRow("video is a folder")
            << demo + QStringList{"--video", "DIR/old.mp4"} << "is a folder, not a file";
        QTest::newRow("video without ffmpeg")
            << demo + QStringList{"--video", "DIR/run.mp4", "NOFFMPEG"}
            << "--video needs ffmpeg, which is not installed; install it with: sudo apt-get install ffmpeg";
    }
    void rejectsBadRecordOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        // What is there before: a file, a folder of an earlier recording, a folder named .mp4.
        QFile file(dir.filePath("afile"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QDir(dir.path()).mkpath("old"));
        QVERIFY(QDir(dir.path()).mkpath("old.mp4"));
        QFile oldFrame(dir.filePath("old/frame-000001.png"));
        QVERIFY(oldFrame.open(QIODevice::WriteOnly));
        oldFrame.close();
        auto listing = [&] {
            QStringList all;
            QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                all << it.next();
            all.sort();
            return all;
        };
        const QStringList before = listing();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (args.removeAll("NOFFMPEG") > 0) env.insert("PATH", dir.filePath("no-programs-here"));
        for (QString& a : args)
            a.replace("DIR", dir.path());
        const Run r = run(args, env);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith("yieldscope: "), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(listing(), before);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
