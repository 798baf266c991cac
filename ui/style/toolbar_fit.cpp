// SPDX-License-Identifier: MIT
#include "ui/style/toolbar_fit.hpp"

#include <QEvent>
#include <QLayout>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace ys::ui {
namespace {

// A button's width with its words beside its icon, whatever it shows now, measured as
// QToolButton measures itself: the icon, a gap, the words with a space either side, the style's
// frame around them.
int buttonWidthWithWords(const QToolButton& button)
{
    QStyleOptionToolButton option;
    option.initFrom(&button);
    option.iconSize = button.iconSize();
    option.icon = button.icon();
    option.text = button.text();
    option.toolButtonStyle = Qt::ToolButtonTextBesideIcon;
    option.subControls = QStyle::SC_ToolButton;
    const QFontMetrics metrics = button.fontMetrics();
    QSize text = metrics.size(Qt::TextShowMnemonic, button.text());
    text.setWidth(text.width() + metrics.horizontalAdvance(QLatin1Char(' ')) * 2);
    const QSize contents(option.iconSize.width() + 4 + text.width(),
                         std::max(option.iconSize.height(), text.height()));
    return button.style()->sizeFromContents(QStyle::CT_ToolButton, &option, contents, &button).width();
}

} // namespace

ToolBarFit::ToolBarFit(QToolBar& bar) : QObject(&bar), bar_(bar)
{
    // The buttons with words: those the bar shows with text beside the icon (the zoom buttons,
    // icons alone already, stay as they are).
    for (QAction* action : bar.actions()) {
        auto* button = qobject_cast<QToolButton*>(bar.widgetForAction(action));
        if (button != nullptr && button->toolButtonStyle() == Qt::ToolButtonTextBesideIcon) worded_ << button;
    }
    bar.installEventFilter(this);
    refit();
}

int ToolBarFit::widthWithWords()
{
    const QMargins margins = bar_.contentsMargins() + bar_.layout()->contentsMargins();
    const int spacing = bar_.layout()->spacing();
    int width = margins.left() + margins.right();
    for (QAction* action : bar_.actions()) {
        QWidget* item = bar_.widgetForAction(action);
        if (item == nullptr) continue;
        auto* button = qobject_cast<QToolButton*>(item);
        // A stretching spacer asks for nothing of its own (its size hint is invalid, -1).
        width += (worded_.contains(button) ? buttonWidthWithWords(*button)
                                           : std::max(0, item->sizeHint().width())) +
                 spacing;
    }
    return width;
}

bool ToolBarFit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &bar_) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
        // New words (a language switch) or a new font change what the buttons need.
        case QEvent::LayoutRequest:
        case QEvent::FontChange:
            refit();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ToolBarFit::refit()
{
    if (bar_.width() <= 0) return;
    const bool words = widthWithWords() <= bar_.width();
    if (words == words_) return; // a change of style asks for a new layout: only when it differs
    words_ = words;
    for (QToolButton* button : worded_)
        button->setToolButtonStyle(words ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
}

} // namespace ys::ui
