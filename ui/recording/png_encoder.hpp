// SPDX-License-Identifier: MIT
// Encodes a frame as a PNG quickly: 8-bit RGB, every row with the same filter, deflated at the
// fastest level. Qt's writer tries every filter on every row and compresses harder, which
// makes a 1920x1080 frame cost several times as much for a file about as small (screen content
// is flat colour and text). The bytes depend on the image alone.
#pragma once

#include <QByteArray>

class QImage;

namespace ys::ui {

// The PNG of `image` (any format; converted to opaque RGB first: frames have no alpha);
// empty if it cannot be made.
QByteArray encodePng(const QImage& image);

} // namespace ys::ui
