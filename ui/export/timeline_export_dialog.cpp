// SPDX-License-Identifier: MIT
#include "ui/export/timeline_export_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

#include <cmath>

namespace ys::ui {

TimelineExportDialog::TimelineExportDialog(Format format, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(format == Format::Png ? tr("Export the timeline as PNG")
                                         : tr("Export the timeline as SVG"));
    extent_ = new QComboBox(this);
    extent_->setObjectName(QStringLiteral("exportExtent"));
    extent_->addItem(tr("The view as it is shown"), static_cast<int>(TimelineExtent::View));
    extent_->addItem(tr("The whole run so far, fitted"), static_cast<int>(TimelineExtent::WholeRun));
    extent_->setAccessibleName(tr("What to export"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Show:"), extent_);
    if (format == Format::Png) {
        scale_ = new QComboBox(this);
        scale_->setObjectName(QStringLiteral("exportScale"));
        for (int s = 1; s <= 4; ++s)
            scale_->addItem(tr("%1× the timeline's size").arg(s), s);
        scale_->setCurrentIndex(1); // 2x: sharp when projected or printed
        scale_->setAccessibleName(tr("Scale"));
        form->addRow(tr("S&cale:"), scale_);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

TimelineExtent TimelineExportDialog::extent() const
{
    return static_cast<TimelineExtent>(extent_->currentData().toInt());
}

void TimelineExportDialog::setExtent(TimelineExtent extent)
{
    extent_->setCurrentIndex(extent_->findData(static_cast<int>(extent)));
}

qreal TimelineExportDialog::scale() const { return scale_ != nullptr ? scale_->currentData().toInt() : 1.0; }

void TimelineExportDialog::setScale(qreal scale)
{
    if (scale_ == nullptr) return;
    const int index = scale_->findData(static_cast<int>(std::lround(scale)));
    if (index >= 0) scale_->setCurrentIndex(index);
}

} // namespace ys::ui
