// SPDX-License-Identifier: MIT
// AsyncGenerator<T>: a JavaScript `async function*` as a C++ coroutine, with the semantics of
// the ECMAScript specification (AsyncGeneratorStart/Resume/Yield/CompleteStep/DrainQueue).
//
// - Lazy: the body does not run before the first next().
// - next() and return() give promises of IterResult<T> and queue a request; a request is
//   served when the generator is suspended; the body runs synchronously inside the call that
//   resumes it, up to its next suspension point.
// - return() at a suspended yield resumes the body as though `return` stood there: catch
//   blocks written as the demo's `finally` (see withCleanup) run, then the generator completes.
// - A JsError escaping the body rejects the pending next(); later requests resolve done.
// - Destroying an unfinished generator destroys its frame; pending awaits unlink themselves.
//
// Suspension points, and the microtasks they take (the numbers JavaScript takes):
//   - initial: suspended until the first next() (no microtask).
//   - co_yield at(line, v): `yield v` first awaits v (one microtask; a promise: its settling plus
//     one), then resolves the front request; with no request queued it suspends.
//   - co_await at(line, promise): one microtask after the promise settles.
//   - return() at a yield: one microtask (awaiting the return value) before unwinding.
//   - final: completes the front request with done and drains the queue.
#pragma once

#include "core/js/iter_result.hpp"
#include "core/js/runtime.hpp"

#include <coroutine>
#include <deque>
#include <exception>
#include <utility>

namespace ys {

// Thrown at a suspended yield to unwind the body when return() is called; the promise type
// turns it into a normal completion. Demo code never catches it by name (only via `catch (...)`
// in a finally block, which rethrows).
struct GeneratorReturn {};

template <class T>
class [[nodiscard]] AsyncGenerator {
public:
    using value_type = T;
    using Result = IterResult<T>;
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    enum class State { SuspendedStart, SuspendedYield, Executing, AwaitingReturn, Completed };
    enum class Mode { Next, Return, Throw };

    struct promise_type {
        struct Request {
            Mode mode;
            Promise<Result> capability;
        };

        // One microtask, then a callback on the generator (jobs embedded in the frame, so
        // destroying the generator cancels them).
        struct Tick : Job {
            promise_type* self = nullptr;
            void (*then)(promise_type&) = nullptr;
            void run() override { then(*self); }
        };

        Runtime* rt = &Runtime::current();
        State state = State::SuspendedStart;
        Mode mode = Mode::Next;
        std::deque<Request> queue;
        int startLine = 0;
        int suspendedLine = 0; // line of the yield the body waits at
        bool threw = false;
        std::string error;
        Tick resumeTick;
        Tick returnTick;

        template <class... A>
        explicit promise_type(StartLine start, A&&...) : startLine(start.line)
        {
        }
        template <NotStartLine Self, class... A>
        explicit promise_type(Self&&, StartLine start, A&&...) : startLine(start.line)
        {
        }

        Handle handle() { return Handle::from_promise(*this); }
        AsyncGenerator get_return_object() { return AsyncGenerator(handle()); }
        std::suspend_always initial_suspend() noexcept { return {}; }

        void return_void() {}
        void unhandled_exception()
        {
            try {
                throw;
            } catch (const GeneratorReturn&) {
                // return() unwound the body: a normal completion.
            } catch (const std::exception& e) {
                threw = true;
                error = e.what();
            }
        }

        // The body has ended (its locals and "finally" blocks are gone): complete.
        struct FinalAwaiter {
            bool await_ready() const noexcept { return false; }
            void await_suspend(Handle h) noexcept
            {
                promise_type& p = h.promise();
                p.state = State::Completed;
                if (p.threw) {
                    p.rejectStep(p.error);
                } else {
                    p.completeStep(Result{std::nullopt, true});
                }
                p.drainQueue();
            }
            void await_resume() const noexcept {}
        };
        FinalAwaiter final_suspend() noexcept { return {}; }

        // AsyncGeneratorCompleteStep: settles the oldest request.
        void completeStep(Result r)
        {
            Promise<Result> cap = std::move(queue.front().capability);
            queue.pop_front();
            cap.resolve(std::move(r));
        }
        void rejectStep(const std::string& message)
        {
            Promise<Result> cap = std::move(queue.front().capability);
            queue.pop_front();
            cap.reject(message);
        }

        // AsyncGeneratorDrainQueue: the body is done; answer what is still queued.
        void drainQueue()
        {
            while (!queue.empty()) {
                if (queue.front().mode == Mode::Return) {
                    awaitReturn();
                    return;
                }
                completeStep(Result{std::nullopt, true});
            }
        }

        // AsyncGeneratorAwaitReturn: return() on a finished generator awaits its value (one
        // microtask), then answers done.
        void awaitReturn()
        {
            state = State::AwaitingReturn;
            returnTick.self = this;
            returnTick.then = [](promise_type& p) {
                p.state = State::Completed;
                p.completeStep(Result{std::nullopt, true});
                p.drainQueue();
            };
            rt->loop().enqueueMicrotask(&returnTick);
        }

