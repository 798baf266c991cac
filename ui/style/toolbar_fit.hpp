// SPDX-License-Identifier: MIT
// Keeps every button of a toolbar in view. A toolbar too narrow for its items hides the last
// ones behind a » button, where a class cannot see them: the playback bar in Russian, whose
// words are longer, on a 1024-wide projector. While the words beside the icons do not fit, the
// buttons that show words show their icons alone (their names stay in their tooltips and for
// screen readers); once there is room again, the words come back.
#pragma once

#include <QList>
#include <QObject>

class QToolBar;
class QToolButton;

namespace ys::ui {

class ToolBarFit : public QObject {
    Q_OBJECT

public:
    // Watches `bar` (and is owned by it); call when the bar has all its items.
    explicit ToolBarFit(QToolBar& bar);

    // Whether the buttons show their words now.
    bool showsWords() const { return words_; }
    // The width the bar needs with every button's words beside its icon.
    int widthWithWords();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refit();

    QToolBar& bar_;
    QList<QToolButton*> worded_;
    bool words_ = true;
};

} // namespace ys::ui
