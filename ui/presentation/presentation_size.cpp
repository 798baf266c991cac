// SPDX-License-Identifier: MIT
#include "ui/presentation/presentation_size.hpp"

#include <QCoreApplication>
#include <QWidget>

namespace ys::ui {

QList<QSize> PresentationSize::choices() { return {QSize(), QSize(1280, 720), QSize(1920, 1080)}; }

QString PresentationSize::label(const QSize& size)
{
    if (size.isEmpty()) return QCoreApplication::translate("PresentationSize", "&Window (full screen)");
    return QStringLiteral("&%1 × %2").arg(size.width()).arg(size.height());
}

void PresentationSize::enter(QWidget& window)
{
    if (!fixed_) sizeBefore_ = window.size();
    if (size_.isEmpty()) {
        if (fixed_) {
            window.setMinimumSize(0, 0);
            window.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        }
        fixed_ = false;
        window.showFullScreen();
        return;
    }
    // Exactly the video's size, whatever the screen: a full-screen window would stretch the
    // layout to the screen's proportions instead.
    fixed_ = true;
    window.showNormal();
    window.setFixedSize(size_);
}

void PresentationSize::leave(QWidget& window, bool maximized)
{
    if (fixed_) {
        window.setMinimumSize(0, 0);
        window.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        window.resize(sizeBefore_);
        fixed_ = false;
    }
    if (maximized) {
        window.showMaximized();
    } else {
        window.showNormal();
    }
}

} // namespace ys::ui
