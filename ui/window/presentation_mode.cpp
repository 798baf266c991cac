// SPDX-License-Identifier: MIT
#include "ui/window/presentation_mode.hpp"

#include "ui/panels/timeline_panel.hpp"
#include "ui/presentation/presentation_panels.hpp"
#include "ui/window/status_line.hpp"
#include "ui/window/window_columns.hpp"

#include <QAbstractScrollArea>
#include <QAction>
#include <QActionGroup>
#include <QWidget>

namespace ys::ui {

PresentationMode::PresentationMode(QWidget& window)
    : QObject(&window), window_(window), panels_(new PresentationPanels(&window)),
      sizeActions_(new QActionGroup(&window))
{
    for (const QSize& size : PresentationSize::choices()) {
        auto* a = new QAction(PresentationSize::label(size), this);
        a->setCheckable(true);
        a->setChecked(size.isEmpty());
        a->setData(size);
        a->setStatusTip(tr("The size presentation mode lays the window out at"));
        sizeActions_->addAction(a);
        connect(a, &QAction::triggered, this, [this, size] { emit sizeChosen(size); });
    }
}

void PresentationMode::setParts(const Parts& parts) { parts_ = parts; }

void PresentationMode::setPresenting(bool on)
{
    parts_.action->setChecked(on);
    parts_.timeline->setPresenting(on);
    // A video or a projector never shows a scroll bar: the code fits its panel whole and keeps
    // the current line in view, the console shows its latest lines.
    const Qt::ScrollBarPolicy bars = on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    for (QAbstractScrollArea* area : {parts_.code, parts_.console}) {
        area->setHorizontalScrollBarPolicy(bars);
        area->setVerticalScrollBarPolicy(bars);
    }
    parts_.status->setPresenting(on);
    panels_->apply(on);
    if (on) {
        maximizedBefore_ = window_.isMaximized();
        size_.enter(window_);
    } else {
        size_.leave(window_, maximizedBefore_);
    }
    parts_.columns->setPresenting(on);
}

} // namespace ys::ui
