// SPDX-License-Identifier: MIT
// The window as one picture: every panel composed as it is drawn now, one image pixel per
// window pixel whatever the screen's scale, so an export and a video frame of the same layout
// are the same size.
#pragma once

#include <QImage>
#include <QString>

class QWidget;

namespace ys::ui {

QImage windowImage(QWidget& window);
// Writes windowImage() as a PNG; the file appears whole or not at all.
bool saveWindowPng(QWidget& window, const QString& path);

} // namespace ys::ui