        // AsyncGeneratorResume: continue the body with the front request's completion.
        void resume(Mode m)
        {
            state = State::Executing;
            mode = m;
            if (m == Mode::Return) {
                // The yield first awaits the return value: one microtask, then unwind.
                resumeTick.self = this;
                resumeTick.then = [](promise_type& p) { p.continueBody(); };
                rt->loop().enqueueMicrotask(&resumeTick);
                return;
            }
            continueBody();
        }
        void continueBody()
        {
            // The body starts at its header, or continues at the yield it waits at.
            rt->record(Actor::Producer, Kind::Resumed, started ? suspendedLine : startLine);
            started = true;
            handle().resume();
        }
        bool started = false;

        // `yield v`: await v, then AsyncGeneratorYield.
        struct YieldAwaiter : Job {
            promise_type* p;
            std::optional<T> value;
            Promise<T> promise; // when yielding a promise: its settled value is yielded
            int line;

            bool await_ready() const noexcept { return false; }
            void await_suspend(Handle) noexcept
            {
                p->suspendedLine = line;
                if (promise.valid()) {
                    promise.core().react(this);
                } else {
                    p->rt->loop().enqueueMicrotask(this);
                }
            }
            void run() override
            {
                promise_type& g = *p;
                if (promise.valid() && promise.status() == PromiseStatus::Rejected) {
                    // `yield rejectedPromise` throws at the yield, inside the generator.
                    g.mode = Mode::Throw;
                    g.error = promise.error();
                    g.handle().resume();
                    return;
                }
                if (promise.valid()) value = promise.value();
                const std::uint32_t id = g.rt->valueId(value);
                g.rt->record(Actor::Producer, Kind::Yielded, line, id);
                g.completeStep(Result{std::move(value), false, id});
                if (g.queue.empty()) {
                    g.state = State::SuspendedYield;
                    return;
                }
                // A request is already waiting: continue without suspending.
                g.resume(g.queue.front().mode);
            }
            void await_resume() const
            {
                switch (p->mode) {
                case Mode::Next:
                    return;
                case Mode::Return:
                    throw GeneratorReturn{};
                case Mode::Throw:
                    throw JsError(p->error);
                }
            }
        };
        YieldAwaiter yield_value(Yield<T> y)
        {
            YieldAwaiter a;
            a.p = this;
            a.value = std::move(y.value);
            a.line = y.line;
            return a;
        }
        YieldAwaiter yield_value(Await<T> y)
        {
            YieldAwaiter a;
            a.p = this;
            a.promise = std::move(y.promise);
            a.line = y.line;
            return a;
        }

        // `await promise` inside the body: resumes one microtask after it settles.
        template <class U>
        auto await_transform(Await<U> a)
        {
            struct Awaiter : Promise<U>::Awaiter {
                Awaiter(Promise<U> pr, Runtime* r, int l) : Promise<U>::Awaiter(std::move(pr)), rt(r), line(l)
                {
                }
                U await_resume() const
                {
                    rt->record(Actor::Producer, Kind::Resumed, line);
                    return Promise<U>::Awaiter::await_resume();
                }
                Runtime* rt;
                int line;
            };
            return Awaiter(std::move(a.promise), rt, a.line);
        }
    };

    AsyncGenerator(AsyncGenerator&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
    AsyncGenerator& operator=(AsyncGenerator&& other) noexcept
    {
        if (this != &other) {
            reset();
            handle_ = std::exchange(other.handle_, {});
        }
        return *this;
    }
    AsyncGenerator(const AsyncGenerator&) = delete;
    AsyncGenerator& operator=(const AsyncGenerator&) = delete;
    ~AsyncGenerator() { reset(); }

    // generator.next()
    Promise<Result> next()
    {
        promise_type& p = handle_.promise();
        Promise<Result> capability(p.rt->loop());
        if (p.state == State::Completed) {
            capability.resolve(Result{std::nullopt, true});
            return capability;
        }
        p.queue.push_back({Mode::Next, capability});
        if (p.state == State::SuspendedStart || p.state == State::SuspendedYield) p.resume(Mode::Next);
        return capability;
    }

    // generator.return(): finishes the generator, running its finally blocks.
    Promise<Result> return_()
    {
        promise_type& p = handle_.promise();
        Promise<Result> capability(p.rt->loop());
        p.queue.push_back({Mode::Return, capability});
        if (p.state == State::SuspendedStart) p.state = State::Completed; // the body never runs
        if (p.state == State::Completed) {
            p.awaitReturn();
        } else if (p.state == State::SuspendedYield) {
            p.resume(Mode::Return);
        }
        return capability;
    }

    State state() const { return handle_.promise().state; }

private:
    explicit AsyncGenerator(Handle h) : handle_(h) {}
    void reset()
    {
        if (handle_) handle_.destroy();
        handle_ = {};
    }
    Handle handle_;
};

} // namespace ys
