// SPDX-License-Identifier: MIT
#include "ui/panels/param_editor.hpp"

#include "ui/window/demo_text.hpp"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ys::ui {
namespace {

int toInt(std::int64_t v) { return static_cast<int>(std::clamp<std::int64_t>(v, INT_MIN, INT_MAX)); }

QString listText(const std::vector<std::int64_t>& values)
{
    QStringList parts;
    for (std::int64_t v : values)
        parts << QString::number(v);
    return parts.join(',');
}

} // namespace

ParamEditor::ParamEditor(QWidget* parent)
    : QWidget(parent), grid_(new QGridLayout), defaults_(new QPushButton)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    grid_->setHorizontalSpacing(12);
    grid_->setVerticalSpacing(8);
    layout->addLayout(grid_);
    defaults_->setText(tr("Reset to &defaults"));
    defaults_->setToolTip(tr("Set every parameter back to its default value (restarts the run)"));
    defaults_->setAccessibleName(tr("Reset parameters to defaults"));
    connect(defaults_, &QPushButton::clicked, this, &ParamEditor::resetToDefaults);
    // The button is laid out by the editor's owner (beside the demo chooser); until then it
    // sits below the fields.
    layout->addWidget(defaults_, 0, Qt::AlignRight);
    setAccessibleName(tr("Parameters"));
}

void ParamEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        defaults_->setText(tr("Reset to &defaults"));
        defaults_->setToolTip(tr("Set every parameter back to its default value (restarts the run)"));
        defaults_->setAccessibleName(tr("Reset parameters to defaults"));
        setAccessibleName(tr("Parameters"));
        // The rows' descriptions, in the new language.
        if (demo_ != nullptr && !rowWidgets_.empty()) rebuild();
    }
    QWidget::changeEvent(event);
}

void ParamEditor::setDemo(const Demo& demo, const Params& params)
{
    demo_ = &demo;
    params_ = params;
    rebuild();
}

void ParamEditor::setParams(const Params& params)
{
    params_ = params;
    showValues();
}

QWidget* ParamEditor::editor(const QString& name) const
{
    for (const Row& row : rows_) {
        if (QString::fromStdString(row.spec->name) == name) {
            return row.spin ? static_cast<QWidget*>(row.spin) : static_cast<QWidget*>(row.line);
        }
    }
    return nullptr;
}

void ParamEditor::setMostPerRow(int most)
{
    mostPerRow_ = std::max(1, most);
    rebuild();
}

void ParamEditor::rebuild()
{
    for (QWidget* w : rowWidgets_)
        delete w;
    rowWidgets_.clear();
    rows_.clear();
    if (demo_ == nullptr) return;

    // All in one row if they fit the most a row holds, else two per row: label, editor, label, editor.
    const int count = static_cast<int>(demo_->params.size());
    const int perRow = count <= mostPerRow_ ? count : std::min(2, mostPerRow_);
    int index = 0;
    for (const ParamSpec& spec : demo_->params) {
        const QString name = QString::fromStdString(spec.name);
        const QString help = paramHelp(spec);
        const QString accepted = acceptedValues(spec);
        auto* label = new QLabel(name, this);
        label->setToolTip(help);
        Row row{&spec};
        QWidget* field = nullptr;
        if (spec.isList) {
            row.line = new QLineEdit(this);
            row.line->setToolTip(QString("%1 (%2)").arg(help, accepted));
            connect(row.line, &QLineEdit::editingFinished, this, [this, name] {
                for (const Row& r : rows_) {
                    if (QString::fromStdString(r.spec->name) == name) listEdited(r);
                }
            });
            connect(row.line, &QLineEdit::returnPressed, this, &ParamEditor::editingDone);
            field = row.line;
        } else {
            row.spin = new QSpinBox(this);
            row.spin->setRange(toInt(spec.min), toInt(spec.max));
            row.spin->setKeyboardTracking(false); // typed values apply on Enter or leaving the box
            row.spin->setAccelerated(true);
            row.spin->setToolTip(QString("%1 (%2)").arg(help, accepted));
            row.spin->setMinimumWidth(row.spin->fontMetrics().horizontalAdvance(QStringLiteral("000000000")));
            connect(row.spin, &QSpinBox::valueChanged, this, [this, name](int value) {
                for (const Row& r : rows_) {
                    if (QString::fromStdString(r.spec->name) == name) integerEdited(r, value);
                }
            });
            connect(row.spin, &QSpinBox::editingFinished, this, [this, spin = row.spin] {
                if (spin->hasFocus()) emit editingDone(); // Enter, not leaving the box
            });
            field = row.spin;
        }
        field->setAccessibleName(name);
        field->setAccessibleDescription(help);
        field->setObjectName(QStringLiteral("param_") + name);
        label->setBuddy(field);
        const int r = index / perRow;
        const int c = (index % perRow) * 2;
        grid_->addWidget(label, r, c, Qt::AlignRight);
        grid_->addWidget(field, r, c + 1);
        rowWidgets_.push_back(label);
        rowWidgets_.push_back(field);
        rows_.push_back(row);
        ++index;
    }
    // Fields keep their natural width; the space left over goes to the right.
    for (int c = 0; c < 7; ++c)
        grid_->setColumnStretch(c, c == 6 ? 1 : 0);
    showValues();
}

void ParamEditor::showValues()
{
    updating_ = true;
    for (const Row& row : rows_) {
        if (row.spin) {
            row.spin->setValue(toInt(params_.integer(row.spec->name)));
        } else {
            row.line->setText(listText(params_.list(row.spec->name)));
            row.line->setStyleSheet({});
        }
    }
    updating_ = false;
}

void ParamEditor::integerEdited(const Row& row, int value)
{
    if (updating_) return;
    try {
        Params next = params_;
        next.setInteger(row.spec->name, value);
        if (next == params_) return;
        params_ = next;
        emit paramsChanged(params_);
    } catch (const ParamError& e) {
        row.spin->setToolTip(QString::fromStdString(e.what()));
    }
}

void ParamEditor::listEdited(const Row& row)
{
    if (updating_) return;
    try {
        Params next = params_;
        next.set(row.spec->name, row.line->text().toStdString());
        row.line->setStyleSheet({});
        row.line->setToolTip(QString("%1 (%2)").arg(paramHelp(*row.spec), acceptedValues(*row.spec)));
        if (next == params_) return;
        params_ = next;
        emit paramsChanged(params_);
    } catch (const ParamError& e) {
        // Not applied: marked with a border and the message, the run goes on unchanged.
        row.line->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #d1242f; }"));
        row.line->setToolTip(QString::fromStdString(e.what()));
    }
}

void ParamEditor::resetToDefaults()
{
    if (demo_ == nullptr) return;
    const Params defaults = demo_->defaults();
    const bool changed = !(defaults == params_);
    params_ = defaults;
    showValues();
    if (changed) emit paramsChanged(params_);
}

} // namespace ys::ui
