// SPDX-License-Identifier: MIT
#include "ui/timeline/shapes.hpp"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ys::ui {

QPointF direction(QPointF from, QPointF to)
{
    const QPointF v = to - from;
    const double len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF(0, 1);
}

void ShapePainter::stem(QPainter& p, const QPen& pen, QPointF from, QPointF to, double back)
{
    p.setPen(pen);
    p.drawLine(from, to - direction(from, to) * back);
}

void ShapePainter::arrowHead(QPainter& p, const Ink& ink, QPointF tip, QPointF dir, double length,
                             double halfWidth) const
{
    const QPointF perp(-dir.y(), dir.x());
    const QPointF pts[3] = {tip, tip - dir * length + perp * halfWidth,
                            tip - dir * length - perp * halfWidth};
    p.setPen(Qt::NoPen);
    p.setBrush(ink.fill);
    p.drawPolygon(pts, 3);
}

void ShapePainter::returnBar(QPainter& p, const Ink& ink, QPointF end, QPointF dir) const
{
    const QPointF perp(-dir.y(), dir.x());
    p.setPen(ink.line);
    p.drawLine(end + perp * m_.headHalfW * 1.3, end - perp * m_.headHalfW * 1.3);
}

void ShapePainter::doneSquare(QPainter& p, const Ink& ink, double x, double top) const
{
    const double side = m_.markR * 1.5;
    p.setPen(Qt::NoPen);
    p.setBrush(ink.fill);
    p.drawRect(QRectF(x - side / 2, top, side, side));
}

void ShapePainter::diamond(QPainter& p, const Ink& ink, QPointF c) const
{
    const double r = m_.markR * 1.25;
    const QPointF pts[4] = {QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                            QPointF(c.x() - r, c.y())};
    p.setPen(Qt::NoPen);
    p.setBrush(ink.fill);
    p.drawPolygon(pts, 4);
}

