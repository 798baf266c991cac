// SPDX-License-Identifier: MIT
#include "ui/editor/program_run.hpp"

#include <QMetaObject>

#include <new>

namespace ys::ui {

// What the worker owns: nothing it touches belongs to the window.
struct ProgramRun::Work {
    std::string source;
    script::World world;
    script::Limits limits;
    std::atomic<bool> stop{false};
    script::Result result;
    TraceFile run;
};

ProgramRun::ProgramRun(QObject* parent) : QObject(parent) {}

ProgramRun::~ProgramRun()
{
    if (worker_.joinable()) {
        work_->stop = true;
        worker_.join();
    }
}

bool ProgramRun::start(std::string source, const script::World& world, const script::Limits& limits)
{
    if (running_) return false;
    if (worker_.joinable()) worker_.join(); // the last run's worker, already done
    work_ = std::make_shared<Work>();
    work_->source = std::move(source);
    work_->world = world;
    work_->limits = limits;
    work_->limits.stopRequested = &work_->stop;
    running_ = true;
    worker_ = std::thread([this, work = work_] {
        try {
            work->result = script::runScript(work->source, work->run.trace, work->world, work->limits);
        } catch (const std::bad_alloc&) {
            work->result = {};
            work->result.outcome = script::Outcome::Stopped;
            work->result.message = "Stopped: the run took more memory than this machine has.";
        }
        work->run.program = work->source;
        // Back on the window's thread. The destructor waits for this thread, so `this` is alive
        // here; a call still queued when it goes is dropped with it.
        QMetaObject::invokeMethod(this, &ProgramRun::collect, Qt::QueuedConnection);
    });
    return true;
}

void ProgramRun::stop()
{
    if (running_) work_->stop = true;
}

void ProgramRun::collect()
{
    if (!running_) return;
    if (worker_.joinable()) worker_.join();
    result_ = work_->result;
    run_ = std::move(work_->run);
    work_.reset();
    running_ = false;
    emit finished();
}

} // namespace ys::ui
