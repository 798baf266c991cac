// SPDX-License-Identifier: MIT
#include "ui/recording/png_frame_writer.hpp"

#include "core/io/output_file.hpp"
#include "ui/recording/png_encoder.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMutexLocker>

#include <algorithm>
#include <utility>

namespace ys::ui {

PngFrameWriter::PngFrameWriter(QString folder, int threads)
    : folder_(std::move(folder)), threads_(std::max(0, threads)), slots_(2 * std::max(1, threads))
{
    pool_.setMaxThreadCount(std::max(1, threads_));
}

PngFrameWriter::~PngFrameWriter() { pool_.waitForDone(); }

QString PngFrameWriter::frameName(std::int64_t number)
{
    return QStringLiteral("frame-%1.png").arg(number, 6, 10, QLatin1Char('0'));
}

bool PngFrameWriter::check(QString& error) const
{
    const QFileInfo info(folder_);
    if (folder_.isEmpty()) {
        error = tr("needs a folder name");
        return false;
    }
    if (info.exists() && !info.isDir()) {
        error = tr("'%1' is a file, not a folder").arg(folder_);
        return false;
    }
    if (info.exists()) {
        if (!info.isWritable()) {
            error = tr("cannot write into '%1'").arg(folder_);
            return false;
        }
        // Frames of an earlier recording would mix with the new ones; anything else named like a
        // frame (a folder, a link, one that leads nowhere) would be written into or through.
        const QDir::Filters anything = QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot;
        if (!QDir(folder_).entryList({QStringLiteral("frame-*.png")}, anything).isEmpty()) {
            error =
                tr("'%1' already holds frames of a recording; choose an empty or new folder").arg(folder_);
            return false;
        }
        return true;
    }
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir() || !parent.isWritable()) {
        error = tr("cannot create '%1': its parent is not a writable folder").arg(folder_);
        return false;
    }
    return true;
}

bool PngFrameWriter::prepare(QString& error)
{
    if (!check(error)) return false;
    if (!QFileInfo::exists(folder_)) {
        if (!QDir().mkdir(folder_)) {
            error = tr("cannot create '%1'").arg(folder_);
            return false;
        }
        created_ = true;
    }
    return true;
}

QString PngFrameWriter::writePicture(const QImage& picture, const std::vector<std::int64_t>& numbers) const
{
    const QByteArray png = encodePng(picture);
    if (png.isEmpty()) return tr("cannot encode frame %1 as PNG").arg(numbers.front());
    for (const std::int64_t number : numbers) {
        const QString path = QDir(folder_).filePath(frameName(number));
        // Never over an entry that appeared since check(): a link would be written through.
        const QFileInfo there(path);
        if (there.exists() || there.isSymLink())
            return tr("cannot write '%1': something of that name appeared in the folder").arg(path);
        // Whole or absent, even when the disk fills up, which is told in the system's words (the
        // PNG is encoded in memory: no PNG library has a file of its own to fail on).
        ys::OutputFile out;
        if (!out.open(QFile::encodeName(path).toStdString()) ||
            !out.write(std::string_view(png.constData(), static_cast<std::size_t>(png.size()))) ||
            !out.commit()) {
            return tr("cannot write '%1': %2").arg(path, QString::fromStdString(out.error()));
        }
    }
    return {};
}

void PngFrameWriter::submitPending()
{
    if (pendingNumbers_.empty()) return;
    slots_.acquire();
    pool_.start([this, picture = std::move(pending_), numbers = std::move(pendingNumbers_)] {
        const QString problem = writePicture(picture, numbers);
        if (!problem.isEmpty()) {
            const QMutexLocker lock(&errorLock_);
            if (error_.isEmpty()) error_ = problem;
        }
        slots_.release();
    });
    pending_ = QImage();
    pendingNumbers_.clear();
}

bool PngFrameWriter::write(const QImage& frame, QString& error)
{
    {
        const QMutexLocker lock(&errorLock_);
        if (!error_.isEmpty()) {
            error = error_;
            return false;
        }
    }
    const std::int64_t number = written_ + 1;
    if (threads_ == 0) {
        error = writePicture(frame, {number});
        if (!error.isEmpty()) return false;
    } else {
        if (!pendingNumbers_.empty() && frame.cacheKey() != pending_.cacheKey()) submitPending();
        if (pendingNumbers_.empty()) pending_ = frame;
        pendingNumbers_.push_back(number);
    }
    ++written_;
    return true;
}

bool PngFrameWriter::flush(QString& error)
{
    submitPending();
    pool_.waitForDone();
    const QMutexLocker lock(&errorLock_);
    error = error_;
    return error_.isEmpty();
}

void PngFrameWriter::discard()
{
    pending_ = QImage();
    pendingNumbers_.clear();
    pool_.waitForDone();
    QDir dir(folder_);
    for (std::int64_t n = 1; n <= written_; ++n)
        dir.remove(frameName(n));
    written_ = 0;
    if (created_) QDir().rmdir(folder_);
    created_ = false;
}

} // namespace ys::ui
