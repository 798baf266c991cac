// SPDX-License-Identifier: MIT
#include "ui/files/window_input_blocker.hpp"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace ys::ui {
namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::NonClientAreaMouseButtonPress:
    case QEvent::NonClientAreaMouseButtonRelease:
    case QEvent::NonClientAreaMouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletRelease:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
    case QEvent::Close:
        return true;
    default:
        return false;
    }
}

} // namespace

WindowInputBlocker::WindowInputBlocker(QWidget& window) : window_(&window)
{
    qApp->installEventFilter(this);
    QApplication::setOverrideCursor(Qt::BusyCursor);
}

WindowInputBlocker::~WindowInputBlocker()
{
    QApplication::restoreOverrideCursor();
    qApp->removeEventFilter(this);
}

bool WindowInputBlocker::belongsToWindow(const QObject* receiver) const
{
    // An action's or a shortcut's window is the one of the first widget among its parents.
    for (const QObject* o = receiver; o != nullptr; o = o->parent()) {
        if (const auto* widget = qobject_cast<const QWidget*>(o)) return widget->window() == window_;
    }
    return false;
}

bool WindowInputBlocker::eventFilter(QObject* watched, QEvent* event)
{
    if (window_ == nullptr || !isUserInput(event->type()) || !belongsToWindow(watched))
        return QObject::eventFilter(watched, event);
    // Ignored, so that a close is refused and a key goes nowhere else.
    event->ignore();
    return true;
}

} // namespace ys::ui
