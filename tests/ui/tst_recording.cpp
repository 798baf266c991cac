// SPDX-License-Identifier: MIT
// Recording: the frame schedule, the command line's frames and video (deterministic, the
// predicted count), File > Record with its Cancel, and the presentation polish that shapes
// the frames: the high-contrast theme, the panels kept, the fixed size, the window export.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "ui/panels/code_view.hpp"
#include "ui/panels/narration_banner.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/presentation/presentation_panels.hpp"
#include "ui/recording/frame_schedule.hpp"
#include "ui/recording/png_encoder.hpp"
#include "ui/recording/record_dialog.hpp"
#include "ui/recording/recording.hpp"
#include "ui/recording/yuv_frame.hpp"
#include "ui/session/run_session.hpp"
#include "ui/style/code_colors.hpp"
#include "ui/style/theme.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <functional>
#include <sys/types.h>

using ys::ui::FrameSchedule;
using ys::ui::MainWindow;
using ys::ui::PresentationPanels;
using ys::ui::RecordDialog;

namespace {

int runApp(const QStringList& args, QByteArray* out = nullptr)
{
    QProcess p;
    p.start(YS_APP, args);
    p.waitForFinished(300000);
    if (out != nullptr) *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

std::int64_t expectedFrames(const QString& demoName, const QStringList& sets, int fps, double speed)
{
    const ys::Demo* demo = ys::findDemo(demoName.toStdString());
    ys::Params params = demo->defaults();
    for (const QString& s : sets)
        params.assign(s.toStdString());
    ys::Engine engine(*demo, params);
    engine.runToEnd();
    return ys::ui::recordingFrameCount(engine.trace(), fps, speed);
}

QStringList framesIn(const QString& folder)
{
    return QDir(folder).entryList({"frame-*.png"}, QDir::Files, QDir::Name);
}

QByteArray digestOf(const QString& folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& name : framesIn(folder)) {
        QFile f(QDir(folder).filePath(name));
        if (!f.open(QIODevice::ReadOnly)) return {};
        hash.addData(f.readAll());
    }
    return hash.result();
}

struct Ran {
    int exitCode = -1;
    bool crashed = false; // ended by a signal
    QByteArray err;
};

// The program with a folder of stand-in programs first on PATH; `whileRunning` is called once
// the process has started (to interrupt it), with the process.
Ran runWithPath(const QStringList& args, const QString& programs,
                const std::function<void(QProcess&)>& whileRunning = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!programs.isEmpty()) env.insert("PATH", programs + ":" + env.value("PATH"));
    p.setProcessEnvironment(env);
    p.start(YS_APP, args);
    p.waitForStarted();
    if (whileRunning) whileRunning(p);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, p.readAllStandardError()};
}

// An `ffmpeg` that runs `script` (a shell script's body) in place of the real one.
QString standInFfmpeg(const QTemporaryDir& dir, const QByteArray& script)
{
    QDir(dir.path()).mkpath("programs");
    QFile f(dir.filePath("programs/ffmpeg"));
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write("#!/bin/sh\n" + script + "\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return dir.filePath("programs");
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

QStringList everythingIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                  QDir::Name);
}

// Records `demo` with `sets` to `targets` along `path`; "" or what went wrong. `drawn` gets the
// pictures drawn, `frames` the frames written.
QString recordDirectly(const QString& demoName, const QStringList& sets, const ys::ui::RecordTargets& targets,
                       ys::ui::FramePath path, std::int64_t* drawn = nullptr, std::int64_t* frames = nullptr)
{
    const ys::Demo* demo = ys::findDemo(demoName.toStdString());
    ys::Params params = demo->defaults();
    for (const QString& s : sets)
        params.assign(s.toStdString());
    ys::ui::RecordSettings settings;
    settings.fps = 10;
    settings.size = QSize(640, 360);
    settings.speed = 1.0;
    ys::ui::Recording recording(ys::ui::RecordRun::live(*demo, params), settings, ys::ui::RecordLook{},
                                targets, path);
    QString error;
    if (!recording.start(error)) return error;
    while (!recording.finished()) {
        if (!recording.renderNext(error)) return error;
    }
    if (!recording.finish(error)) return error;
    if (drawn != nullptr) *drawn = recording.picturesDrawn();
    if (frames != nullptr) *frames = recording.framesDone();
    return {};
}

