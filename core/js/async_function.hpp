// SPDX-License-Identifier: MIT
// Async<T>: a JavaScript `async function` as a C++ coroutine.
//
// Like its JavaScript counterpart it starts at once and runs synchronously up to its first
// `co_await`; calling it gives back the promise of its result. Its frame destroys itself when
// the body ends; while suspended, the runtime owns it (see DetachedFrame).
//
// Suspension points:
//   - co_await at(line, promise): resumes one microtask after the promise settles; a rejection
//     is thrown as JsError at the co_await.
//   - the end of the body: resolves (co_return value) or rejects (an escaping JsError) the
//     result promise, which queues its reactions.
//
// A producer (Async<T, Actor::Producer>, e.g. the `async next()` of a hand-written iterator)
// also records `resumed` when its body starts and after each await, so the timeline shows the
// producer working; it takes a StartLine as its first parameter for that.
#pragma once

#include "core/js/runtime.hpp"

#include <coroutine>
#include <exception>
#include <type_traits>

namespace ys {

template <class T, Actor Role = Actor::Consumer>
class Async;

namespace detail {

template <class T, Actor Role>
struct AsyncPromiseBase : DetachedFrame {
    using Value = std::conditional_t<std::is_void_v<T>, Undefined, T>;

    Runtime* rt = &Runtime::current();
    Promise<Value> result{rt->loop()};

    AsyncPromiseBase() = default;
    template <class... A>
    explicit AsyncPromiseBase(StartLine start, A&&...)
    {
        if constexpr (Role == Actor::Producer) rt->record(Actor::Producer, Kind::Resumed, start.line);
    }
    // A member coroutine: the object comes first.
    template <NotStartLine Self, class... A>
    explicit AsyncPromiseBase(Self&&, StartLine start, A&&...)
    {
        if constexpr (Role == Actor::Producer) rt->record(Actor::Producer, Kind::Resumed, start.line);
    }

    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }

    void unhandled_exception()
    {
        try {
            throw;
        } catch (const std::exception& e) {
            result.reject(e.what());
        }
    }

    // Every await carries its listing line; a producer records `resumed` on that line.
    template <class U>
    auto await_transform(Await<U> a)
    {
        struct Awaiter : Promise<U>::Awaiter {
            Awaiter(Promise<U> p, Runtime* r, int l) : Promise<U>::Awaiter(std::move(p)), rt(r), line(l) {}
            U await_resume() const
            {
                if constexpr (Role == Actor::Producer) rt->record(Actor::Producer, Kind::Resumed, line);
                return Promise<U>::Awaiter::await_resume();
            }
            Runtime* rt;
            int line;
        };
        return Awaiter(std::move(a.promise), rt, a.line);
    }
    // Consumers may await other awaitables (for-await's next(), promises of async functions).
    template <class A>
    requires(Role == Actor::Consumer) A && await_transform(A&& awaitable)
    {
        return std::forward<A>(awaitable);
    }
};

} // namespace detail

template <class T, Actor Role>
class Async {
public:
    using Value = std::conditional_t<std::is_void_v<T>, Undefined, T>;

    struct promise_type : detail::AsyncPromiseBase<T, Role> {
        using detail::AsyncPromiseBase<T, Role>::AsyncPromiseBase;
        Async get_return_object()
        {
            this->setHandle(std::coroutine_handle<promise_type>::from_promise(*this));
            return Async(this->result);
        }
        void return_value(Value v) { this->result.resolve(std::move(v)); }
    };

    const Promise<Value>& promise() const { return promise_; }
    auto operator co_await() const { return typename Promise<Value>::Awaiter(promise_); }

private:
    explicit Async(Promise<Value> p) : promise_(std::move(p)) {}
    Promise<Value> promise_;
};

template <Actor Role>
class Async<void, Role> {
public:
    using Value = Undefined;

    struct promise_type : detail::AsyncPromiseBase<void, Role> {
        using detail::AsyncPromiseBase<void, Role>::AsyncPromiseBase;
        Async get_return_object()
        {
            this->setHandle(std::coroutine_handle<promise_type>::from_promise(*this));
            return Async(this->result);
        }
        void return_void() { this->result.resolve(Undefined{}); }
    };

    const Promise<Value>& promise() const { return promise_; }
    auto operator co_await() const { return typename Promise<Value>::Awaiter(promise_); }

private:
    explicit Async(Promise<Value> p) : promise_(std::move(p)) {}
    Promise<Value> promise_;
};

} // namespace ys
