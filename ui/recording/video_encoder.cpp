#include "video_encoder.hpp"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QStandardPaths>

#include <utility>

namespace ys::ui {
namespace {

// How long ffmpeg may take to accept a frame, or to finish the file, before it counts as hung.
constexpr int kWriteTimeoutMs = 60'000;
constexpr int kFinishTimeoutMs = 600'000;
// Frames queued for ffmpeg before waiting for it to catch up.
constexpr qint64 kQueuedFrames = 4;

} // namespace

VideoEncoder::VideoEncoder(QString path) : path_(std::move(path)) {}

VideoEncoder::~VideoEncoder() { abort(); }

QString VideoEncoder::ffmpegProgram() { return QStandardPaths::findExecutable(QStringLiteral("ffmpeg")); }

QString VideoEncoder::installHint() { return QStringLiteral("install it with: sudo apt-get install ffmpeg"); }

bool VideoEncoder::check(QString& error) const
{
    const QFileInfo info(path_);
    if (path_.isEmpty() || info.suffix().compare(QStringLiteral("mp4"), Qt::CaseInsensitive) != 0) {
        error = QStringLiteral("'%1' does not end in .mp4").arg(path_);
        return false;
    }
    if (info.isDir()) {
        error = QStringLiteral("'%1' is a folder, not a file").arg(path_);
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable() || (info.exists() && !info.isWritable())) {
        error = QStringLiteral("cannot write '%1'").arg(path_);
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
    const QStringList args{
        QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
        QStringLiteral("-y"),
        // The input: raw frames on standard input, bytes B, G, R, unused: QImage's RGB32 in memory.
        QStringLiteral("-f"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("bgr0"),
        QStringLiteral("-s"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
        QStringLiteral("-r"), QString::number(fps), QStringLiteral("-i"), QStringLiteral("-"),
        // The output: H.264 (libx264). veryfast: about a third less work a frame than fast, for
        // a file of the same size here (the frames are mostly flat colour and text that holds
        // still); stillimage: less deblocking and more care of fine detail, so the edges of the
        // letters stay crisp; crf 18: near-transparent quality. yuv420p, the one pixel format
        // every player reads: black-on-light text lives in brightness, kept at full resolution,
        // and only colour is halved (yuv444p would keep coloured text a little sharper, but
        // browsers and phones do not play it).
        QStringLiteral("-an"), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
        QStringLiteral("veryfast"), QStringLiteral("-tune"), QStringLiteral("stillimage"),
        QStringLiteral("-crf"), QStringLiteral("18"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
        QStringLiteral("-movflags"), QStringLiteral("+faststart"), QStringLiteral("-f"),
        QStringLiteral("mp4"), partialPath()};
    ffmpeg_.setProcessChannelMode(QProcess::SeparateChannels);
    ffmpeg_.setStandardOutputFile(QProcess::nullDevice());
    ffmpeg_.start(program, args);
    if (!ffmpeg_.waitForStarted()) {
        error = QStringLiteral("cannot start ffmpeg: %1").arg(ffmpeg_.errorString());
        return false;
    }
    return true;
}

bool VideoEncoder::write(const QImage& frame, QString& error)
{
    // A held picture is sent again as it was prepared; only a new one may need converting.
    if (lastFrame_.isNull() || frame.cacheKey() != lastKey_) {
        lastFrame_ =
            frame.format() == QImage::Format_RGB32 ? frame : frame.convertToFormat(QImage::Format_RGB32);
        lastKey_ = frame.cacheKey();
    }
    const QImage& rgb = lastFrame_;
    // bgr0 wants rows without padding: four bytes a pixel, as RGB32 has them.
    const qint64 row = qint64(rgb.width()) * 4;
    const qint64 bytes = row * rgb.height();
    if (rgb.size() != size_ || rgb.bytesPerLine() != row || ffmpeg_.state() != QProcess::Running ||
        ffmpeg_.write(reinterpret_cast<const char*>(rgb.constBits()), bytes) != bytes) {
        error = ffmpegError();
        return false;
    }
    while (ffmpeg_.bytesToWrite() > kQueuedFrames * bytes) {
        if (!ffmpeg_.waitForBytesWritten(kWriteTimeoutMs)) {
            error = ffmpegError();
            return false;
        }
    }
    return true;
}

bool VideoEncoder::finish(QString& error)
{
    while (ffmpeg_.bytesToWrite() > 0) {
        if (!ffmpeg_.waitForBytesWritten(kWriteTimeoutMs)) break;
    }
    ffmpeg_.closeWriteChannel();
    const bool done = ffmpeg_.waitForFinished(kFinishTimeoutMs) &&
                      ffmpeg_.exitStatus() == QProcess::NormalExit && ffmpeg_.exitCode() == 0;
    if (!done) {
        error = ffmpegError();
        abort();
        return false;
    }
    QFile::remove(path_);
    if (!QFile::rename(partialPath(), path_)) {
        error = QStringLiteral("cannot write '%1'").arg(path_);
        abort();
        return false;
    }
    return true;
}

void VideoEncoder::abort()
{
    if (ffmpeg_.state() != QProcess::NotRunning) {
        ffmpeg_.kill();
        ffmpeg_.waitForFinished();
    }
    QFile::remove(partialPath());
}

QString VideoEncoder::ffmpegError()
{
    // ffmpeg's own first line says what went wrong (at -loglevel error, it says little else).
    const QString said = QString::fromLocal8Bit(ffmpeg_.readAllStandardError()).trimmed().section('\n', 0, 0);
    return said.isEmpty() ? QStringLiteral("ffmpeg stopped: %1").arg(ffmpeg_.errorString())
                          : QStringLiteral("ffmpeg: %1").arg(said);
}

} // namespace ys::ui
