// SPDX-License-Identifier: MIT
// The command line as a user runs it: traces, listings, and every bad input getting one clear
// line on stderr, exit status 2, and no file left behind.
#include "core/trace/address_sanitizer.hpp"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

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

// A character device node like the system's /dev/null (1, 3) or /dev/full (1, 7), made in a
// folder of the test's own, so that a program that replaces it harms nothing.
bool makeDevice(const QString& path, unsigned minor)
{
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0;
}

bool isCharacterDevice(const QString& path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                  QDir::Name);
}

// The program run through the shell, so that an argument can hold bytes that are not UTF-8.
Run runShell(const QString& script, const QString& folder)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    p.start("/bin/sh", {"-c", script, YS_APP});
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
        QTest::newRow("list-demos with demo")
            << QStringList{"--list-demos", "--demo", "countdown", "--trace", "OUT"}
            << "--list-demos cannot be combined with --demo";
        QTest::newRow("check-trace with trace")
            << QStringList{"--check-trace", QFINDTESTDATA("data/backwards.jsonl"), "--trace", "OUT"}
            << "--check-trace cannot be combined with --trace";
        QTest::newRow("same target twice")
            << QStringList{"--demo", "countdown", "--trace", "OUT", "--listing", "OUT"}
            << "--listing and --trace name the same file '";
        QTest::newRow("fps without record")
            << QStringList{"--fps", "30"} << "--fps needs --record or --video";
        QTest::newRow("speed with trace")
            << QStringList{"--demo", "countdown", "--trace", "OUT", "--speed", "2"}
            << "--speed needs --record or --video";
        QTest::newRow("theme with trace")
            << QStringList{"--demo", "countdown", "--trace", "OUT", "--theme", "dark"}
            << "--theme needs --record or --video";
        QTest::newRow("path with a newline")
            << QStringList{"--demo", "countdown", "--trace", "MISSINGDIR/two\nlines.jsonl"}
            << "/two\\nlines.jsonl': No such file or directory";
        QTest::newRow("huge set value")
            << QStringList{"--demo", "countdown", "--set", "from=" + QString(100000, '7'), "--trace", "OUT"}
            << "got '" + QString(40, '7') + "\u2026'";
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
            a.replace("\\n", "\n");
            if (a == "OUT") a = dir.filePath("out.jsonl");
        }
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.size() < 400, "a message quotes a value, not the whole of it");
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
        QTest::newRow("record holds a dangling link")
            << demo + QStringList{"--record", "DIR/linked"} << "already holds frames of a recording";
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
        // A link named like a frame that leads nowhere: writing it would create a file outside.
        QVERIFY(QDir(dir.path()).mkpath("linked"));
        QVERIFY(QFile::link(dir.filePath("outside.png"), dir.filePath("linked/frame-000001.png")));
        auto listing = [&] {
            QStringList all;
            QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
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

    // A device or a FIFO named as an output is written, never replaced by a regular file.
    void outputsWriteSpecialFilesInPlace_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("fifo");
        for (const char* option : {"--trace", "--listing", "--chrome-trace"}) {
            QTest::newRow(qPrintable(QString("%1 to a device").arg(option))) << option << false;
            QTest::newRow(qPrintable(QString("%1 to a fifo").arg(option))) << option << true;
        }
    }
    void outputsWriteSpecialFilesInPlace()
    {
        QFETCH(QString, option);
        QFETCH(bool, fifo);
        QTemporaryDir dir;
        const QString target = dir.filePath(fifo ? "pipe" : "null");
        if (fifo) {
            QVERIFY(::mkfifo(QFile::encodeName(target).constData(), 0666) == 0);
        } else {
            QVERIFY2(makeDevice(target, 3), "mknod needs root, as the tests run in CI");
        }
        QByteArray received;
        std::thread reader;
        if (fifo) {
            // Opened without waiting for a writer, and given up after a minute: a program that
            // replaced the FIFO instead of writing it must fail the test, not hang it.
            reader = std::thread([&] {
                const int fd = ::open(QFile::encodeName(target).constData(), O_RDONLY | O_NONBLOCK);
                if (fd < 0) return;
                for (int waited = 0; waited < 600; ++waited) {
                    pollfd ready{fd, POLLIN, 0};
                    if (::poll(&ready, 1, 100) <= 0) continue;
                    char buffer[4096];
                    const ssize_t n = ::read(fd, buffer, sizeof buffer);
                    if (n > 0) received.append(buffer, n);
                    if (n == 0 && !received.isEmpty()) break; // the writer is done
                }
                ::close(fd);
            });
        }
        const Run r = run({"--demo", "countdown", option, target});
        if (reader.joinable()) reader.join();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(entries(dir.path()), QStringList{QFileInfo(target).fileName()});
        struct stat info {};
        QVERIFY(::lstat(QFile::encodeName(target).constData(), &info) == 0);
        QVERIFY2(fifo ? S_ISFIFO(info.st_mode) : S_ISCHR(info.st_mode), "the special file was replaced");
        if (fifo) QVERIFY(received.size() > 100);
    }

    // A full disk is named in words, the device stays a device, and an output written before the
    // failing one is not left behind (no file is promised for a failed command).
    void fullDiskIsNamedAndLeavesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("trace") << QStringList{"--trace", "FULL"} << "cannot write '";
        QTest::newRow("chrome trace after a listing")
            << QStringList{"--listing", "DIR/run.js", "--chrome-trace", "FULL"} << "cannot write '";
        QTest::newRow("trace after a listing")
            << QStringList{"--listing", "DIR/run.js", "--trace", "FULL"} << "cannot write '";
    }
    void fullDiskIsNamedAndLeavesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString full = dir.filePath("full");
        QVERIFY2(makeDevice(full, 7), "mknod needs root, as the tests run in CI");
        for (QString& a : args) {
            if (a == "FULL") a = full;
            a.replace("DIR", dir.path());
        }
        const Run r = run(QStringList{"--demo", "countdown"} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(entries(dir.path()), QStringList{"full"});
        QVERIFY(isCharacterDevice(full));
    }

    // What goes to a full standard output is reported, not lost.
    void fullStandardOutputIsReported_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list-demos") << QStringList{"--list-demos"};
        QTest::newRow("help") << QStringList{"--help"};
        QTest::newRow("version") << QStringList{"--version"};
        QTest::newRow("check-trace summary") << QStringList{"--check-trace", "GOOD"};
        QTest::newRow("trace to -") << QStringList{"--demo", "countdown", "--trace", "-"};
    }
    void fullStandardOutputIsReported()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString full = dir.filePath("full");
        QVERIFY2(makeDevice(full, 7), "mknod needs root, as the tests run in CI");
        QFile good(dir.filePath("good.jsonl"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(
            R"({"format":"yieldscope-trace","version":1,"demo":"countdown","params":{"from":3,"ms":500}})"
            "\n");
        good.close();
        args.replaceInStrings(QRegularExpression("^GOOD$"), good.fileName());
        QProcess p;
        p.setStandardOutputFile(full);
        p.start(YS_APP, args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(err, QByteArray("yieldscope: cannot write to standard output: No space left on device\n"));
    }

    void helpAllShowsTheOptions()
    {
        const Run r = run({"--help-all"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains("--chrome-trace"));
        QVERIFY(r.out.contains("--record"));
    }

    // A name that is not UTF-8 is written under its own bytes, and --check-trace opens it.
    void namesThatAreNotUtf8RoundTrip()
    {
        QTemporaryDir dir;
        const Run written =
            runShell(R"sh(exec "$0" --demo countdown --trace "$(printf 'run-\377.jsonl')")sh", dir.path());
        QCOMPARE(written.exitCode, 0);
        QVERIFY2(written.err.isEmpty(), written.err.constData());
        struct stat info {};
        QVERIFY2(::stat(QByteArray(dir.path().toUtf8() + "/run-\xff.jsonl").constData(), &info) == 0,
                 "the file is not under the name given");
        const Run checked =
            runShell(R"sh(exec "$0" --check-trace "$(printf 'run-\377.jsonl')")sh", dir.path());
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.out.startsWith("run-\\xff.jsonl: "), checked.out.constData());
        // Qt lists no such name (and so cannot remove it with the folder).
        QVERIFY(::unlink(QByteArray(dir.path().toUtf8() + "/run-\xff.jsonl").constData()) == 0);
        QCOMPARE(entries(dir.path()), QStringList{});
    }

    // Running out of memory (an address-space limit in the child) ends in one line and exit 2,
    // not an abort: the headless run and --check-trace alike. A small file passes under the same
    // limit, so it is the work that runs out, not the start-up.
    void outOfMemoryIsOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("small check passes") << QStringList{"--check-trace", "SMALL"} << 0;
        QTest::newRow("check-trace") << QStringList{"--check-trace", "BIG"} << 2;
        QTest::newRow("trace of a huge run")
            << QStringList{"--demo", "pagination", "--set", "users=5000000", "--trace", "DIR/x.jsonl"} << 2;
    }
    void outOfMemoryIsOneLine()
    {
#if YS_ADDRESS_SANITIZER
        QSKIP("an address-space limit cannot hold the address sanitizer's shadow memory");
#endif
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        // The same kind of file twice: 1,000 short values, and 300 distinct values of 800,000
        // characters each (240 MB of values to keep, more than the limit).
        for (const auto& [name, events, padding] :
             {std::tuple{"small.jsonl", 1000, 0}, std::tuple{"big.jsonl", 300, 800'000}}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"({"format":"yieldscope-trace","version":1,"demo":"countdown","params":{"from":3,"ms":500}})"
                "\n");
            const QString pad(padding, QLatin1Char('x'));
            for (int i = 0; i < events; ++i) {
                f.write(
                    QString(R"({"seq":%1,"t":0,"actor":"consumer","kind":"log","value":"%1%2","line":null})"
                            "\n")
                        .arg(i)
                        .arg(pad)
                        .toUtf8());
            }
        }
        for (QString& a : args) {
            if (a == "SMALL") a = dir.filePath("small.jsonl");
            if (a == "BIG") a = dir.filePath("big.jsonl");
            a.replace("DIR", dir.path());
        }
        QProcess p;
        // 200 MB: room for the program and its libraries to load (the embedded JavaScript engine
        // and ICU's data among them), not for the big runs.
        p.setChildProcessModifier([] {
            const rlimit limit{200'000'000, 200'000'000};
            ::setrlimit(RLIMIT_AS, &limit);
        });
        p.start(YS_APP, args);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), exitCode);
        if (exitCode == 0) return;
        QVERIFY2(err.startsWith("yieldscope: ") && err.contains("out of memory"), err.constData());
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(dir.filePath("x.jsonl")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