// The decoded frames of a video at `fps`, one checksum each (ffmpeg's framemd5): a picture
// held for several frames is one frame of the video, repeated here as a player shows it.
QStringList decodedFrames(const QString& video, int fps)
{
    QProcess ffmpeg;
    ffmpeg.start(QStandardPaths::findExecutable("ffmpeg"),
                 {"-v", "error", "-i", video, "-map", "0:v", "-vf", QString("fps=%1").arg(fps), "-f",
                  "framemd5", "-"});
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0) return {};
    QStringList sums;
    for (const QString& line : QString::fromUtf8(ffmpeg.readAllStandardOutput()).split('\n')) {
        if (!line.startsWith('#') && !line.trimmed().isEmpty()) sums << line.section(',', -1).trimmed();
    }
    return sums;
}

// What ffprobe says of a video's stream: `entries` (e.g. "width,height"), comma-separated.
QString probe(const QString& video, const QString& entries)
{
    QProcess ffprobe;
    ffprobe.start(
        QStandardPaths::findExecutable("ffprobe"),
        {"-v", "error", "-select_streams", "v:0", "-show_entries", entries, "-of", "csv=p=0", video});
    if (!ffprobe.waitForFinished(60000) || ffprobe.exitCode() != 0) return {};
    return QString::fromUtf8(ffprobe.readAllStandardOutput()).trimmed();
}

} // namespace

class TestRecording : public QObject {
    Q_OBJECT

private slots:
    void schedulePacesLikeThePlayer_data()
    {
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<int>("fps");
        QTest::addColumn<double>("speed");
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<qint64>("firstEventFrame");
        // Play waits 350 ms before the first event; the end stays 2000 ms.
        QTest::newRow("empty run") << QList<qint64>{} << 10 << 1.0 << qint64{20} << qint64{-1};
        QTest::newRow("one event") << QList<qint64>{0} << 10 << 1.0 << qint64{24} << qint64{4};
        QTest::newRow("500 ms apart") << QList<qint64>{0, 500} << 10 << 1.0 << qint64{29} << qint64{4};
        QTest::newRow("twice as fast") << QList<qint64>{0, 500} << 10 << 2.0 << qint64{25} << qint64{2};
        QTest::newRow("hours capped") << QList<qint64>{0, 3'600'000} << 1 << 1.0 << qint64{9} << qint64{1};
        QTest::newRow("30 fps") << QList<qint64>{0, 0, 0} << 30 << 1.0 << qint64{92} << qint64{11};
    }
    void schedulePacesLikeThePlayer()
    {
        QFETCH(QList<qint64>, times);
        QFETCH(int, fps);
        QFETCH(double, speed);
        QFETCH(qint64, frames);
        QFETCH(qint64, firstEventFrame);
        const FrameSchedule schedule(std::vector<std::int64_t>(times.begin(), times.end()), fps, speed);
        QCOMPARE(schedule.frameCount(), frames);
        QCOMPARE(schedule.frame(0).shown, std::size_t{0});
        QCOMPARE(schedule.frame(frames - 1).shown, static_cast<std::size_t>(times.size()));
        if (firstEventFrame >= 0) {
            QCOMPARE(schedule.frame(firstEventFrame - 1).shown, std::size_t{0});
            QCOMPARE(schedule.frame(firstEventFrame).shown, std::size_t{1});
            const auto frameMs =
                static_cast<std::int64_t>(firstEventFrame) * 1000 / fps; // whole ms, as frames are
            QCOMPARE(schedule.frame(firstEventFrame).sinceStepMs, frameMs - 350 / speed);
        }
    }

    void commandLineFramesAreDeterministicAndCounted()
    {
        QTemporaryDir dir;
        const QStringList args{"--demo", "countdown", "--set", "from=1", "--fps", "4", "--size", "640x360"};
        QByteArray out;
        QCOMPARE(runApp(args + QStringList{"--record", dir.filePath("a")}, &out), 0);
        QVERIFY2(out.startsWith("recorded countdown (from=1, ms=500): "), out.constData());
        QCOMPARE(runApp(args + QStringList{"--record", dir.filePath("b")}), 0);
        const qint64 expected = expectedFrames("countdown", {"from=1"}, 4, 1.0);
        QVERIFY(expected > 10);
        QCOMPARE(framesIn(dir.filePath("a")).size(), expected);
        QCOMPARE(framesIn(dir.filePath("a")).first(), QString("frame-000001.png"));
        QCOMPARE(framesIn(dir.filePath("b")), framesIn(dir.filePath("a")));
        QCOMPARE(digestOf(dir.filePath("b")), digestOf(dir.filePath("a")));
        // The run unfolds: the first and the last frames differ, and each frame has the size.
        const QImage first(dir.filePath("a/frame-000001.png"));
        const QImage last(dir.filePath("a/" + framesIn(dir.filePath("a")).last()));
        QCOMPARE(first.size(), QSize(640, 360));
        QVERIFY(first != last);
    }

