// SPDX-License-Identifier: MIT
// How far a trace file being opened or saved has come, in words and on a bar ("Reading
// big.jsonl", "120 MB of 497 MB"), with Cancel. It shows itself only when the work takes longer
// than a second, so a small file never flashes it; Cancel (or Esc, or closing it) hides it at
// once and says so with canceled(). Big type and room around it, for the back of a classroom.
#pragma once

#include "ui/files/trace_file_task.hpp"

#include <QDialog>

class QLabel;
class QProgressBar;
class QTimer;

namespace ys::ui {

class FileProgressDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kShowAfterMs = 1000;

    // `fileName` as the window's messages name it; `window` is the one whose file this is.
    FileProgressDialog(const QString& fileName, bool saving, QWidget& window);

    void showProgress(TraceFileTask::Stage stage, qint64 done, qint64 total);
    bool wasCanceled() const { return canceled_; }
    // The bar, in thousandths of the whole (-1 before the first report, 0 to 1000).
    int value() const;
    QString text() const;

public slots:
    // What Cancel does: hides the dialog and emits canceled().
    void cancel();
    void reject() override { cancel(); }

signals:
    void canceled();

private:
    QString fileName_;
    QLabel* doing_ = nullptr;
    QLabel* howFar_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QTimer* showTimer_ = nullptr;
    bool canceled_ = false;
};

} // namespace ys::ui
