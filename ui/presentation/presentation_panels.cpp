// SPDX-License-Identifier: MIT
#include "ui/presentation/presentation_panels.hpp"

#include <QAction>
#include <QWidget>

namespace ys::ui {

PresentationPanels::PresentationPanels(QObject* parent) : QObject(parent)
{
    for (const Panel panel : kAll) {
        auto* a = new QAction(title(panel), this);
        a->setCheckable(true);
        a->setChecked(panel != Panel::Parameters);
        a->setStatusTip(tr("Keep the %1 in presentation mode").arg(title(panel).remove('&').toLower()));
        connect(a, &QAction::toggled, this, [this] { apply(presenting_); });
        actions_.at(index(panel)) = a;
    }
}

QString PresentationPanels::title(Panel panel)
{
    switch (panel) {
    case Panel::Parameters:
        return tr("&Demo and parameters");
    case Panel::Code:
        return tr("&Code");
    case Panel::Timeline:
        return tr("&Timeline");
    case Panel::Narration:
        return tr("&Narration");
    case Panel::Console:
        return tr("C&onsole");
    }
    return {};
}

void PresentationPanels::setPanels(const std::array<QWidget*, 5>& widgets)
{
    static_assert(kAll.size() == 5);
    widgets_ = widgets;
    apply(presenting_);
}

bool PresentationPanels::isChosen(Panel panel) const { return actions_.at(index(panel))->isChecked(); }

void PresentationPanels::setChosen(Panel panel, bool chosen)
{
    actions_.at(index(panel))->setChecked(chosen);
}

void PresentationPanels::apply(bool presenting)
{
    presenting_ = presenting;
    if (widgets_[0] == nullptr) return; // not built yet
    for (const Panel panel : kAll)
        widgets_.at(index(panel))->setVisible(!presenting || isChosen(panel));
    // Panels share columns (parameters over code; timeline over console): a column whose
    // panels are all dropped goes too, so the others take its width. The narration spans the
    // window's width and has no column of its own.
    QWidget* shared = widgets_.at(index(Panel::Narration))->parentWidget();
    for (const Panel panel : kAll) {
        QWidget* column = widgets_.at(index(panel))->parentWidget();
        if (column == nullptr || column == shared) continue;
        bool anyShown = false;
        for (const Panel other : kAll) {
            if (widgets_.at(index(other))->parentWidget() == column)
                anyShown = anyShown || !presenting || isChosen(other);
        }
        column->setVisible(anyShown);
    }
}

} // namespace ys::ui
