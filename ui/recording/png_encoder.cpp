// SPDX-License-Identifier: MIT
#include "ui/recording/png_encoder.hpp"

#include <QImage>
#include <QtEndian>

#include <zlib.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace ys::ui {
namespace {

void appendUint32(QByteArray& out, std::uint32_t value)
{
    const std::uint32_t big = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&big), 4);
}

// A chunk: length, type, data, and the CRC of type and data.
void appendChunk(QByteArray& out, const char (&type)[5], const unsigned char* data, std::size_t size)
{
    appendUint32(out, static_cast<std::uint32_t>(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto* crcFrom = reinterpret_cast<const Bytef*>(out.constData() + start);
    appendUint32(out, static_cast<std::uint32_t>(crc32(0, crcFrom, static_cast<uInt>(size + 4))));
}

} // namespace

QByteArray encodePng(const QImage& image)
{
    const QImage rgb =
        image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
    if (rgb.isNull()) return {};
    const auto width = static_cast<std::size_t>(rgb.width());
    const auto height = static_cast<std::size_t>(rgb.height());

    // The rows as PNG wants them: a filter byte, then R, G, B for each pixel. Filter "Up" (2):
    // each byte minus the one above, so the many rows that repeat the row above (flat panels,
    // the space between lines of text) deflate to almost nothing.
    const std::size_t stride = 1 + 3 * width;
    std::vector<unsigned char> rows(stride * height);
    std::vector<unsigned char> previous(3 * width, 0);
    std::vector<unsigned char> current(3 * width);
    for (std::size_t y = 0; y < height; ++y) {
        const auto* pixels = reinterpret_cast<const QRgb*>(rgb.constScanLine(static_cast<int>(y)));
        for (std::size_t x = 0; x < width; ++x) {
            current[3 * x] = static_cast<unsigned char>(qRed(pixels[x]));
            current[3 * x + 1] = static_cast<unsigned char>(qGreen(pixels[x]));
            current[3 * x + 2] = static_cast<unsigned char>(qBlue(pixels[x]));
        }
        unsigned char* out = rows.data() + y * stride;
        out[0] = 2;
        for (std::size_t i = 0; i < current.size(); ++i)
            out[1 + i] = static_cast<unsigned char>(current[i] - previous[i]);
        previous.swap(current);
    }

    uLongf packedSize = compressBound(static_cast<uLong>(rows.size()));
    std::vector<unsigned char> packed(packedSize);
    if (compress2(packed.data(), &packedSize, rows.data(), static_cast<uLong>(rows.size()), Z_BEST_SPEED) !=
        Z_OK) {
        return {};
    }

    QByteArray png;
    png.reserve(static_cast<qsizetype>(packedSize) + 64);
    png.append("\x89PNG\r\n\x1a\n", 8);
    std::array<unsigned char, 13> header{};
    const std::uint32_t w = qToBigEndian(static_cast<std::uint32_t>(width));
    const std::uint32_t h = qToBigEndian(static_cast<std::uint32_t>(height));
    std::memcpy(header.data(), &w, 4);
    std::memcpy(header.data() + 4, &h, 4);
    header[8] = 8; // bits per channel
    header[9] = 2; // colour type: RGB
    // compression, filter method and interlace: 0 (the only ones, no interlace)
    appendChunk(png, "IHDR", header.data(), header.size());
    appendChunk(png, "IDAT", packed.data(), packedSize);
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace ys::ui
