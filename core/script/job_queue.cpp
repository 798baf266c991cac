// SPDX-License-Identifier: MIT
// The job queue: the one queue of the context, which hands every promise job to the run in
// progress, one job at a time, and keeps the rejections nobody handled.
#include "core/script/job_queue.hpp"

#include <js/CallAndConstruct.h>
#include <js/GlobalObject.h>

namespace ys::script::host {

void Run::runJobs(JSContext* cx)
{
    // Only the Debugger's own jobs come here (AutoDebuggerJobQueueInterruption).
    while (!jobs_->empty()) {
        JS::RootedObject job(cx, jobs_->front());
        jobs_->pop_front();
        JSAutoRealm realm(cx, job);
        JS::RootedValue rv(cx);
        if (!JS::Call(cx, JS::UndefinedHandleValue, job, JS::HandleValueArray::empty(), &rv))
            JS_ClearPendingException(cx);
    }
}

bool Run::runJob()
{
    JS::RootedObject job(cx_, jobs_->front());
    jobs_->pop_front();
    ++jobsRun_;
    JSAutoRealm realm(cx_, job);
    JS::RootedValue rv(cx_);
    return JS::Call(cx_, JS::UndefinedHandleValue, job, JS::HandleValueArray::empty(), &rv);
}

void Run::trackRejection(JSContext* cx, bool, JS::HandleObject promise,
                         JS::PromiseRejectionHandlingState state, void*)
{
    if (current == nullptr) return;
    auto& list = current->unhandled_;
    if (state == JS::PromiseRejectionHandlingState::Unhandled) {
        list.push_back(std::make_unique<JS::PersistentRootedObject>(cx, promise));
    } else {
        for (auto it = list.begin(); it != list.end(); ++it) {
            if (**it == promise) {
                list.erase(it);
                break;
            }
        }
    }
}

JSObject* Forwarder::getIncumbentGlobal(JSContext* cx) { return JS::CurrentGlobalOrNull(cx); }

bool Forwarder::enqueuePromiseJob(JSContext* cx, JS::HandleObject, JS::HandleObject job, JS::HandleObject,
                                  JS::HandleObject)
{
    if (current != nullptr) current->enqueue(cx, job);
    return true;
}

void Forwarder::runJobs(JSContext* cx)
{
    if (current != nullptr) current->runJobs(cx);
}

bool Forwarder::empty() const { return current == nullptr || current->empty(); }

// The program's jobs, set aside while the Debugger's hooks run; back in the run when they are done.
class Forwarder::Saved final : public SavedJobQueue {
public:
    explicit Saved(std::unique_ptr<Run::Jobs> jobs) : jobs_(std::move(jobs)) {}
    ~Saved() override
    {
        if (current != nullptr && jobs_) current->restoreJobs(std::move(jobs_));
    }
    Saved(const Saved&) = delete;
    Saved& operator=(const Saved&) = delete;

private:
    std::unique_ptr<Run::Jobs> jobs_;
};

js::UniquePtr<JS::JobQueue::SavedJobQueue> Forwarder::saveJobQueue(JSContext*)
{
    return js::MakeUnique<Saved>(current != nullptr ? current->takeJobs() : nullptr);
}

} // namespace ys::script::host
