// SPDX-License-Identifier: MIT
#include "ui/recording/yuv_frame.hpp"

#include <QImage>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace ys::ui {
namespace {

// BT.709 with R, G, B in 0..255, scaled by 2^15: Y' = 16 + 219/255 (0.2126 R + 0.7152 G +
// 0.0722 B); Cb and Cr = 128 + 224/255 of the blue and red differences. Each row of colour
// weights sums to 0, and the brightness weights to 219/255 of 2^15, so white is 235 and grey
// has no colour.
constexpr std::int32_t kShift = 15;
constexpr std::int16_t kYr = 5983, kYg = 20127, kYb = 2032;
constexpr std::int32_t kCbR = -3298, kCbG = -11094, kCbB = 14392;
constexpr std::int32_t kCrR = 14392, kCrG = -13072, kCrB = -1320;
static_assert(kCbR + kCbG + kCbB == 0 && kCrR + kCrG + kCrB == 0);
static_assert(kYr + kYg + kYb == 28142); // 219/255 * 2^15, to the nearest

// One row of brightness. Plain loops over pointers that cannot overlap, so the compiler turns
// them into vector code (a 1920x1080 picture takes about a millisecond).
void lumaRow(const std::uint32_t* __restrict in, std::uint8_t* __restrict out, int width)
{
    for (int x = 0; x < width; ++x) {
        const std::uint32_t p = in[x];
        const auto r = static_cast<std::int16_t>((p >> 16) & 0xFF);
        const auto g = static_cast<std::int16_t>((p >> 8) & 0xFF);
        const auto b = static_cast<std::int16_t>(p & 0xFF);
        const std::int32_t y = std::int32_t{kYr} * r + std::int32_t{kYg} * g + std::int32_t{kYb} * b;
        out[x] = static_cast<std::uint8_t>((y + (16 << kShift) + (1 << (kShift - 1))) >> kShift);
    }
}

// One row of colour from two rows of pixels: each value from a 2x2 block's sums of R, G and B
// (two more bits to shift away).
void chromaRow(const std::uint32_t* __restrict top, const std::uint32_t* __restrict bottom,
               std::uint8_t* __restrict cb, std::uint8_t* __restrict cr, int width)
{
    constexpr std::int32_t shift = kShift + 2;
    constexpr std::int32_t bias = (128 << shift) + (1 << (shift - 1));
    const std::ptrdiff_t pairs = width / 2;
    for (std::ptrdiff_t x = 0; x < pairs; ++x) {
        const std::uint32_t a = top[2 * x];
        const std::uint32_t b = top[2 * x + 1];
        const std::uint32_t c = bottom[2 * x];
        const std::uint32_t d = bottom[2 * x + 1];
        const auto r = static_cast<std::int32_t>(((a >> 16) & 0xFF) + ((b >> 16) & 0xFF) +
                                                 ((c >> 16) & 0xFF) + ((d >> 16) & 0xFF));
        const auto g = static_cast<std::int32_t>(((a >> 8) & 0xFF) + ((b >> 8) & 0xFF) + ((c >> 8) & 0xFF) +
                                                 ((d >> 8) & 0xFF));
        const auto bl = static_cast<std::int32_t>((a & 0xFF) + (b & 0xFF) + (c & 0xFF) + (d & 0xFF));
        cb[x] =
            static_cast<std::uint8_t>(std::clamp((kCbR * r + kCbG * g + kCbB * bl + bias) >> shift, 16, 240));
        cr[x] =
            static_cast<std::uint8_t>(std::clamp((kCrR * r + kCrG * g + kCrB * bl + bias) >> shift, 16, 240));
    }
}

} // namespace

bool toYuv420(const QImage& image, QByteArray& yuv, const QImage& previous)
{
    const QImage rgb =
        image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
    const int width = rgb.width();
    const int height = rgb.height();
    if (rgb.isNull() || width % 2 != 0 || height % 2 != 0) return false;
    const bool reuse = !previous.isNull() && previous.size() == rgb.size() &&
                       previous.format() == QImage::Format_RGB32 && yuv.size() == yuv420Bytes(width, height);
    if (!reuse) yuv = QByteArray(yuv420Bytes(width, height), Qt::Uninitialized);
    auto* yPlane = reinterpret_cast<std::uint8_t*>(yuv.data());
    std::uint8_t* cbPlane = yPlane + qsizetype(width) * height;
    std::uint8_t* crPlane = cbPlane + qsizetype(width / 2) * (height / 2);
    const auto rowBytes = static_cast<std::size_t>(width) * 4;
    for (int y = 0; y < height; y += 2) {
        const uchar* top = rgb.constScanLine(y);
        const uchar* bottom = rgb.constScanLine(y + 1);
        if (reuse && std::memcmp(top, previous.constScanLine(y), rowBytes) == 0 &&
            std::memcmp(bottom, previous.constScanLine(y + 1), rowBytes) == 0)
            continue;
        const auto* topPixels = reinterpret_cast<const std::uint32_t*>(top);
        const auto* bottomPixels = reinterpret_cast<const std::uint32_t*>(bottom);
        lumaRow(topPixels, yPlane + qsizetype(y) * width, width);
        lumaRow(bottomPixels, yPlane + qsizetype(y + 1) * width, width);
        chromaRow(topPixels, bottomPixels, cbPlane + qsizetype(y / 2) * (width / 2),
                  crPlane + qsizetype(y / 2) * (width / 2), width);
    }
    return true;
}

QByteArray toYuv420(const QImage& image)
{
    QByteArray yuv;
    return toYuv420(image, yuv, QImage()) ? yuv : QByteArray();
}

} // namespace ys::ui
