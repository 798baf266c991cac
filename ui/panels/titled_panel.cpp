// SPDX-License-Identifier: MIT
#include "ui/panels/titled_panel.hpp"

#include <QLabel>
#include <QVBoxLayout>

namespace ys::ui {

QWidget* titledPanel(const QString& title, QWidget* content, QLabel** heading)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* label = new QLabel(title);
    QFont f; // only the weight: the size is the window's
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (heading) *heading = label;
    return box;
}

} // namespace ys::ui
