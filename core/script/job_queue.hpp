// SPDX-License-Identifier: MIT
// The one job queue of the engine's context: hands every job to the run in progress. Private to
// core/script: only its .cpp files include this header (it brings the engine's headers).
#pragma once

#include "core/script/run.hpp"

namespace ys::script::host {

class Forwarder final : public JS::JobQueue {
public:
    JSObject* getIncumbentGlobal(JSContext* cx) override;
    bool enqueuePromiseJob(JSContext* cx, JS::HandleObject, JS::HandleObject job, JS::HandleObject,
                           JS::HandleObject) override;
    void runJobs(JSContext* cx) override;
    bool empty() const override;

private:
    class Saved;
    js::UniquePtr<SavedJobQueue> saveJobQueue(JSContext*) override;
};

} // namespace ys::script::host
