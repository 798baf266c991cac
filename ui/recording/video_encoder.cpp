// SPDX-License-Identifier: MIT
#include "ui/recording/video_encoder.hpp"

#include "ui/recording/matroska_stream.hpp"
#include "ui/recording/yuv_frame.hpp"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace ys::ui {
namespace {

// How long ffmpeg may go without taking a frame, or without touching the file it finishes,
// before it counts as hung. However long the video, finishing it keeps writing.
constexpr int kStallTimeoutMs = 60'000;
// How often a wait for ffmpeg looks at whether it should go on (Cancel, a signal).
constexpr int kWaitSliceMs = 50;
// Pictures queued for ffmpeg before waiting for it to catch up.
constexpr qint64 kQueuedFrames = 4;

// Whether two RGB32 pictures of one size have the same pixels.
bool samePixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.format() != b.format()) return false;
    const auto row = static_cast<std::size_t>(a.width()) * 4;
    for (int y = 0; y < a.height(); ++y) {
        if (std::memcmp(a.constScanLine(y), b.constScanLine(y), row) != 0) return false;
    }
    return true;
}

} // namespace

VideoEncoder::VideoEncoder(QString path) : path_(std::move(path)) {}

VideoEncoder::~VideoEncoder() { abort(); }

QString VideoEncoder::ffmpegProgram() { return QStandardPaths::findExecutable(QStringLiteral("ffmpeg")); }

QString VideoEncoder::installHint() { return tr("install it with: sudo apt-get install ffmpeg"); }

bool VideoEncoder::check(QString& error) const
{
    const QFileInfo info(path_);
    if (path_.isEmpty() || info.suffix().compare(QStringLiteral("mp4"), Qt::CaseInsensitive) != 0) {
        error = tr("'%1' does not end in .mp4").arg(path_);
        return false;
    }
    if (info.isDir()) {
        error = tr("'%1' is a folder, not a file").arg(path_);
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable() || (info.exists() && !info.isWritable())) {
        error = tr("cannot write '%1'").arg(path_);
        return false;
    }
    return true;
}

