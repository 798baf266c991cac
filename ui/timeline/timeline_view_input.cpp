// SPDX-License-Identifier: MIT
// The timeline widget's input: wheel zoom and pan, drag to pan, click and double-click,
// keys, hover with its tooltip, and the context menu request. The rest of TimelineView
// (trace, cursor, viewport and painting) is in timeline_view.cpp.
#include "ui/timeline/timeline_view.hpp"

#include "ui/timeline/long_text.hpp"
#include "ui/timeline/timeline_text.hpp"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace ys::ui {

void TimelineView::wheelEvent(QWheelEvent* event)
{
    finishAnimation();
    ensureArranged();
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    const bool horizontal =
        std::abs(angle.x()) > std::abs(angle.y()) || (event->modifiers() & Qt::ShiftModifier);
    if (horizontal) {
        double dx = 0;
        if (!pixels.isNull()) {
            dx = std::abs(pixels.x()) > std::abs(pixels.y()) ? pixels.x() : pixels.y();
        } else {
            dx = (std::abs(angle.x()) > std::abs(angle.y()) ? angle.x() : angle.y()) / 120.0 * 80.0 *
                 renderer_.scale();
        }
        viewport_.panByPixels(dx);
    } else {
        const double steps = angle.y() / 120.0;
        viewport_.zoomAround(event->position().x(), std::pow(1.2, steps));
    }
    userMovedView();
    notifyViewport();
    updateHover(event->position());
    update();
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    pressed_ = true;
    dragging_ = false;
    pressPos_ = event->position();
    pressOffset_ = viewport_.offset();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (pressed_ && (event->buttons() & Qt::LeftButton)) {
        const QPointF delta = event->position() - pressPos_;
        if (!dragging_ && delta.manhattanLength() >= QApplication::startDragDistance()) {
            finishAnimation();
            pressOffset_ = viewport_.offset() + 0; // start from where the view is now
            pressPos_ = event->position();
            dragging_ = true;
            QWidget::setCursor(Qt::ClosedHandCursor);
        }
        if (dragging_) {
            viewport_.setOffset(pressOffset_ - (event->position().x() - pressPos_.x()) / viewport_.zoom());
            notifyViewport();
            update();
        }
        event->accept();
        return;
    }
    updateHover(event->position());
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !pressed_) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    pressed_ = false;
    if (dragging_) {
        dragging_ = false;
        userMovedView();
        updateHover(event->position());
    } else if (const auto seq = eventAt(event->position())) {
        emit eventClicked(*seq);
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && !eventAt(event->position())) {
        fitToWindow();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TimelineView::leaveEvent(QEvent* event)
{
    if (hovered_ || hoveredSpan_) {
        hovered_.reset();
        hoveredSpan_.reset();
        update();
    }
    QWidget::leaveEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitToWindow();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    userMovedView();
    event->accept();
}

void TimelineView::updateHover(QPointF pos)
{
    const std::size_t count = shownCount();
    std::optional<std::size_t> seq = viewport_.eventAt(layout_, pos, count, renderer_.hitRadius());
    std::optional<std::uint32_t> span;
    if (!seq) span = viewport_.spanAt(layout_, pos, count, cursorU_, renderer_.barHalfHeight());
    if (seq != hovered_ || span != hoveredSpan_) {
        hovered_ = seq;
        hoveredSpan_ = span;
        update();
    }
    if (!dragging_) QWidget::setCursor(seq || span ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

bool TimelineView::event(QEvent* event)
{
    // The lane captions, the legend and the labels are prepared with the style: again in the
    // language now installed.
    if (event->type() == QEvent::LanguageChange) setTheme(renderer_.theme());
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        ensureArranged();
        const std::size_t count = shownCount();
        QString text;
        auto seq = notesPass_.noteAt(help->pos());
        if (!seq) seq = viewport_.eventAt(layout_, help->pos(), count, renderer_.hitRadius());
        if (seq) {
            text = TimelineRenderer::describeEvent(*layout_.trace(), *seq);
            for (const PinnedNote& note : notes_) {
                if (note.seq == *seq)
                    text += QStringLiteral("<br><b>%1</b> ").arg(TimelineText::tr("Note:")) +
                            elideLongText(note.text, kOnDemandChars, 200).toHtmlEscaped();
            }
        } else if (const auto span =
                       viewport_.spanAt(layout_, help->pos(), count, cursorU_, renderer_.barHalfHeight())) {
            text = TimelineRenderer::describeSpan(*layout_.trace(), *span, count);
        }
        // Away from events, the widget's own tooltip (if it has one) is shown.
        if (text.isEmpty()) return QWidget::event(event);
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event)
{
    auto seq = notesPass_.noteAt(event->pos());
    if (!seq) seq = eventAt(event->pos());
    emit contextMenuRequested(seq ? static_cast<qint64>(*seq) : -1, event->globalPos());
    event->accept();
}

} // namespace ys::ui
