// SPDX-License-Identifier: MIT
#include "ui/files/file_progress_dialog.hpp"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ys::ui {
namespace {

// The bar counts thousandths: a file's bytes do not fit an int.
constexpr int kSteps = 1000;
// Projector size: read from the back of a classroom, like the narration.
constexpr qreal kMinimumPoints = 18;

QString megabytes(qint64 bytes) { return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeSIFormat); }

} // namespace

FileProgressDialog::FileProgressDialog(const QString& fileName, bool saving, QWidget& window)
    : QDialog(&window), fileName_(fileName)
{
    setObjectName(QStringLiteral("fileProgress"));
    setWindowTitle(saving ? tr("Saving %1").arg(fileName) : tr("Opening %1").arg(fileName));
    QFont f = window.font();
    f.setPointSizeF(std::max<qreal>(f.pointSizeF(), kMinimumPoints));
    setFont(f);
    const int em = fontMetrics().height();

    doing_ = new QLabel(saving ? tr("Writing %1").arg(fileName) : tr("Reading %1").arg(fileName));
    QFont bold = f;
    bold.setBold(true);
    doing_->setFont(bold);
    howFar_ = new QLabel(QStringLiteral(" "));
    bar_ = new QProgressBar;
    bar_->setRange(0, kSteps);
    bar_->setMinimumHeight(em * 3 / 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &FileProgressDialog::cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(em * 3 / 2, em, em * 3 / 2, em);
    layout->setSpacing(em / 2);
    layout->addWidget(doing_);
    layout->addWidget(howFar_);
    layout->addSpacing(em / 4);
    layout->addWidget(bar_);
    layout->addSpacing(em / 2);
    layout->addWidget(buttons);
    // Wide enough for a long file name and "123 MB of 497 MB" without the dialog changing size
    // as the numbers grow.
    setMinimumWidth(fontMetrics().averageCharWidth() * 44);

    showTimer_ = new QTimer(this);
    showTimer_->setSingleShot(true);
    connect(showTimer_, &QTimer::timeout, this, [this] {
        if (!canceled_) show();
    });
    showTimer_->start(kShowAfterMs);
}

void FileProgressDialog::showProgress(TraceFileTask::Stage stage, qint64 done, qint64 total)
{
    if (canceled_) return;
    const QLocale locale;
    switch (stage) {
    case TraceFileTask::Stage::Reading:
        doing_->setText(tr("Reading %1").arg(fileName_));
        howFar_->setText(tr("%1 of %2").arg(megabytes(done), megabytes(total)));
        break;
    case TraceFileTask::Stage::Running:
        // How many events the run will have is not known until it ends: the bar just moves.
        // The window's title says it is a save: the whole run is written once it has ended.
        doing_->setText(tr("Running the demo to its end first"));
        howFar_->setText(tr("%1 events so far").arg(locale.toString(done)));
        bar_->setRange(0, 0);
        return;
    case TraceFileTask::Stage::Writing:
        doing_->setText(tr("Writing %1").arg(fileName_));
        howFar_->setText(tr("%1 of %2 events").arg(locale.toString(done), locale.toString(total)));
        break;
    }
    bar_->setRange(0, kSteps);
    bar_->setValue(total > 0 ? static_cast<int>(std::min(done, total) * kSteps / total) : 0);
}

int FileProgressDialog::value() const { return bar_->value(); }

QString FileProgressDialog::text() const { return doing_->text() + QLatin1Char('\n') + howFar_->text(); }

void FileProgressDialog::cancel()
{
    if (canceled_) return;
    canceled_ = true;
    showTimer_->stop();
    hide();
    emit canceled();
}

} // namespace ys::ui
