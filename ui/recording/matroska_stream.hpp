// SPDX-License-Identifier: MIT
// The smallest Matroska stream ffmpeg reads from a pipe with a time on every frame: one video
// track of raw I420 pictures (V_UNCOMPRESSED), each picture in a cluster of its own stamped in
// microseconds. A picture held on screen is sent once, at the time it appears; the encoder
// then knows how long each one lasts without being sent it again. Raw video alone carries no
// times (only a fixed rate), which is why the frames travel in this container.
//
// The segment's size is left open (a live stream): the stream ends where the pipe closes.
#pragma once

#include <QByteArray>
#include <QSize>

#include <cstdint>

namespace ys::ui::matroska {

// What opens the stream: the EBML header, the segment, its info (times in microseconds) and
// the one track, of pictures of `size`.
QByteArray streamHeader(const QSize& size);

// What goes before a picture's `bytes` bytes shown from `microseconds` on: its cluster, the
// cluster's time and the block that holds the picture.
QByteArray pictureHeader(std::int64_t microseconds, std::int64_t bytes);

} // namespace ys::ui::matroska
