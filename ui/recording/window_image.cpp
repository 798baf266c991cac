// SPDX-License-Identifier: MIT
#include "ui/recording/window_image.hpp"

#include <QSaveFile>
#include <QWidget>

namespace ys::ui {

QImage windowImage(QWidget& window)
{
    QImage image(window.size(), QImage::Format_RGB32);
    image.fill(window.palette().color(QPalette::Window));
    window.render(&image);
    return image;
}

bool saveWindowPng(QWidget& window, const QString& path)
{
    const QImage image = windowImage(window);
    QSaveFile out(path);
    return !image.isNull() && out.open(QIODevice::WriteOnly) && image.save(&out, "PNG") && out.commit();
}

} // namespace ys::ui
