// SPDX-License-Identifier: MIT
// render_icon SVG PNG SIZE: renders the application icon at SIZE x SIZE pixels for the icon
// theme's fixed-size folders, which desktops that do not scale SVG icons look in. Rendering at
// build time keeps the SVG the only drawing of the icon: the PNGs can never fall out of step.
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc != 4) {
        std::fputs("usage: render_icon SVG PNG SIZE\n", stderr);
        return 2;
    }
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QString png = QString::fromLocal8Bit(argv[2]);
    bool ok = false;
    const int size = QString::fromLocal8Bit(argv[3]).toInt(&ok);
    if (!ok || size < 16 || size > 1024) {
        std::fprintf(stderr, "render_icon: size must be from 16 to 1024, got '%s'\n", argv[3]);
        return 2;
    }
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render_icon: cannot read '%s'\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(png, "PNG")) {
        std::fprintf(stderr, "render_icon: cannot write '%s'\n", argv[2]);
        return 1;
    }
    return 0;
}