void ShapePainter::hexagon(QPainter& p, const Ink& ink, QPointF c) const
{
    const double r = m_.markR * 1.2;
    QPointF pts[6];
    for (int k = 0; k < 6; ++k) {
        const double a = M_PI / 3 * k;
        pts[k] = QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(ink.fill);
    p.drawPolygon(pts, 6);
}

void ShapePainter::warning(QPainter& p, const Ink& ink, QPointF c) const
{
    const double r = m_.markR * 1.3;
    const QPointF pts[3] = {QPointF(c.x(), c.y() - r), QPointF(c.x() + r * 1.1, c.y() + r * 0.8),
                            QPointF(c.x() - r * 1.1, c.y() + r * 0.8)};
    p.setPen(Qt::NoPen);
    p.setBrush(ink.fill);
    p.drawPolygon(pts, 3);
    p.setPen(inks_.warningPen);
    p.drawLine(QPointF(c.x(), c.y() - r * 0.45), QPointF(c.x(), c.y() + r * 0.2));
    p.drawPoint(QPointF(c.x(), c.y() + r * 0.52));
}

void ShapePainter::tick(QPainter& p, const QPen& pen, QPointF c) const
{
    p.setPen(pen);
    p.drawLine(QPointF(c.x(), c.y() - m_.markR * 0.9), QPointF(c.x(), c.y() + m_.markR * 0.9));
}

void ShapePainter::awaitBar(QPainter& p, const QRectF& bar, QPointF settledAt) const
{
    const double r = m_.barH / 2;
    p.setPen(Qt::NoPen);
    p.setBrush(inks_.role(ys::ColorRole::Await).fill);
    p.drawRoundedRect(bar, r, r);
    p.setBrush(inks_.settleBrush);
    p.drawEllipse(settledAt, r + m_.settleDot, r + m_.settleDot);
}

void ShapePainter::logChip(QPainter& p, const QRectF& chip, double radius,
                           std::optional<double> promptY) const
{
    p.setPen(inks_.role(ys::ColorRole::Log).thin);
    p.setBrush(inks_.logFillBrush);
    p.drawRoundedRect(chip, radius, radius);
    if (!promptY) return;
    const double y = *promptY;
    const double x0 = chip.left() + m_.promptX;
    const double x1 = chip.left() + m_.promptEnd;
    p.setPen(inks_.promptPen);
    p.drawLine(QPointF(x0, y - m_.promptHalfH), QPointF(x1, y));
    p.drawLine(QPointF(x1, y), QPointF(x0, y + m_.promptHalfH));
}

void ShapePainter::logSquare(QPainter& p, const QRectF& square) const
{
    p.setPen(Qt::NoPen);
    p.setBrush(inks_.logFillBrush);
    p.drawRoundedRect(square, m_.glyphInset, m_.glyphInset);
}

void ShapePainter::arrival(QPainter& p, QPointF c) const
{
    const double r = m_.markR * 1.15;
    const QPointF pts[3] = {QPointF(c.x() - r, c.y() - r * 0.55), QPointF(c.x() + r, c.y() - r * 0.55),
                            QPointF(c.x(), c.y() + r * 0.85)};
    p.setPen(inks_.role(ys::ColorRole::Await).line);
    p.drawLine(QPointF(c.x(), c.y() - r * 1.6), QPointF(c.x(), c.y() - r * 0.6));
    p.setPen(Qt::NoPen);
    p.setBrush(inks_.settleBrush);
    p.drawPolygon(pts, 3);
}

void ShapePainter::buffer(QPainter& p, QPointF c, int items) const
{
    const double w = m_.bufferW;
    const double slab = m_.bufferSlab;
    const double step = slab + m_.bufferSlabGap;
    const double pad = m_.bufferTrayPad;
    const int shown = std::clamp(items, 0, 5);
    // The tray: an open box the slabs sit in, centred on the mark line.
    const double trayH = 5 * step + pad;
    const double bottom = c.y() + trayH / 2;
    p.setPen(inks_.role(ys::ColorRole::Muted).thin);
    p.setBrush(Qt::NoBrush);
    const QPointF tray[4] = {QPointF(c.x() - w / 2 - pad, bottom - trayH),
                             QPointF(c.x() - w / 2 - pad, bottom), QPointF(c.x() + w / 2 + pad, bottom),
                             QPointF(c.x() + w / 2 + pad, bottom - trayH)};
    p.drawPolyline(tray, 4);
    p.setPen(Qt::NoPen);
    p.setBrush(inks_.role(ys::ColorRole::Value).fill);
    for (int k = 0; k < shown; ++k)
        p.drawRect(QRectF(c.x() - w / 2, bottom - m_.bufferBase - (k + 1) * step + (step - slab), w, slab));
}

void ShapePainter::instantBand(QPainter& p, const QRectF& box) const
{
    const double bottom = box.bottom() - m_.glyphInset;
    p.fillRect(QRectF(box.left() + m_.instantGlyphInset, box.top(), box.width() - 2 * m_.instantGlyphInset,
                      box.height()),
               inks_.instantBrush);
    p.setPen(inks_.instantGlyphPen);
    p.drawLine(QPointF(box.left() + m_.instantGlyphLine, bottom),
               QPointF(box.right() - m_.instantGlyphLine, bottom));
}

void ShapePainter::glyph(QPainter& p, ys::Glyph glyph, const QRectF& box) const
{
    const QPointF c = box.center();
    const double top = box.top() + m_.glyphInset;
    const double bottom = box.bottom() - m_.glyphInset;
    const QPointF down(0, 1);
    const QPointF up(0, -1);
    switch (glyph) {
    case ys::Glyph::NextArrow: {
        const Ink& ink = inks_.role(ys::ColorRole::Next);
        stem(p, ink.line, QPointF(c.x(), top), QPointF(c.x(), bottom), m_.headLen * 0.6);
        arrowHead(p, ink, QPointF(c.x(), bottom), down, m_.headLen * 0.8, m_.headHalfW * 0.9);
        break;
    }
    case ys::Glyph::ValueArrow: {
        const Ink& ink = inks_.role(ys::ColorRole::Value);
        stem(p, ink.line, QPointF(c.x(), bottom), QPointF(c.x(), top), m_.headLen * 0.6);
        // Corners listed from the left, as this glyph always has been (a negative half width
        // swaps them; the antialiased edge differs by a few pixels the other way round).
        arrowHead(p, ink, QPointF(c.x(), top), up, m_.headLen * 0.8, -(m_.headHalfW * 0.9));
        break;
    }
    case ys::Glyph::Diamond:
        diamond(p, inks_.role(ys::ColorRole::Value), c);
        break;
    case ys::Glyph::Tick:
        tick(p, inks_.role(ys::ColorRole::Resumed).thin, c);
        break;
    case ys::Glyph::AwaitBar: {
        const double r = m_.barH / 2;
        awaitBar(p, QRectF(box.left(), c.y() - r, box.width() - r, m_.barH), QPointF(box.right() - r, c.y()));
        break;
    }
    case ys::Glyph::ReturnBar: {
        const Ink& ink = inks_.role(ys::ColorRole::Return);
        stem(p, ink.dashed, QPointF(c.x(), top), QPointF(c.x(), bottom), 0);
        returnBar(p, ink, QPointF(c.x(), bottom), down);
        break;
    }
    case ys::Glyph::DoneSquare: {
        const Ink& ink = inks_.role(ys::ColorRole::Done);
        stem(p, ink.line, QPointF(c.x(), bottom), QPointF(c.x(), top + m_.markR), 0);
        doneSquare(p, ink, c.x(), top);
        break;
    }
    case ys::Glyph::Hexagon:
        hexagon(p, inks_.role(ys::ColorRole::Cleanup), c);
        break;
    case ys::Glyph::Warning:
        warning(p, inks_.role(ys::ColorRole::Error), c);
        break;
    case ys::Glyph::LogChip:
        logChip(p,
                QRectF(box.left() + m_.glyphInset, c.y() - m_.logGlyphH / 2, box.width() - 2 * m_.glyphInset,
                       m_.logGlyphH),
                m_.logGlyphRadius, c.y());
        break;
    case ys::Glyph::Arrival:
        arrival(p, QPointF(c.x(), c.y() + m_.arrivalDrop));
        break;
    case ys::Glyph::BufferStack:
        buffer(p, c, 2);
        break;
    }
}

} // namespace ys::ui
