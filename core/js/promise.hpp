// SPDX-License-Identifier: MIT
// A JavaScript promise: pending, then fulfilled with a value or rejected with an error, once.
// Settling moves its reactions (awaiting coroutines, callbacks) to the microtask queue, in the
// order they were attached - the order JavaScript runs them in. Awaiting a promise that has
// already settled still takes one microtask, as `await` does.
#pragma once

#include "core/js/event_loop.hpp"
#include "core/js/js_error.hpp"
#include "core/js/pool_allocator.hpp"

#include <coroutine>
#include <memory>
#include <optional>
#include <utility>

namespace ys {

enum class PromiseStatus : unsigned char { Pending, Fulfilled, Rejected };

struct PromiseCore {
    explicit PromiseCore(EventLoop& l) : loop(&l) {}
    PromiseCore(const PromiseCore&) = delete;
    PromiseCore& operator=(const PromiseCore&) = delete;

    EventLoop* loop;
    PromiseStatus status = PromiseStatus::Pending;
    std::string error; // message, when rejected
    JobList reactions;

    // Attaches a reaction: it runs one microtask after settling (at once queued if settled).
    void react(Job* job)
    {
        if (status == PromiseStatus::Pending) {
            reactions.pushBack(job);
        } else {
            loop->enqueueMicrotask(job);
        }
    }
    void settleReactions() { loop->enqueueMicrotasks(reactions); }
};

template <class T>
struct PromiseState : PromiseCore {
    using PromiseCore::PromiseCore;
    std::optional<T> value;
};

template <class T>
class Promise {
public:
    using value_type = T;

    Promise() = default;
    // The state comes from a free list: a run makes one for every next() it calls.
    explicit Promise(EventLoop& loop)
        : state_(std::allocate_shared<PromiseState<T>>(PoolAllocator<PromiseState<T>>{}, loop))
    {
    }

    static Promise resolved(EventLoop& loop, T value)
    {
        Promise p(loop);
        p.resolve(std::move(value));
        return p;
    }

    bool valid() const { return state_ != nullptr; }
    PromiseStatus status() const { return state_->status; }
    bool pending() const { return state_->status == PromiseStatus::Pending; }
    const T& value() const { return *state_->value; }
    const std::string& error() const { return state_->error; }
    EventLoop& loop() const { return *state_->loop; }

    // Resolving or rejecting a settled promise does nothing, as in JavaScript.
    void resolve(T value) const
    {
        if (!pending()) return;
        state_->value = std::move(value);
        state_->status = PromiseStatus::Fulfilled;
        state_->settleReactions();
    }
    void reject(std::string message) const
    {
        if (!pending()) return;
        state_->error = std::move(message);
        state_->status = PromiseStatus::Rejected;
        state_->settleReactions();
    }

    // promise.then(onSettled): `fn(const Promise&)` runs as a microtask after settling.
    template <class F>
    void then(F fn) const
    {
        state_->react(makeJob(*state_->loop, [self = *this, fn = std::move(fn)]() mutable { fn(self); }));
    }

    // Resolving with another promise adopts its state, two microtasks after it settles
    // (NewPromiseResolveThenableJob, then the `then` reaction), as JavaScript does.
    void adopt(const Promise& other) const
    {
        if (!pending()) return;
        loop().enqueueMicrotask(makeJob(loop(), [self = *this, other] {
            other.then([self](const Promise& settled) { self.settleLike(settled); });
        }));
    }

    void settleLike(const Promise& other) const
    {
        if (other.status() == PromiseStatus::Rejected) {
            reject(other.error());
        } else {
            resolve(other.value());
        }
    }

    PromiseCore& core() const { return *state_; }

    // The awaiter: resumes the coroutine one microtask after the promise settles.
    class Awaiter : public Job {
    public:
        explicit Awaiter(Promise p) : promise_(std::move(p)) {}
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h)
        {
            handle_ = h;
            promise_.core().react(this);
        }
        // Throws the rejection as a JsError, as `await` throws.
        T await_resume() const
        {
            if (promise_.status() == PromiseStatus::Rejected) throw JsError(promise_.error());
            return promise_.value();
        }
        const Promise& promise() const { return promise_; }
        void run() override { handle_.resume(); }

    private:
        Promise promise_;
        std::coroutine_handle<> handle_;
    };

    Awaiter operator co_await() const { return Awaiter(*this); }

private:
    std::shared_ptr<PromiseState<T>> state_;
};

} // namespace ys
