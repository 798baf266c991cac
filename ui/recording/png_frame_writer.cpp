#include "png_frame_writer.hpp"

#include "output_file.hpp"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include <utility>

namespace ys::ui {

PngFrameWriter::PngFrameWriter(QString folder) : folder_(std::move(folder)) {}

QString PngFrameWriter::frameName(std::int64_t number)
{
    return QStringLiteral("frame-%1.png").arg(number, 6, 10, QLatin1Char('0'));
}

bool PngFrameWriter::check(QString& error) const
{
    const QFileInfo info(folder_);
    if (folder_.isEmpty()) {
        error = QStringLiteral("needs a folder name");
        return false;
    }
    if (info.exists() && !info.isDir()) {
        error = QStringLiteral("'%1' is a file, not a folder").arg(folder_);
        return false;
    }
    if (info.exists()) {
        if (!info.isWritable()) {
            error = QStringLiteral("cannot write into '%1'").arg(folder_);
            return false;
        }
        // Frames of an earlier recording would mix with the new ones; anything else named like a
        // frame (a folder, a link, one that leads nowhere) would be written into or through.
        const QDir::Filters anything = QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot;
        if (!QDir(folder_).entryList({QStringLiteral("frame-*.png")}, anything).isEmpty()) {
            error = QStringLiteral("'%1' already holds frames of a recording; choose an empty or new folder")
                        .arg(folder_);
            return false;
        }
        return true;
    }
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir() || !parent.isWritable()) {
        error = QStringLiteral("cannot create '%1': its parent is not a writable folder").arg(folder_);
        return false;
    }
    return true;
}

bool PngFrameWriter::prepare(QString& error)
{
    if (!check(error)) return false;
    if (!QFileInfo::exists(folder_)) {
        if (!QDir().mkdir(folder_)) {
            error = QStringLiteral("cannot create '%1'").arg(folder_);
            return false;
        }
        created_ = true;
    }
    return true;
}

bool PngFrameWriter::write(const QImage& frame, QString& error)
{
    const QString path = QDir(folder_).filePath(frameName(written_ + 1));
    // Never over an entry that appeared since check(): a link would be written through.
    const QFileInfo there(path);
    if (there.exists() || there.isSymLink()) {
        error = QStringLiteral("cannot write '%1': something of that name appeared in the folder").arg(path);
        return false;
    }
    // Encoded in memory, then written whole or not at all: a full disk is told in the system's
    // words, and the PNG library has no file of its own to fail on (and complain on stderr).
    QByteArray png;
    QBuffer buffer(&png);
    ys::OutputFile out;
    if (!buffer.open(QIODevice::WriteOnly) || !frame.save(&buffer, "PNG")) {
        error = QStringLiteral("cannot encode frame %1 as PNG").arg(written_ + 1);
        return false;
    }
    if (!out.open(QFile::encodeName(path).toStdString()) ||
        !out.write(std::string_view(png.constData(), static_cast<std::size_t>(png.size()))) ||
        !out.commit()) {
        error = QStringLiteral("cannot write '%1': %2").arg(path, QString::fromStdString(out.error()));
        return false;
    }
    ++written_;
    return true;
}

void PngFrameWriter::discard()
{
    QDir dir(folder_);
    for (std::int64_t n = 1; n <= written_; ++n)
        dir.remove(frameName(n));
    written_ = 0;
    if (created_) QDir().rmdir(folder_);
    created_ = false;
}

} // namespace ys::ui
