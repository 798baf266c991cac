// SPDX-License-Identifier: MIT
// Encodes a recording's frames into an H.264 .mp4 with ffmpeg. Each distinct picture is sent
// once, at the time it appears: converted here to the encoder's pixel format (yuv_frame.hpp) and
// piped into ffmpeg's standard input in a Matroska stream that stamps it (matroska_stream.hpp).
// A frame that repeats the picture before it (the same QImage, or one drawn again with the same
// pixels) is not sent at all: the picture before lasts until the next one, in the video too,
// which has a frame for each distinct picture, each as long as it is held (its times fall on
// the recording's frame rate; decoded at that rate, it gives every frame of the recording). The
// pixels are the same whichever way the frames were drawn. The video is
// written beside its destination under a temporary name of its own (FILE.mp4.XXXXXX.part, never
// a file already there) and renamed over the destination only when ffmpeg has finished it, so a
// cancelled or failed recording leaves no half-written video and an existing video stays whole
// until the new one replaces it.
//
// Waiting for ffmpeg (to take frames, to finish the file) never blocks for long: the wait hook
// is asked every few milliseconds whether to go on (the Record dialog runs the window's events
// and looks at Cancel there; the command line looks at Ctrl+C), and ffmpeg counts as hung
// after a minute without progress.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QProcess>
#include <QSize>
#include <QString>

#include <cstdint>
#include <functional>

namespace ys::ui {

class VideoEncoder {
    Q_DECLARE_TR_FUNCTIONS(ys::ui::VideoEncoder)

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
    // Takes the next frame (frames come in order, one for each 1/fps of a second).
    bool write(const QImage& frame, QString& error);
    // Waits for ffmpeg to finish the file and moves it into place.
    bool finish(QString& error);
    // Stops ffmpeg and removes what it wrote.
    void abort();

    // Asked while waiting for ffmpeg; false stops the wait (and the recording fails).
    void setWaitHook(std::function<bool()> keepWaiting) { waitHook_ = std::move(keepWaiting); }

    QString path() const { return path_; }
    // The file ffmpeg writes until finish(); empty before start() and after finish() or abort().
    QString partialPath() const { return partial_; }

private:
    QString ffmpegError();
    bool keepWaiting() const;
    // Waits until at most `queued` bytes wait for ffmpeg; false when it stopped, hung or the
    // wait hook said stop.
    bool waitForQueue(qint64 queued);
    // Sends the last picture taken, shown from frame `index` on.
    bool sendPicture(std::int64_t index, QString& error);

    QString path_;
    QString partial_;
    QSize size_;
    QProcess ffmpeg_;
    QByteArray stderr_;
    std::function<bool()> waitHook_;
    int fps_ = 1;
    QImage lastFrame_;           // the last distinct picture taken, as RGB32
    qint64 lastKey_ = 0;         // its cacheKey() as handed in
    QByteArray lastYuv_;         // that picture as sent
    std::int64_t taken_ = 0;     // frames taken so far
    std::int64_t lastSent_ = -1; // the frame at which the last picture was sent
};

} // namespace ys::ui
