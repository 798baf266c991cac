// SPDX-License-Identifier: MIT
// A frame as the video encoder takes it: planar Y'CbCr 4:2:0 (three planes, I420), BT.709
// coefficients, limited range (16-235 brightness, 16-240 colour). Converted here, once for each
// picture, rather than by ffmpeg for every frame: it is a third of the bytes to pipe, and the
// arithmetic is fixed-point integers, so the same picture always gives the same bytes.
// Brightness keeps every pixel (black text on a light panel lives in it); colour is the mean of
// each 2x2 block.
#pragma once

#include <QByteArray>

class QImage;

namespace ys::ui {

// The bytes of `image` in I420, Y plane then Cb then Cr; `image` has even width and height (any
// format; converted to RGB32 first). Empty if it has not.
QByteArray toYuv420(const QImage& image);

// The same into `yuv`. When `previous` is a picture of the same size (RGB32) whose bytes `yuv`
// already holds, only the pairs of rows that differ from it are converted again (a glide moves
// the timeline alone); the bytes are the same as a whole conversion's. False, `yuv` untouched,
// for an odd size.
bool toYuv420(const QImage& image, QByteArray& yuv, const QImage& previous);

// The byte count of an I420 frame of width x height.
constexpr qsizetype yuv420Bytes(int width, int height)
{
    return qsizetype(width) * height + 2 * (qsizetype(width / 2) * (height / 2));
}

} // namespace ys::ui
