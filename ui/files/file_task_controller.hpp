// SPDX-License-Identifier: MIT
// The one file a window opens, saves or exports on a worker at a time (see trace_file_task.hpp),
// and what the window does meanwhile: it takes no input (WindowInputBlocker), and shows a
// progress dialog with Cancel once the work has taken a second (FileProgressDialog). The task's
// end is handed to the one who started it, then told to everyone with ended().
#pragma once

#include "ui/files/trace_file_task.hpp"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace ys::ui {

class FileProgressDialog;
class WindowInputBlocker;

class FileTaskController : public QObject {
    Q_OBJECT

public:
    using Outcome = TraceFileTask::Outcome;
    // Called once the task has ended, the dialog gone and the window taking input again; the
    // task is deleted afterwards (takeFile() is for here).
    using Ended = std::function<void(TraceFileTask& task)>;

    explicit FileTaskController(QWidget& window);
    // Cancels the task under way and waits for its worker.
    ~FileTaskController() override;
    FileTaskController(const FileTaskController&) = delete;
    FileTaskController& operator=(const FileTaskController&) = delete;

    bool running() const { return task_ != nullptr; }
    // Takes over `task` (just started): no other may start until it has ended.
    void start(std::unique_ptr<TraceFileTask> task, Ended ended);
    // What Cancel in the progress dialog does: the worker stops at its next chunk.
    void cancel();
    // Ends the task now, as Cancel does, waiting for its worker: before the run it reads changes.
    void stop();
    // Runs the event loop until the task ends; its outcome (Running when none was under way).
    // An event loop ended from outside (the application quitting) stops the task as Cancel does.
    Outcome wait();
    // The task's progress dialog (hidden in its first second); nullptr when none runs.
    FileProgressDialog* progressDialog() const { return progress_; }

signals:
    void started(const QString& path);
    // As TraceFileTask::progressed.
    void progressed(ys::ui::TraceFileTask::Stage stage, qint64 done, qint64 total);
    void ended(ys::ui::TraceFileTask::Outcome outcome);

private:
    void taskEnded();

    QWidget& window_;
    // A child, deleted once it has ended.
    TraceFileTask* task_ = nullptr;
    Ended ended_;
    FileProgressDialog* progress_ = nullptr;
    std::unique_ptr<WindowInputBlocker> inputBlocker_;
};

} // namespace ys::ui
