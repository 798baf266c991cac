// SPDX-License-Identifier: MIT
// Where presentation mode puts the window: full screen, or laid out at exactly a video size
// (1280x720, 1920x1080) so that what a screen recorder captures, or what File > Record writes,
// has the proportions and text sizes of the final video (View > Presentation size).
#pragma once

#include <QList>
#include <QSize>
#include <QString>

class QWidget;

namespace ys::ui {

class PresentationSize {
public:
    // The choices offered: an empty size stands for "the window" (full screen).
    static QList<QSize> choices();
    static QString label(const QSize& size);

    // Empty: full screen.
    QSize size() const { return size_; }
    void setSize(const QSize& size) { size_ = size; }

    // Lays `window` out for presenting: full screen, or fixed at size().
    void enter(QWidget& window);
    // Restores what enter() changed; `maximized`: the window was maximized before.
    void leave(QWidget& window, bool maximized);

private:
    QSize size_;
    QSize sizeBefore_;
    bool fixed_ = false;
};

} // namespace ys::ui