bool VideoEncoder::start(const QSize& size, int fps, QString& error)
{
    if (!check(error)) return false;
    const QString program = ffmpegProgram();
    if (program.isEmpty()) {
        error = installHint();
        return false;
    }
    size_ = size;
    // A name of its own beside the video: never a file of the user's (run.mp4.part included).
    QTemporaryFile reserved(path_ + QStringLiteral(".XXXXXX.part"));
    reserved.setAutoRemove(false);
    if (!reserved.open()) {
        error = tr("cannot write '%1': %2").arg(path_, reserved.errorString());
        return false;
    }
    partial_ = reserved.fileName();
    reserved.close();
    fps_ = std::max(1, fps);
    const QStringList args{
        QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
        QStringLiteral("-y"),
        // The input: a Matroska stream of I420 pictures on standard input, each stamped with
        // the time it appears (see matroska_stream.hpp).
        QStringLiteral("-f"), QStringLiteral("matroska"), QStringLiteral("-i"), QStringLiteral("-"),
        // The output keeps the stamps (at 1/fps, where they fall exactly): a picture held on
        // screen is one frame of the video lasting as long as it is held, as screen recorders
        // and phones write them, and every player plays. A constant rate would make the
        // encoder code every repeat again: on the benchmark's run, two thirds more of its work.
        // (-fps_mode is ffmpeg 5.1's name, as Debian 12 ships it; older ones called it -vsync.)
        QStringLiteral("-fps_mode"), QStringLiteral("passthrough"), QStringLiteral("-r"),
        QString::number(fps_),
        // H.264 (libx264). veryfast: about a third less work a frame than fast, for a file of
        // the same size here (the frames are mostly flat colour and text that holds still);
        // and, for the same reason, the cheapest motion search (dia, subme 1, no weighted
        // prediction, 5 frames of look-ahead): what moves is a cursor gliding and a timeline
        // scrolling, found as well by the small search; a fifth less work for the encoder, a
        // twentieth less sharpness (PSNR 47.1 dB against 48.1), which crf 17 instead of 18 buys
        // back for a file 7% larger. stillimage: less deblocking and more care of fine detail,
        // so the edges of the letters stay crisp. No B-frames: a fifth less work for a file a
        // tenth larger, and frames that each last their own time (with B-frames an MP4 of
        // uneven frames gets a muddled duration). yuv420p, the one pixel format every player
        // reads: black-on-light text lives in brightness, kept at full resolution, and only
        // colour is halved (yuv444p would keep coloured text a little sharper, but browsers and
        // phones do not play it). The BT.709 colour description comes with the input stream.
        QStringLiteral("-an"), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
        QStringLiteral("veryfast"), QStringLiteral("-tune"), QStringLiteral("stillimage"),
        QStringLiteral("-crf"), QStringLiteral("17"), QStringLiteral("-x264-params"),
        QStringLiteral("bframes=0:me=dia:subme=1:weightp=0:rc-lookahead=5"), QStringLiteral("-pix_fmt"),
        QStringLiteral("yuv420p"), QStringLiteral("-movflags"), QStringLiteral("+faststart"),
        QStringLiteral("-f"), QStringLiteral("mp4"), partialPath()};
    ffmpeg_.setProcessChannelMode(QProcess::SeparateChannels);
    ffmpeg_.setStandardOutputFile(QProcess::nullDevice());
#ifdef F_SETPIPE_SZ
    // A picture is 3 MB; through Linux's default pipe of 64 KiB the two processes take turns
    // at its lock for every 64 KiB and copying into the pipe cost the app a third of its time.
    // 1 MiB (the size an unprivileged process may ask for) lets each side work in long runs.
    ffmpeg_.setChildProcessModifier([] { (void)fcntl(STDIN_FILENO, F_SETPIPE_SZ, 1 << 20); });
#endif
    ffmpeg_.start(program, args);
    if (!ffmpeg_.waitForStarted()) {
        error = tr("cannot start ffmpeg: %1").arg(ffmpeg_.errorString());
        return false;
    }
    const QByteArray header = matroska::streamHeader(size);
    if (ffmpeg_.write(header) != header.size()) {
        error = ffmpegError();
        return false;
    }
    return true;
}

bool VideoEncoder::write(const QImage& frame, QString& error)
{
    const std::int64_t index = taken_++;
    // A held picture is not sent again: ffmpeg repeats the one before until the next arrives.
    if (!lastFrame_.isNull() && frame.cacheKey() == lastKey_) return true;
    QImage rgb = frame.format() == QImage::Format_RGB32 ? frame : frame.convertToFormat(QImage::Format_RGB32);
    lastKey_ = frame.cacheKey();
    if (!lastFrame_.isNull() && samePixels(rgb, lastFrame_)) return true; // drawn again, unchanged
    if (rgb.size() != size_) {
        error = tr("a frame of %1x%2 in a video of %3x%4")
                    .arg(rgb.width())
                    .arg(rgb.height())
                    .arg(size_.width())
                    .arg(size_.height());
        return false;
    }
    // Only the rows that changed since the last picture are converted again.
    toYuv420(rgb, lastYuv_, lastFrame_);
    lastFrame_ = std::move(rgb);
    return sendPicture(index, error);
}

bool VideoEncoder::sendPicture(std::int64_t index, QString& error)
{
    // Frame k is shown k / fps seconds in, to the nearest microsecond: ffmpeg's fps filter
    // rounds it back to frame k exactly (fps is at most a few hundred).
    const std::int64_t microseconds = (index * 1'000'000 + fps_ / 2) / fps_;
    const QByteArray header = matroska::pictureHeader(microseconds, lastYuv_.size());
    const qint64 bytes = header.size() + lastYuv_.size();
    if (lastYuv_.isEmpty() || ffmpeg_.state() != QProcess::Running ||
        ffmpeg_.write(header) != header.size() ||
        ffmpeg_.write(lastYuv_.constData(), lastYuv_.size()) != lastYuv_.size() ||
        !waitForQueue(kQueuedFrames * bytes)) {
        error = ffmpegError();
        return false;
    }
    lastSent_ = index;
    return true;
}

bool VideoEncoder::keepWaiting() const { return !waitHook_ || waitHook_(); }