    // The fast path (a held picture drawn once, PNGs encoded on all cores) writes the very
    // files the plain one (every frame drawn and encoded in turn) writes, run after run.
    void fastFramesEqualPlainFrames()
    {
        QTemporaryDir dir;
        const QStringList sets{"users=5", "pageSize=2", "latency=900", "breakAfter=4"};
        std::int64_t drawn = 0;
        std::int64_t frames = 0;
        QString problem = recordDirectly("pagination", sets, {dir.filePath("fast"), {}},
                                         ys::ui::FramePath::Fast, &drawn, &frames);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(frames, expectedFrames("pagination", sets, 10, 1.0));
        // Many frames hold a picture (the pause between events): drawn once, not once a frame.
        QVERIFY2(drawn > 5 && drawn * 4 < frames * 3,
                 qPrintable(QString("%1 pictures for %2 frames").arg(drawn).arg(frames)));
        problem = recordDirectly("pagination", sets, {dir.filePath("again"), {}}, ys::ui::FramePath::Fast);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem =
            recordDirectly("pagination", sets, {dir.filePath("plain"), {}}, ys::ui::FramePath::Plain, &drawn);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(drawn, frames);
        QCOMPARE(framesIn(dir.filePath("fast")).size(), frames);
        QCOMPARE(framesIn(dir.filePath("plain")), framesIn(dir.filePath("fast")));
        QCOMPARE(framesIn(dir.filePath("again")), framesIn(dir.filePath("fast")));
        for (const QString& name : framesIn(dir.filePath("plain"))) {
            QFile plain(dir.filePath("plain/" + name));
            QFile fast(dir.filePath("fast/" + name));
            QFile again(dir.filePath("again/" + name));
            QVERIFY(plain.open(QIODevice::ReadOnly) && fast.open(QIODevice::ReadOnly) &&
                    again.open(QIODevice::ReadOnly));
            const QByteArray bytes = plain.readAll();
            QVERIFY2(fast.readAll() == bytes, qPrintable(name));
            QVERIFY2(again.readAll() == bytes, qPrintable(name));
        }
    }

    // The video too: the held pictures sent again give the frames every frame drawn gives.
    void fastVideoEqualsPlainVideo()
    {
        QTemporaryDir dir;
        const QStringList sets{"from=2"};
        QString problem =
            recordDirectly("countdown", sets, {{}, dir.filePath("fast.mp4")}, ys::ui::FramePath::Fast);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem =
            recordDirectly("countdown", sets, {{}, dir.filePath("plain.mp4")}, ys::ui::FramePath::Plain);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList fast = decodedFrames(dir.filePath("fast.mp4"), 10);
        QCOMPARE(fast.size(), expectedFrames("countdown", sets, 10, 1.0));
        QCOMPARE(decodedFrames(dir.filePath("plain.mp4"), 10), fast);
        // The plain path's held frames, drawn again, were recognised by their pixels: the same
        // file, byte for byte.
        QCOMPARE(contents(dir.filePath("plain.mp4")), contents(dir.filePath("fast.mp4")));
    }

