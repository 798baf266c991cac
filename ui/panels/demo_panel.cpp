// SPDX-License-Identifier: MIT
#include "ui/panels/demo_panel.hpp"

#include "core/demos/demo.hpp"
#include "ui/panels/param_editor.hpp"
#include "ui/window/demo_text.hpp"

#include <QComboBox>
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
    auto* label = new QLabel(widget_);
    chooserLabel_ = label;
    QFont bold; // only the weight: the size is the window's
    bold.setBold(true);
    label->setFont(bold);
    chooser_ = new QComboBox(widget_);
    chooser_->setObjectName(QStringLiteral("demoChooser"));
    for (const Demo* d : allDemos()) {
        chooser_->addItem(demoTitle(*d), QString::fromStdString(d->name));
    }
    // The learner's program, last: no demo's name (its data is empty).
    chooser_->addItem(QString(), QString());
    setOwnProgramTexts();
    showOwnProgramRow(false);
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
    layout->addWidget(summary_);

    params_ = new ParamEditor(widget_);
    params_->setObjectName(QStringLiteral("paramEditor"));
    chooserRow->addWidget(params_->defaultsButton());
    layout->addWidget(params_);
    setFixedTexts();
}

void DemoPanel::setFixedTexts()
{
    chooserLabel_->setText(tr("De&mo"));
    chooser_->setAccessibleName(tr("Demo"));
    chooser_->setToolTip(tr("The program to step through (Ctrl+1, Ctrl+2, …)"));
    summary_->setAccessibleName(tr("What the demo shows"));
}

void DemoPanel::showDemo(const Demo& demo, const Params& params)
{
    leaveOwnProgram(false);
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
    setFixedTexts();
    for (int i = 0; i < chooser_->count(); ++i) {
        const Demo* d = findDemo(chooser_->itemData(i).toString().toStdString());
        if (d != nullptr) chooser_->setItemText(i, demoTitle(*d));
    }
    showSummary(demo_);
    setOwnProgramTexts();
}

void DemoPanel::showUnknownDemo(bool withProgram)
{
    if (withProgram) { // a program's run: no demo's name or parameters are shown with it
        setOwnProgramShown(true);
        recordedProgram_ = true;
        setOwnProgramTexts();
        return;
    }
    leaveOwnProgram(true);
    showSummary(nullptr);
}

void DemoPanel::setOwnProgramShown(bool on)
{
    if (!on) {
        leaveOwnProgram(true);
        return;
    }
    if (recordedProgram_) { // the editor takes over from a recorded run
        recordedProgram_ = false;
        setOwnProgramTexts();
    }
    if (ownProgram_) return;
    ownProgram_ = true;
    demoRow_ = chooser_->currentIndex();
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
    recordedProgram_ = false;
    if (restore) {
        chooser_->setCurrentIndex(demoRow_);
        showSummary(demo_);
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
    if (ownProgram_ && recordedProgram_)
        summary_->setText(tr("A recorded run of a program: its code is shown as it was run."));
    else if (ownProgram_)
        summary_->setText(tr("Your own program, from the editor. Choosing a demo goes back to the demos; "
                             "your program stays in the editor."));
}

} // namespace ys::ui
