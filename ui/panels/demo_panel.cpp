// SPDX-License-Identifier: MIT
#include "ui/panels/demo_panel.hpp"

#include "core/demos/demo.hpp"
#include "ui/panels/param_editor.hpp"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
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
        chooser_->addItem(QString::fromStdString(d->title), QString::fromStdString(d->name));
    }
    // The learner's program, last: no demo's name (its data is empty).
    chooser_->addItem(QString(), QString());
    setOwnProgramTexts();
    showOwnProgramRow(false);
    chooser_->setAccessibleName(tr("Demo"));
    chooser_->setToolTip(tr("The program to step through (Ctrl+1, Ctrl+2, …)"));
    label->setBuddy(chooser_);
    connect(chooser_, &QComboBox::activated, this, [this](int index) {
        const QString name = chooser_->itemData(index).toString();
        if (!name.isEmpty()) emit demoChosen(name);
    });
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
    widget_->installEventFilter(this);
}

void DemoPanel::showDemo(const Demo& demo, const Params& params)
{
    leaveOwnProgram(false);
    const int index = chooser_->findData(QString::fromStdString(demo.name));
    if (index >= 0) chooser_->setCurrentIndex(index);
    summary_->setText(QString::fromStdString(demo.summary));
    params_->setDemo(demo, params);
}

void DemoPanel::showUnknownDemo(const QString& summary)
{
    leaveOwnProgram(true);
    summary_->setText(summary);
}

void DemoPanel::setOwnProgramShown(bool on)
{
    if (!on) {
        leaveOwnProgram(true);
        return;
    }
    if (ownProgram_) return;
    ownProgram_ = true;
    demoRow_ = chooser_->currentIndex();
    demoSummary_ = summary_->text();
    showOwnProgramRow(true);
    chooser_->setCurrentIndex(ownProgramRow());
    setOwnProgramTexts();
    params_->hide();
    params_->defaultsButton()->hide();
}

void DemoPanel::leaveOwnProgram(bool restore)
{
    if (!ownProgram_) return;
    ownProgram_ = false;
    if (restore) {
        chooser_->setCurrentIndex(demoRow_);
        summary_->setText(demoSummary_);
    }
    showOwnProgramRow(false);
    params_->show();
    params_->defaultsButton()->show();
}

int DemoPanel::ownProgramRow() const { return chooser_->count() - 1; }

void DemoPanel::showOwnProgramRow(bool on)
{
    // Out of the list, and out of reach of the arrow keys, while a demo is shown.
    if (auto* list = qobject_cast<QListView*>(chooser_->view())) list->setRowHidden(ownProgramRow(), !on);
    if (auto* model = qobject_cast<QStandardItemModel*>(chooser_->model()))
        model->item(ownProgramRow())->setEnabled(on);
}

void DemoPanel::setOwnProgramTexts()
{
    chooser_->setItemText(ownProgramRow(), tr("Your program"));
    if (ownProgram_) {
        summary_->setText(tr("Your own program, from the editor. Choosing a demo goes back to the demos; "
                             "your program stays in the editor."));
    }
}

bool DemoPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == widget_ && event->type() == QEvent::LanguageChange) setOwnProgramTexts();
    return QObject::eventFilter(watched, event);
}

} // namespace ys::ui
