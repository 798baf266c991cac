// Encodes a recording's frames into an H.264 .mp4 with ffmpeg: raw frames are piped into its
// standard input as they are in memory (bgr0: QImage's RGB32), and a frame that repeats the
// picture before it (the same QImage) is sent again without being converted again. The video is written
// beside its destination under a temporary name and moved into place only when ffmpeg has finished it, so a
// cancelled or failed recording leaves no half-written video.
#pragma once

#include <QImage>
#include <QProcess>
#include <QSize>
#include <QString>

#include <cstdint>

namespace ys::ui {

class VideoEncoder {
public:
    explicit VideoEncoder(QString path);
    ~VideoEncoder();
    VideoEncoder(const VideoEncoder&) = delete;
    VideoEncoder& operator=(const VideoEncoder&) = delete;

    // ffmpeg's path on PATH, or empty when it is not installed.
    static QString ffmpegProgram();
    // How to install ffmpeg, for the one line shown when it is missing.
    static QString installHint();

    // Whether the video can be written there, without leaving anything behind; `error` says
    // why not (without the option's name).
    bool check(QString& error) const;
    // Starts ffmpeg for frames of `size` at `fps`.
    bool start(const QSize& size, int fps, QString& error);
    bool write(const QImage& frame, QString& error);
    // Waits for ffmpeg to finish the file and moves it into place.
    bool finish(QString& error);
    // Stops ffmpeg and removes what it wrote.
    void abort();

    QString path() const { return path_; }
    QString partialPath() const { return path_ + QStringLiteral(".part"); }

private:
    QString ffmpegError();

    QString path_;
    QSize size_;
    QProcess ffmpeg_;
    QImage lastFrame_;   // the last picture sent, in the layout ffmpeg reads
    qint64 lastKey_ = 0; // its cacheKey() as handed in
};

} // namespace ys::ui
