// SPDX-License-Identifier: MIT
// Presentation mode (View > Presentation mode, F11): full screen or a video's size, a larger
// timeline, code, console and narration with no scroll bars, and only the panels chosen
// (View > Panels). Leaving it restores the window as it was.
#pragma once

#include "ui/presentation/presentation_size.hpp"

#include <QObject>

class QAbstractScrollArea;
class QAction;
class QActionGroup;
class QWidget;

namespace ys::ui {

class PresentationPanels;
class StatusLine;
class TimelinePanel;
class WindowColumns;

class PresentationMode : public QObject {
    Q_OBJECT

public:
    // What the mode changes, besides the window itself.
    struct Parts {
        TimelinePanel* timeline;
        QAbstractScrollArea* code;
        QAbstractScrollArea* console;
        StatusLine* status;
        WindowColumns* columns;
        // View > Presentation mode's check mark.
        QAction* action;
    };

    explicit PresentationMode(QWidget& window);

    void setParts(const Parts& parts);
    // Enters or leaves the mode (the caller keeps whether it is on).
    void setPresenting(bool on);

    PresentationPanels& panels() { return *panels_; }
    PresentationSize& size() { return size_; }
    // View > Presentation size: one checkable action per choice, each carrying its size; the
    // user's choice is told by sizeChosen().
    QActionGroup* sizeActions() const { return sizeActions_; }

signals:
    void sizeChosen(const QSize& size);

private:
    QWidget& window_;
    Parts parts_{};
    PresentationPanels* panels_;
    PresentationSize size_;
    QActionGroup* sizeActions_;
    bool maximizedBefore_ = false;
};

} // namespace ys::ui
