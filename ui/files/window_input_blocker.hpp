// SPDX-License-Identifier: MIT
// While it lives, the user's input to one window is ignored: keys, shortcuts, clicks, the wheel,
// touch, drops and closing the window. The window still paints, resizes and shows tooltips, and
// other windows (a progress dialog with its Cancel) take input as usual. A file being opened or
// saved holds one, so that nothing the user starts meanwhile changes the run the worker reads
// or the one it will replace; a busy cursor says why clicks do nothing.
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace ys::ui {

class WindowInputBlocker : public QObject {
    Q_OBJECT

public:
    explicit WindowInputBlocker(QWidget& window);
    ~WindowInputBlocker() override;
    WindowInputBlocker(const WindowInputBlocker&) = delete;
    WindowInputBlocker& operator=(const WindowInputBlocker&) = delete;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The receiver is the window, one of its widgets, or an action or shortcut of it.
    bool belongsToWindow(const QObject* receiver) const;

    QPointer<QWidget> window_;
};

} // namespace ys::ui
