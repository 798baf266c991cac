// SPDX-License-Identifier: MIT
#include "ui/style/icons.hpp"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace ys::ui {
namespace {

class GlyphEngine : public QIconEngine {
public:
    explicit GlyphEngine(Glyph glyph) : glyph_(glyph) {}

    QIconEngine* clone() const override { return new GlyphEngine(glyph_); }
    QString key() const override { return QStringLiteral("ys-glyph"); }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    void paint(QPainter* p, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette pal = QApplication::palette();
        QColor color =
            pal.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        if (mode == QIcon::Disabled) color.setAlphaF(0.45);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const qreal s = std::min(rect.width(), rect.height());
        // Draw in a 24x24 design space centred in the rect.
        p->translate(rect.x() + (rect.width() - s) / 2.0, rect.y() + (rect.height() - s) / 2.0);
        p->scale(s / 24.0, s / 24.0);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        draw(*p, color);
        p->restore();
    }

private:
    static QPainterPath triangle(qreal left, qreal right, qreal top, qreal bottom, bool pointsRight)
    {
        QPainterPath path;
        const qreal mid = (top + bottom) / 2;
        if (pointsRight) {
            path.moveTo(left, top);
            path.lineTo(right, mid);
            path.lineTo(left, bottom);
        } else {
            path.moveTo(right, top);
            path.lineTo(left, mid);
            path.lineTo(right, bottom);
        }
        path.closeSubpath();
        return path;
    }

    void draw(QPainter& p, const QColor& color) const
    {
        switch (glyph_) {
        case Glyph::Play:
            p.drawPath(triangle(6, 20, 3.5, 20.5, true));
            break;
        case Glyph::Pause:
            p.drawRoundedRect(QRectF(5.5, 4, 4.5, 16), 1, 1);
            p.drawRoundedRect(QRectF(14, 4, 4.5, 16), 1, 1);
            break;
        case Glyph::StepForward:
            p.drawPath(triangle(4, 16, 4.5, 19.5, true));
            p.drawRoundedRect(QRectF(16.5, 4.5, 3.5, 15), 1, 1);
            break;
        case Glyph::StepBack:
            p.drawRoundedRect(QRectF(4, 4.5, 3.5, 15), 1, 1);
            p.drawPath(triangle(8, 20, 4.5, 19.5, false));
            break;
        case Glyph::JumpToStart:
            p.drawRoundedRect(QRectF(2.5, 5, 3, 14), 1, 1);
            p.drawPath(triangle(5.5, 13.5, 5, 19, false));
            p.drawPath(triangle(13, 21.5, 5, 19, false));
            break;
        case Glyph::JumpToEnd:
            p.drawPath(triangle(2.5, 10.5, 5, 19, true));
            p.drawPath(triangle(10, 18, 5, 19, true));
            p.drawRoundedRect(QRectF(18.5, 5, 3, 14), 1, 1);
            break;
        case Glyph::Reset: {
            QPen pen(color, 2.6, Qt::SolidLine, Qt::RoundCap);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawArc(QRectF(4, 4, 16, 16), 100 * 16, 290 * 16);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            QPainterPath head;
            head.moveTo(9.5, 0.8);
            head.lineTo(15.2, 4.6);
            head.lineTo(9.0, 8.2);
            head.closeSubpath();
            p.drawPath(head);
            break;
        }
        case Glyph::ZoomIn:
        case Glyph::ZoomOut: {
            QPen pen(color, 2.4, Qt::SolidLine, Qt::RoundCap);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(3, 3, 13, 13));
            p.drawLine(QPointF(14.5, 14.5), QPointF(21, 21));
            p.drawLine(QPointF(6.5, 9.5), QPointF(12.5, 9.5));
            if (glyph_ == Glyph::ZoomIn) p.drawLine(QPointF(9.5, 6.5), QPointF(9.5, 12.5));
            break;
        }
        case Glyph::Fit: {
            QPen pen(color, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawLine(QPointF(3, 12), QPointF(21, 12));
            p.drawPolyline(QPolygonF({QPointF(7, 8), QPointF(3, 12), QPointF(7, 16)}));
            p.drawPolyline(QPolygonF({QPointF(17, 8), QPointF(21, 12), QPointF(17, 16)}));
            break;
        }
        }
    }

    Glyph glyph_;
};

} // namespace

QIcon glyphIcon(Glyph glyph) { return QIcon(new GlyphEngine(glyph)); }

} // namespace ys::ui
