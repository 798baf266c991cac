// Writes a recording's frames as numbered PNG files (frame-000001.png, frame-000002.png, ...)
// into a folder, which it creates when it does not exist yet.
#pragma once

#include <QString>

#include <cstdint>

class QImage;

namespace ys::ui {

class PngFrameWriter {
public:
    explicit PngFrameWriter(QString folder);

    // "frame-000001.png" for number 1.
    static QString frameName(std::int64_t number);

    // Whether the folder can take the frames, without touching anything: an existing writable
    // folder without frames of an earlier recording, or a new one in a writable folder. On
    // failure, `error` says why (without the option's name).
    bool check(QString& error) const;
    // Creates the folder if needed.
    bool prepare(QString& error);
    // Writes the next frame.
    bool write(const QImage& frame, QString& error);
    // Removes the frames written, and the folder if prepare() created it.
    void discard();

    std::int64_t written() const { return written_; }
    QString folder() const { return folder_; }

private:
    QString folder_;
    std::int64_t written_ = 0;
    bool created_ = false;
};

} // namespace ys::ui
