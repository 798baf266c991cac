// SPDX-License-Identifier: MIT
// The SpiderMonkey host behind runScript: the engine's thread, with its one context, and the
// watchdog that stops runaway programs. The run itself is in run.cpp, the natives the prelude
// and the observer call in host_*.cpp, the job queue in job_queue.cpp.
#include "core/script/job_queue.hpp"
#include "core/script/run.hpp"

#include <js/Initialization.h>
#include <js/Interrupt.h>

#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace ys::script {
namespace {

using host::current;
using host::Forwarder;
using host::residentBytes;
using host::Run;
using host::Stop;

bool onInterrupt(JSContext*) { return current == nullptr || current->stop == Stop::None; }

void ignoreFinalizationCleanup(JSFunction*, JSObject*, void*)
{
    // FinalizationRegistry callbacks would run at moments the garbage collector picks: never.
}

// The engine's thread: JS_Init once, one context, one program at a time.
class EngineThread {
public:
    static EngineThread& instance()
    {
        static EngineThread thread;
        return thread;
    }
    Result submit(std::function<Result(JSContext*)> task)
    {
        std::packaged_task<Result(JSContext*)> packaged(std::move(task));
        std::future<Result> result = packaged.get_future();
        {
            std::lock_guard lock(mutex_);
            tasks_.push_back(std::move(packaged));
        }
        wake_.notify_one();
        return result.get();
    }
    ~EngineThread()
    {
        {
            std::lock_guard lock(mutex_);
            quit_ = true;
        }
        wake_.notify_one();
        if (started_) pthread_join(thread_, nullptr);
    }
    EngineThread(const EngineThread&) = delete;
    EngineThread& operator=(const EngineThread&) = delete;

private:
    // The thread gets a large stack: the engine stops the program's recursion at its native
    // stack quota, but a Debugger hook on every frame uses native stack beyond it.
    EngineThread()
    {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, kStackBytes);
        started_ = pthread_create(
                       &thread_, &attr,
                       [](void* self) -> void* {
                           static_cast<EngineThread*>(self)->loop();
                           return nullptr;
                       },
                       this) == 0;
        pthread_attr_destroy(&attr);
    }
    static constexpr std::size_t kStackBytes = std::size_t{256} << 20;
    static constexpr std::size_t kStackQuota = std::size_t{128} << 20;
    void loop()
    {
        JSContext* cx = nullptr;
        Forwarder forwarder;
        if (JS_Init()) cx = JS_NewContext(std::uint32_t{256} << 20);
        if (cx != nullptr && !JS::InitSelfHostedCode(cx)) {
            JS_DestroyContext(cx);
            cx = nullptr;
        }
        if (cx != nullptr) {
            JS_SetNativeStackQuota(cx, kStackQuota); // the observer stops recursion long before
            JS::SetJobQueue(cx, &forwarder);
            JS::SetPromiseRejectionTrackerCallback(cx, Run::trackRejection);
            JS::SetHostCleanupFinalizationRegistryCallback(cx, ignoreFinalizationCleanup, nullptr);
            JS_AddInterruptCallback(cx, onInterrupt);
        }
        for (;;) {
            std::packaged_task<Result(JSContext*)> task;
            {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [this] { return quit_ || !tasks_.empty(); });
                if (tasks_.empty()) break;
                task = std::move(tasks_.front());
                tasks_.pop_front();
            }
            task(cx);
        }
        if (cx != nullptr) JS_DestroyContext(cx);
        JS_ShutDown();
    }

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::packaged_task<Result(JSContext*)>> tasks_;
    bool quit_ = false;
    pthread_t thread_{};
    bool started_ = false;
};

} // namespace

Result runScript(std::string_view source, Trace& trace, const World& world, const Limits& limits)
{
    return EngineThread::instance().submit([&](JSContext* cx) -> Result {
        if (cx == nullptr) {
            Result r;
            r.outcome = Outcome::Stopped;
            r.message = "The JavaScript engine could not start.";
            return r;
        }
        Result result;
        {
            Run run(cx, trace, world, limits);
            // The watchdog: real time and memory, checked every few milliseconds.
            std::mutex mutex;
            std::condition_variable finished;
            bool done = false;
            const auto start = std::chrono::steady_clock::now();
            const std::size_t baseline = residentBytes();
            std::thread watchdog([&] {
                std::unique_lock lock(mutex);
                while (!finished.wait_for(lock, std::chrono::milliseconds(5), [&] { return done; })) {
                    Stop why = Stop::None;
                    if (limits.stopRequested != nullptr && limits.stopRequested->load())
                        why = Stop::Requested;
                    else if (std::chrono::steady_clock::now() - start > limits.wallTime)
                        why = Stop::WallTime;
                    else if (residentBytes() > baseline + limits.residentGrowth)
                        why = Stop::Memory;
                    if (why == Stop::None) continue;
                    Stop expected = Stop::None;
                    run.stop.compare_exchange_strong(expected, why);
                    JS_RequestInterruptCallback(cx);
                }
            });
            result = run.run(source);
            {
                std::lock_guard lock(mutex);
                done = true;
            }
            finished.notify_one();
            watchdog.join();
        }
        JS_GC(cx);
        return result;
    });
}

} // namespace ys::script
