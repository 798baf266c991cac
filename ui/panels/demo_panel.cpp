// SPDX-License-Identifier: MIT
#include "ui/panels/demo_panel.hpp"

#include "core/demos/demo.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/window/demo_text.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ys::ui {

DemoPanel::DemoPanel(QObject* parent) : QObject(parent), widget_(new QWidget)
{
    auto* layout = new QVBoxLayout(widget_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* chooserRow = new QHBoxLayout;
    auto* label = new QLabel(tr("De&mo"), widget_);
    QFont bold; // only the weight: the size is the window's
    bold.setBold(true);
    label->setFont(bold);
    chooser_ = new QComboBox(widget_);
    chooser_->setObjectName(QStringLiteral("demoChooser"));
    for (const Demo* d : allDemos()) {
        chooser_->addItem(demoTitle(*d), QString::fromStdString(d->name));
    }
    chooser_->setAccessibleName(tr("Demo"));
    chooser_->setToolTip(tr("The program to step through (Ctrl+1, Ctrl+2, …)"));
    label->setBuddy(chooser_);
    connect(chooser_, &QComboBox::activated, this,
            [this](int index) { emit demoChosen(chooser_->itemData(index).toString()); });
    chooserRow->addWidget(label);
    chooserRow->addWidget(chooser_, 1);
    layout->addLayout(chooserRow);
    chooserRow->setSpacing(10);

    summary_ = new QLabel(widget_);
    summary_->setObjectName(QStringLiteral("demoSummary"));
    summary_->setWordWrap(true);
    summary_->setAccessibleName(tr("What the demo shows"));
    layout->addWidget(summary_);

    params_ = new ParamEditor(widget_);
    params_->setObjectName(QStringLiteral("paramEditor"));
    chooserRow->addWidget(params_->defaultsButton());
    layout->addWidget(params_);
}

void DemoPanel::showDemo(const Demo& demo, const Params& params)
{
    const int index = chooser_->findData(QString::fromStdString(demo.name));
    if (index >= 0) chooser_->setCurrentIndex(index);
    showSummary(&demo);
    params_->setDemo(demo, params);
}

void DemoPanel::showSummary(const Demo* demo)
{
    demo_ = demo;
    summary_->setText(demo != nullptr ? demoSummary(*demo)
                                      : tr("A recorded run of an unknown demo: no code to show."));
}

void DemoPanel::retranslate()
{
    for (int i = 0; i < chooser_->count(); ++i) {
        const Demo* d = findDemo(chooser_->itemData(i).toString().toStdString());
        if (d != nullptr) chooser_->setItemText(i, demoTitle(*d));
    }
    showSummary(demo_);
}

} // namespace ys::ui
