// SPDX-License-Identifier: MIT
// Writes a recording's frames as numbered PNG files (frame-000001.png, frame-000002.png, ...)
// into a folder, which it creates when it does not exist yet. Frames are encoded on worker
// threads, all cores at once, and a frame that repeats the picture before it (the same QImage,
// as FrameRecorder hands out for a held picture) is not encoded again: its file gets the same
// bytes. A PNG is a function of the image alone, so the files are the same as one thread
// encoding every frame would write.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <QThread>
#include <QThreadPool>

#include <cstdint>
#include <vector>

namespace ys::ui {

class PngFrameWriter {
    Q_DECLARE_TR_FUNCTIONS(ys::ui::PngFrameWriter)

public:
    // `threads`: the workers encoding frames; 0 encodes every frame on its own in the calling
    // thread, as write() is called (the plain path, to check the others against).
    explicit PngFrameWriter(QString folder, int threads = QThread::idealThreadCount());
    ~PngFrameWriter();
    PngFrameWriter(const PngFrameWriter&) = delete;
    PngFrameWriter& operator=(const PngFrameWriter&) = delete;

    // "frame-000001.png" for number 1.
    static QString frameName(std::int64_t number);

    // Whether the folder can take the frames, without touching anything: an existing writable
    // folder without frames of an earlier recording, or a new one in a writable folder. On
    // failure, `error` says why (without the option's name).
    bool check(QString& error) const;
    // Creates the folder if needed.
    bool prepare(QString& error);
    // Takes the next frame; false (with `error`) once an earlier frame could not be written.
    bool write(const QImage& frame, QString& error);
    // Waits until every frame taken is in its file; false (with `error`) if one is not.
    bool flush(QString& error);
    // Removes the frames written, and the folder if prepare() created it.
    void discard();

    std::int64_t written() const { return written_; }
    QString folder() const { return folder_; }

private:
    // Hands the picture taken so far, with the numbers of its frames, to a worker.
    void submitPending();
    // Encodes `picture` once and writes it as each of the frames `numbers`; "" or the error.
    QString writePicture(const QImage& picture, const std::vector<std::int64_t>& numbers) const;

    QString folder_;
    std::int64_t written_ = 0;
    bool created_ = false;
    int threads_ = 0;
    QImage pending_; // the picture of the frames taken but not yet handed to a worker
    std::vector<std::int64_t> pendingNumbers_;
    QThreadPool pool_;
    QSemaphore slots_; // bounds the pictures in flight (each holds a whole image)
    mutable QMutex errorLock_;
    QString error_; // the first frame that could not be written
};

} // namespace ys::ui
