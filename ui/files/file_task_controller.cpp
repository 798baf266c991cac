// SPDX-License-Identifier: MIT
#include "ui/files/file_task_controller.hpp"

#include "ui/files/file_progress_dialog.hpp"
#include "ui/files/window_input_blocker.hpp"

#include <QEventLoop>
#include <QFileInfo>
#include <QWidget>

#include <utility>

namespace ys::ui {

FileTaskController::FileTaskController(QWidget& window) : QObject(&window), window_(window) {}

FileTaskController::~FileTaskController()
{
    // The task goes first: its worker may be reading the run.
    delete std::exchange(task_, nullptr);
    inputBlocker_.reset();
}

void FileTaskController::start(std::unique_ptr<TraceFileTask> task, Ended ended)
{
    task_ = task.release();
    task_->setParent(this);
    ended_ = std::move(ended);
    inputBlocker_ = std::make_unique<WindowInputBlocker>(window_);
    progress_ = new FileProgressDialog(QFileInfo(task_->path()).fileName(), task_->saving(), window_);
    connect(progress_, &FileProgressDialog::canceled, task_, &TraceFileTask::cancel);
    connect(task_, &TraceFileTask::progressed, this,
            [this](TraceFileTask::Stage stage, qint64 done, qint64 total) {
                progress_->showProgress(stage, done, total);
                emit progressed(stage, done, total);
            });
    connect(task_, &TraceFileTask::finished, this, &FileTaskController::taskEnded);
    emit started(task_->path());
}

void FileTaskController::cancel()
{
    if (task_ != nullptr) task_->cancel();
}

void FileTaskController::stop()
{
    if (task_ == nullptr) return;
    task_->cancel();
    task_->waitForFinished();
}

FileTaskController::Outcome FileTaskController::wait()
{
    auto outcome = Outcome::Running;
    QEventLoop loop;
    connect(this, &FileTaskController::ended, &loop, [&outcome, &loop](Outcome o) {
        outcome = o;
        loop.quit();
    });
    if (task_ != nullptr) loop.exec();
    // The application is quitting (its event loops all end): the file stops as Cancel does.
    stop();
    return outcome;
}

void FileTaskController::taskEnded()
{
    TraceFileTask* task = std::exchange(task_, nullptr);
    task->deleteLater(); // it is emitting the signal that brought us here
    delete std::exchange(progress_, nullptr);
    inputBlocker_.reset();
    if (const Ended ended = std::exchange(ended_, nullptr)) ended(*task);
    emit ended(task->outcome());
}

} // namespace ys::ui