bool VideoEncoder::waitForQueue(qint64 queued)
{
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qint64 left = ffmpeg_.bytesToWrite();
    while (left > queued) {
        if (ffmpeg_.state() != QProcess::Running || !keepWaiting() ||
            sinceProgress.hasExpired(kStallTimeoutMs))
            return false;
        ffmpeg_.waitForBytesWritten(kWaitSliceMs);
        if (ffmpeg_.bytesToWrite() < left) sinceProgress.restart();
        left = ffmpeg_.bytesToWrite();
    }
    return true;
}

bool VideoEncoder::finish(QString& error)
{
    // The last picture once more at the last frame, when it was held: the one before then
    // lasts until it, and the video as long as the recording.
    if (taken_ > 0 && lastSent_ != taken_ - 1 && !sendPicture(taken_ - 1, error)) {
        abort();
        return false;
    }
    const bool queueWritten = waitForQueue(0);
    ffmpeg_.closeWriteChannel();
    // ffmpeg finishing a long video keeps writing its file: only a file left alone for
    // kStallTimeoutMs means it hangs. Cancel and signals are looked at meanwhile.
    QElapsedTimer sinceChange;
    sinceChange.start();
    QFileInfo partial(partial_);
    auto stamp = std::pair{partial.size(), partial.lastModified()};
    while (queueWritten && ffmpeg_.state() != QProcess::NotRunning) {
        if (!keepWaiting()) {
            error = tr("cancelled while ffmpeg finished the video");
            abort();
            return false;
        }
        if (ffmpeg_.waitForFinished(kWaitSliceMs)) break;
        partial.refresh();
        const auto now = std::pair{partial.size(), partial.lastModified()};
        if (now != stamp) {
            stamp = now;
            sinceChange.restart();
        } else if (sinceChange.hasExpired(kStallTimeoutMs)) {
            error =
                tr("ffmpeg stopped writing the video for %1 s; it was stopped").arg(kStallTimeoutMs / 1000);
            abort();
            return false;
        }
    }
    const bool done = queueWritten && ffmpeg_.state() == QProcess::NotRunning &&
                      ffmpeg_.exitStatus() == QProcess::NormalExit && ffmpeg_.exitCode() == 0;
    if (!done) {
        error = ffmpegError();
        abort();
        return false;
    }
    // An encoder that says it succeeded but wrote nothing leaves the old video where it was.
    if (QFileInfo(partial_).size() <= 0) {
        stderr_ += ffmpeg_.readAllStandardError();
        const QString said = QString::fromLocal8Bit(stderr_).trimmed().section('\n', -1, -1).trimmed();
        error = said.isEmpty() ? tr("ffmpeg ended without writing the video")
                               : tr("ffmpeg ended without writing the video: %1").arg(said);
        abort();
        return false;
    }
    // One rename over the old video: it stays whole until the new one is in its place.
    if (std::rename(QFile::encodeName(partial_).constData(), QFile::encodeName(path_).constData()) != 0) {
        error = tr("cannot write '%1': %2").arg(path_, QString::fromLocal8Bit(std::strerror(errno)));
        abort();
        return false;
    }
    partial_.clear();
    return true;
}

void VideoEncoder::abort()
{
    if (ffmpeg_.state() != QProcess::NotRunning) {
        ffmpeg_.kill();
        ffmpeg_.waitForFinished();
    }
    if (!partial_.isEmpty()) QFile::remove(partial_);
    partial_.clear();
}

QString VideoEncoder::ffmpegError()
{
    // What ffmpeg said before it stopped is read once it has stopped (a moment at most); its
    // last line says what went wrong (at -loglevel error, it says little else).
    if (ffmpeg_.state() != QProcess::NotRunning) ffmpeg_.waitForFinished(1000);
    stderr_ += ffmpeg_.readAllStandardError();
    const QString said = QString::fromLocal8Bit(stderr_).trimmed().section('\n', -1, -1).trimmed();
    return said.isEmpty() ? tr("ffmpeg stopped: %1").arg(ffmpeg_.errorString()) : tr("ffmpeg: %1").arg(said);
}

} // namespace ys::ui