    // The frames' own PNG writer: what it writes reads back as the very pixels, at odd sizes and
    // from any format (alpha dropped: frames are opaque).
    void pngEncoderRoundTrips_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("format");
        QTest::newRow("one pixel") << QSize(1, 1) << int(QImage::Format_RGB32);
        QTest::newRow("odd") << QSize(333, 77) << int(QImage::Format_RGB32);
        QTest::newRow("rgb888") << QSize(64, 9) << int(QImage::Format_RGB888);
        QTest::newRow("argb") << QSize(40, 30) << int(QImage::Format_ARGB32);
    }
    void pngEncoderRoundTrips()
    {
        QFETCH(QSize, size);
        QFETCH(int, format);
        QImage image(size, QImage::Format(format));
        std::uint32_t state = 12345;
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x) {
                state = state * 1664525u + 1013904223u; // every byte value, rows unlike their neighbours
                image.setPixel(x, y, x % 7 == 0 ? qRgb(255, 255, 255) : (state >> 8) | 0xff000000u);
            }
        }
        const QByteArray png = ys::ui::encodePng(image);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage back = QImage::fromData(png, "PNG");
        QCOMPARE(back.size(), size);
        QCOMPARE(back.convertToFormat(QImage::Format_RGB32), image.convertToFormat(QImage::Format_RGB32));
        QCOMPARE(ys::ui::encodePng(image), png); // the bytes depend on the image alone
    }

    // The Record dialog's progress: the frames, then the time left at the pace so far.
    void progressShowsTimeLeft_data()
    {
        QTest::addColumn<qint64>("done");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<QString>("text");
        QTest::newRow("start") << qint64(0) << qint64(430) << qint64(0) << "frame 0 of 430";
        QTest::newRow("too early") << qint64(20) << qint64(430) << qint64(400) << "frame 20 of 430";
        QTest::newRow("seconds") << qint64(100) << qint64(430) << qint64(1000)
                                 << "frame 100 of 430, about 4 s left";
        QTest::newRow("rounded up") << qint64(200) << qint64(430) << qint64(1000)
                                    << "frame 200 of 430, about 2 s left";
        QTest::newRow("minutes") << qint64(100) << qint64(3700) << qint64(2000)
                                 << "frame 100 of 3700, about 1 min 12 s left";
        QTest::newRow("done") << qint64(430) << qint64(430) << qint64(3000) << "frame 430 of 430";
    }
    void progressShowsTimeLeft()
    {
        QFETCH(qint64, done);
        QFETCH(qint64, total);
        QFETCH(qint64, elapsedMs);
        QFETCH(QString, text);
        QCOMPARE(RecordDialog::progressText(done, total, elapsedMs), text);
    }

    void commandLineRecordsFullHd()
    {
        QTemporaryDir dir;
        QCOMPARE(runApp({"--demo", "countdown", "--set", "from=1", "--fps", "1", "--speed", "2", "--record",
                         dir.filePath("hd")}),
                 0);
        const QStringList frames = framesIn(dir.filePath("hd"));
        QCOMPARE(frames.size(), expectedFrames("countdown", {"from=1"}, 1, 2.0));
        QCOMPARE(QImage(dir.filePath("hd/" + frames.last())).size(), QSize(1920, 1080));
    }

    // The video from the command line: its size and length, a frame for each picture (held
    // ones last as long as they are held), every frame of the recording when played at its
    // rate, and the same decoded frames run after run.
    void commandLineVideoHasSizeAndFrames()
    {
        QVERIFY2(!QStandardPaths::findExecutable("ffprobe").isEmpty(),
                 "ffprobe (Debian package ffmpeg) is needed");
        QTemporaryDir dir;
        const QStringList args{"--demo", "countdown", "--set",   "from=1", "--fps",
                               "5",      "--size",    "640x360", "--video"};
        QCOMPARE(runApp(args + QStringList{dir.filePath("run.mp4")}), 0);
        QCOMPARE(runApp(args + QStringList{dir.filePath("again.mp4")}), 0);
        const qint64 frames = expectedFrames("countdown", {"from=1"}, 5, 1.0);
        const QString video = dir.filePath("run.mp4");
        QCOMPARE(probe(video, "stream=width,height,codec_name,pix_fmt,color_space"),
                 QString("h264,640,360,yuv420p,bt709"));
        QCOMPARE(probe(video, "format=duration").toDouble(), double(frames) / 5);
        const qint64 pictures = probe(video, "stream=nb_frames").toLongLong();
        QVERIFY2(pictures > 2 && pictures < frames,
                 qPrintable(QString("%1 pictures for %2 frames").arg(pictures).arg(frames)));
        const QStringList decoded = decodedFrames(video, 5);
        QCOMPARE(decoded.size(), frames);
        QVERIFY(decoded.first() != decoded.last()); // the run unfolds
        QCOMPARE(decodedFrames(dir.filePath("again.mp4"), 5), decoded);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{"again.mp4", "run.mp4"})); // no .part left
    }

    // The video's pixels: BT.709, limited range, as the stream says; brightness at full
    // resolution and colour the mean of each 2x2 block; converting only the rows that changed
    // gives the bytes a whole conversion gives.
    void yuvFrameHasBt709Values_data()
    {
        QTest::addColumn<QRgb>("color");
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("cb");
        QTest::addColumn<int>("cr");
        QTest::newRow("black") << qRgb(0, 0, 0) << 16 << 128 << 128;
        QTest::newRow("white") << qRgb(255, 255, 255) << 235 << 128 << 128;
        QTest::newRow("grey") << qRgb(128, 128, 128) << 126 << 128 << 128;
        QTest::newRow("red") << qRgb(255, 0, 0) << 63 << 102 << 240;
        QTest::newRow("green") << qRgb(0, 255, 0) << 173 << 42 << 26;
        QTest::newRow("blue") << qRgb(0, 0, 255) << 32 << 240 << 118;
    }
    void yuvFrameHasBt709Values()
    {
        QFETCH(QRgb, color);
        QFETCH(int, y);
        QFETCH(int, cb);
        QFETCH(int, cr);
        QImage image(4, 2, QImage::Format_RGB32);
        image.fill(color);
        const QByteArray yuv = ys::ui::toYuv420(image);
        QCOMPARE(yuv.size(), qsizetype(4 * 2 + 2 * 2));
        for (int i = 0; i < 8; ++i)
            QCOMPARE(int(uchar(yuv[i])), y);
        QCOMPARE(int(uchar(yuv[8])), cb);
        QCOMPARE(int(uchar(yuv[10])), cr);
        QVERIFY(ys::ui::toYuv420(QImage(3, 2, QImage::Format_RGB32)).isEmpty()); // odd width
    }
    void yuvFrameConvertsChangedRowsAlike()
    {
        QImage before(64, 32, QImage::Format_RGB32);
        before.fill(qRgb(240, 240, 240));
        QImage after = before;
        after.setPixel(10, 5, qRgb(200, 30, 40)); // one row pair changes, one 2x2 block's colour
        QByteArray yuv = ys::ui::toYuv420(before);
        const QByteArray unchanged = yuv;
        QVERIFY(ys::ui::toYuv420(after, yuv, before));
        QCOMPARE(yuv, ys::ui::toYuv420(after));
        QVERIFY(yuv != unchanged);
        // A checker's 2x2 blocks: colour is their mean, brightness each pixel's own.
        QImage checker(2, 2, QImage::Format_RGB32);
        checker.setPixel(0, 0, qRgb(255, 255, 255));
        checker.setPixel(1, 1, qRgb(255, 255, 255));
        checker.setPixel(1, 0, qRgb(0, 0, 0));
        checker.setPixel(0, 1, qRgb(0, 0, 0));
        const QByteArray mixed = ys::ui::toYuv420(checker);
        QCOMPARE(QList<int>({uchar(mixed[0]), uchar(mixed[1]), uchar(mixed[2]), uchar(mixed[3]),
                             uchar(mixed[4]), uchar(mixed[5])}),
                 QList<int>({235, 16, 16, 235, 128, 128}));
    }

    void dialogRecordsFrames()
    {
        MainWindow window;
        window.selectDemo("countdown");
        window.setParams([] {
            ys::Params p = ys::findDemo("countdown")->defaults();
            p.assign("from=1");
            return p;
        }());
        QTemporaryDir dir;
        RecordDialog dialog(window);
        dialog.setFolder(dir.filePath("frames"));
        dialog.setFps(2);
        dialog.setFrameSize(QSize(640, 360));
        dialog.setSpeed(1.0);
        QSignalSpy written(&dialog, &RecordDialog::frameWritten);
        QVERIFY2(dialog.record(), qPrintable(dialog.message()));
        const qint64 expected = expectedFrames("countdown", {"from=1"}, 2, 1.0);
        QCOMPARE(written.size(), expected);
        QCOMPARE(written.last().at(0).value<std::int64_t>(), expected);
        QCOMPARE(framesIn(dir.filePath("frames")).size(), expected);
        QVERIFY(dialog.message().contains(QString("Recorded %1 frames").arg(expected)));
        // The window itself is left as it was.
        QVERIFY(!window.presentationMode());
    }

    void dialogCancelLeavesNothing_data()
    {
        QTest::addColumn<bool>("video");
        QTest::newRow("frames") << false;
        QTest::newRow("video") << true;
    }
    void dialogCancelLeavesNothing()
    {
        QFETCH(bool, video);
        MainWindow window;
        window.selectDemo("countdown");
        QTemporaryDir dir;
        RecordDialog dialog(window);
        if (video) {
            dialog.setVideo(dir.filePath("run.mp4"));
        } else {
            dialog.setFolder(dir.filePath("frames"));
        }
        dialog.setFps(2);
        dialog.setFrameSize(QSize(640, 360));
        connect(&dialog, &RecordDialog::frameWritten, &dialog, [&](std::int64_t done, std::int64_t) {
            if (done == 3)
                QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                                  Qt::LeftButton);
        });
        QVERIFY(!dialog.record());
        QVERIFY2(dialog.message().startsWith("Cancelled after 3 frames"), qPrintable(dialog.message()));
        QVERIFY(!dialog.recording());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{});
    }

    // An encoder that says it succeeded but wrote nothing, or one that fails: the user's own
    // FILE.mp4 and FILE.mp4.part are left byte for byte, and ffmpeg's own last line is told.
    void videoKeepsTheUsersFiles_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("message");
        QTest::newRow("exits 0 without writing")
            << QByteArray("cat > /dev/null; exit 0") << "ffmpeg ended without writing the video";
        QTest::newRow("fails with its reason")
            << QByteArray("cat > /dev/null; echo 'frame= 1' >&2; echo 'Unknown encoder libx264' >&2; exit 1")
            << "ffmpeg: Unknown encoder libx264";
    }
    void videoKeepsTheUsersFiles()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString programs = standInFfmpeg(dir, script);
        QDir(dir.path()).mkpath("out");
        for (const char* name : {"out/y.mp4", "out/y.mp4.part"}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("the user's own ") + name);
        }
        const Ran r = runWithPath({"--demo", "countdown", "--set", "from=1", "--fps", "2", "--size",
                                   "640x360", "--video", dir.filePath("out/y.mp4")},
                                  programs);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(contents(dir.filePath("out/y.mp4")), QByteArray("the user's own out/y.mp4"));
        QCOMPARE(contents(dir.filePath("out/y.mp4.part")), QByteArray("the user's own out/y.mp4.part"));
        QCOMPARE(everythingIn(dir.filePath("out")), (QStringList{"y.mp4", "y.mp4.part"}));
    }

    // Ctrl+C or SIGTERM while frames are written (or while a hung ffmpeg is waited for at the
    // end): what was written is removed, as Cancel removes it, and the process ends by the signal.
    void interruptionLeavesNothing_data()
    {
        QTest::addColumn<bool>("video");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QByteArray>("ffmpeg");
        QTest::newRow("frames, SIGINT") << false << SIGINT << QByteArray();
        QTest::newRow("frames, SIGTERM") << false << SIGTERM << QByteArray();
        QTest::newRow("video, SIGTERM") << true << SIGTERM << QByteArray();
        QTest::newRow("video, hung ffmpeg, SIGINT")
            << true << SIGINT << QByteArray("trap '' INT TERM; cat > /dev/null; exec sleep 120");
    }
    void interruptionLeavesNothing()
    {
        QFETCH(bool, video);
        QFETCH(int, signal);
        QFETCH(QByteArray, ffmpeg);
        QTemporaryDir dir;
        const QString programs = ffmpeg.isEmpty() ? QString() : standInFfmpeg(dir, ffmpeg);
        QDir(dir.path()).mkpath("out");
        const QString target = dir.filePath(video ? "out/run.mp4" : "out/frames");
        const QString part = video ? "run.mp4." : "frame-";
        QElapsedTimer clock;
        const Ran r =
            runWithPath({"--demo", "countdown", "--set", "from=2", "--fps", "10", "--size", "640x360",
                         video ? "--video" : "--record", target},
                        programs, [&](QProcess& p) {
                            // Once something is written (a frame, the video's partial file), or the frames
                            // have all gone to a hung ffmpeg.
                            QTRY_VERIFY_WITH_TIMEOUT(
                                [&] {
                                    const QStringList there = everythingIn(dir.filePath("out")) +
                                                              everythingIn(dir.filePath("out/frames"));
                                    return std::any_of(there.begin(), there.end(),
                                                       [&](const QString& n) { return n.startsWith(part); });
                                }(),
                                60000);
                            if (!ffmpeg.isEmpty()) QTest::qWait(4000); // all frames written, finishing hangs
                            clock.start();
                            ::kill(static_cast<pid_t>(p.processId()), signal);
                        });
        QVERIFY2(clock.elapsed() < 10000, "the interruption was not seen promptly");
        QVERIFY(r.crashed); // ended by the signal, after its cleanup
        QVERIFY2(r.err.contains("interrupted; the frames and video written so far were removed"),
                 r.err.constData());
        QCOMPARE(everythingIn(dir.filePath("out")), QStringList{});
    }

    // A recording of billions of frames is refused at once with the limit named, nothing written.
    void tooManyFramesAreRefused()
    {
        QTemporaryDir dir;
        const Ran r = runWithPath({"--demo", "countdown", "--set", "from=2000", "--set", "ms=86400000",
                                   "--fps", "120", "--speed", "0.25", "--record", dir.filePath("frames")},
                                  {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("frames, more than the 1,000,000 a recording may have"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(everythingIn(dir.path()), QStringList{});

        MainWindow window;
        window.selectDemo("countdown");
        ys::Params params = ys::findDemo("countdown")->defaults();
        params.assign("from=2000");
        params.assign("ms=86400000");
        window.setParams(params);
        RecordDialog dialog(window);
        dialog.setFolder(dir.filePath("frames"));
        dialog.setFps(120);
        dialog.setSpeed(0.25);
        QVERIFY(!dialog.record());
        QVERIFY2(dialog.message().contains("more than the 1,000,000"), qPrintable(dialog.message()));
        QCOMPARE(everythingIn(dir.path()), QStringList{});
    }

    // File > Record to a video whose ffmpeg hangs at the end: the window goes on with its
    // events meanwhile, and Cancel ends the recording at once, leaving nothing.
    void dialogCancelsAHungFfmpeg()
    {
        QTemporaryDir dir;
        const QString programs = standInFfmpeg(dir, "trap '' INT TERM; cat > /dev/null; exec sleep 120");
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", programs.toUtf8() + ":" + path);
        MainWindow window;
        window.selectDemo("countdown");
        QDir(dir.path()).mkpath("out");
        RecordDialog dialog(window);
        dialog.setVideo(dir.filePath("out/run.mp4"));
        dialog.setFps(1);
        dialog.setFrameSize(QSize(640, 360));
        bool lastFrame = false;
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &dialog, [&] {
            if (lastFrame && ++ticks == 20) dialog.cancelRecording(); // a second into the hang
        });
        ticker.start(50);
        connect(&dialog, &RecordDialog::frameWritten, &dialog,
                [&](std::int64_t done, std::int64_t total) { lastFrame = done == total; });
        QElapsedTimer clock;
        clock.start();
        const bool recorded = dialog.record();
        qputenv("PATH", path);
        QVERIFY(!recorded);
        QVERIFY2(ticks >= 20, "the window's events did not run while ffmpeg was waited for");
        QVERIFY2(clock.elapsed() < 30000, "Cancel did not end the wait for ffmpeg");
        QVERIFY2(dialog.message().startsWith("Cancelled after"), qPrintable(dialog.message()));
        QCOMPARE(everythingIn(dir.filePath("out")), QStringList{});
    }

    // A full disk while frames are written: one line naming it in words (no line of the PNG
    // library's), and the frames written so far removed. The disk is a tiny tmpfs mounted in
    // a mount namespace of the test's own.
    void fullDiskIsOneLine()
    {
        QTemporaryDir dir;
        const QString disk = dir.filePath("disk");
        QDir(dir.path()).mkpath("disk");
        QProcess p;
        p.start(
            "unshare",
            {"-m", "sh", "-c",
             R"(mount -t tmpfs -o size=100k tmpfs "$1" || exit 99; d=$1; shift; "$@"; rc=$?; ls -A "$d"; exit $rc)",
             "sh", disk, YS_APP, "--demo", "countdown", "--set", "from=1", "--fps", "2", "--size", "640x360",
             "--record", disk + "/frames"});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() != 99, "mounting a tmpfs needs root, as the tests run in CI");
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.startsWith("yieldscope: cannot write '") && err.contains("No space left on device"),
                 err.constData());
        QCOMPARE(err.count('\n'), 1);
        QCOMPARE(p.readAllStandardOutput(), QByteArray()); // the disk, listed after the run: empty
    }

    void highContrastInksReadOnTheirBackgrounds()
    {
        const ys::ui::Theme t = ys::ui::Theme::highContrast();
        const std::pair<const char*, QColor> inks[] = {
            {"text", t.text},          {"mutedText", t.mutedText},
            {"axis", t.axis},          {"instantText", t.instantText},
            {"cursor", t.cursor},      {"next", t.next},
            {"value", t.value},        {"resumed", t.resumed},
            {"await", t.await},        {"ret", t.ret},
            {"done", t.done},          {"cleanup", t.cleanup},
            {"error", t.error},        {"log", t.log},
            {"separator", t.separator}};
        for (const QColor& background : {t.window, t.gutter, t.laneBand, t.laneBandAlt, t.chip}) {
            for (const auto& [name, ink] : inks) {
                const double ratio = ys::ui::contrastRatio(ink, background);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QString("%1 on %2: %3").arg(name, background.name()).arg(ratio)));
            }
        }
        QVERIFY(ys::ui::contrastRatio(t.awaitInk, t.await) >= 4.5);
        QVERIFY(ys::ui::contrastRatio(t.logInk, t.logFill) >= 4.5);
        const ys::ui::CodeColors code = ys::ui::CodeColors::forTheme(t);
        for (const QColor& ink :
             {code.text, code.keyword, code.string, code.number, code.comment, code.builtin}) {
            QVERIFY2(ys::ui::contrastRatio(ink, code.background) >= 4.5, qPrintable(ink.name()));
            QVERIFY2(ys::ui::contrastRatio(ink, code.currentLine) >= 4.5, qPrintable(ink.name()));
        }
        QVERIFY(ys::ui::contrastRatio(code.gutterText, code.gutterBackground) >= 4.5);
        // The check itself: black on white is 21, a colour on itself 1.
        QCOMPARE(qRound(ys::ui::contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(ys::ui::contrastRatio(t.next, t.next), 1.0);
    }

    void highContrastIsAThemeChoice()
    {
        MainWindow window;
        auto* high = window.findChild<QAction*>(QStringLiteral("actionThemeHighContrast"));
        QVERIFY(high != nullptr);
        high->trigger();
        QCOMPARE(window.themeMode(), MainWindow::ThemeMode::HighContrast);
        QCOMPARE(window.timeline()->theme().name, QString("high-contrast"));
        window.setPresentationMode(true);
        QCOMPARE(window.timeline()->theme().name, QString("high-contrast"));
        QVERIFY(window.timeline()->theme().strokeWeight > ys::ui::Theme::highContrast().strokeWeight);
        window.setPresentationMode(false);
        QCOMPARE(window.timeline()->theme().strokeWeight, ys::ui::Theme::highContrast().strokeWeight);
        window.setThemeMode(MainWindow::ThemeMode::Light);
    }

    void panelsChosenForPresentation()
    {
        MainWindow window;
        window.setPresentationSize(QSize(1280, 720));
        window.show();
        QWidget* console = window.console()->parentWidget();
        QMenu* panels = nullptr;
        for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
            if (menu->title().remove('&') == "Panels") panels = menu;
        }
        QVERIFY(panels != nullptr);
        QCOMPARE(panels->actions().size(), 5);
        QAction* parametersAction = panels->actions().at(0);
        QAction* consoleAction = panels->actions().at(4);
        QAction* codeAction = panels->actions().at(1);
        QVERIFY(!parametersAction->isChecked()); // the listing shows the values already
        QVERIFY(window.paramEditor()->isVisible());
        QCOMPARE(consoleAction->text().remove('&'), QString("Console"));
        QCOMPARE(codeAction->text().remove('&'), QString("Code"));
        consoleAction->trigger(); // unchecked: dropped in presentation mode
        QVERIFY(!window.presentationPanels().isChosen(PresentationPanels::Panel::Console));
        QVERIFY(console->isVisible()); // not presenting: every panel
        window.setPresentationMode(true);
        QVERIFY(!console->isVisible());
        QVERIFY(!window.paramEditor()->isVisible());
        QVERIFY(window.timeline()->isVisible());
        QVERIFY(window.narration()->isVisible());
        codeAction->trigger();
        QVERIFY(!window.codeView()->isVisible());
        // Neither the parameters nor the code: their column goes, the timeline takes the width.
        QVERIFY(!window.codeView()->parentWidget()->parentWidget()->isVisible());
        QTRY_VERIFY(window.timeline()->width() > 1000);
        window.setPresentationMode(false);
        QVERIFY(window.paramEditor()->isVisible());
        QVERIFY(console->isVisible());
        QVERIFY(window.codeView()->isVisible());
        window.setPresentationMode(true); // remembered across toggles
        QVERIFY(!console->isVisible());
        QVERIFY(!window.codeView()->isVisible());
        codeAction->trigger();
        QVERIFY(window.codeView()->isVisible());
        window.setPresentationMode(false);
    }

    void presentationSizeIsExact_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("720p") << QSize(1280, 720);
        QTest::newRow("1080p") << QSize(1920, 1080);
    }
    void presentationSizeIsExact()
    {
        QFETCH(QSize, size);
        MainWindow window;
        window.show();
        window.setPresentationSize(size);
        window.setPresentationMode(true);
        QCOMPARE(window.size(), size);
        window.setPresentationMode(false);
        // Resizable again.
        QVERIFY(window.maximumSize() != size);
        QVERIFY(window.minimumSize() != size);
    }

    void exportsTheComposedWindow()
    {
        MainWindow window;
        window.resize(1400, 850);
        window.show();
        window.session().stepForward();
        QTemporaryDir dir;
        const QString path = dir.filePath("window.png");
        QVERIFY(window.exportWindowPng(path));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1400, 850));
        QVERIFY(window.fileMessage().contains("window.png"));
        QVERIFY(!window.exportWindowPng(dir.filePath("no/such/folder/window.png")));
    }
};

QTEST_MAIN(TestRecording)
#include "tst_recording.moc"
