// SPDX-License-Identifier: MIT
// Generator<T>: a synchronous JavaScript `function*`, and ForOf, the `for (const x of it)`
// loop over it, both recording what they do. Everything happens in the same instant: no
// microtasks, no timers - the contrast with the async protocol the tutorials draw.
//
// Suspension points: initial (lazy until the first next()), each co_yield (until the next
// next()), final. next() resumes the body synchronously and returns its IterResult.
#pragma once

#include "core/js/iter_result.hpp"
#include "core/js/runtime.hpp"

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace ys {

template <class T>
class [[nodiscard]] Generator {
public:
    using value_type = T;
    struct promise_type;
    using Handle = std::coroutine_handle<promise_type>;

    struct promise_type {
        Runtime* rt = &Runtime::current();
        std::optional<T> current;
        std::exception_ptr error;
        int startLine = 0;
        int suspendedLine = 0;

        template <class... A>
        explicit promise_type(StartLine start, A&&...) : startLine(start.line)
        {
        }

        Generator get_return_object() { return Generator(Handle::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void return_void() {}
        void unhandled_exception() { error = std::current_exception(); }

        std::suspend_always yield_value(Yield<T> y)
        {
            suspendedLine = y.line;
            rt->recordValue(Actor::Producer, Kind::Yielded, y.line, y.value);
            current = std::move(y.value);
            return {};
        }
        // A sync generator cannot await.
        template <class U>
        void await_transform(U&&) = delete;
    };

    Generator(Generator&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
    Generator(const Generator&) = delete;
    Generator& operator=(const Generator&) = delete;
    Generator& operator=(Generator&&) = delete;
    ~Generator()
    {
        if (handle_) handle_.destroy();
    }

    // generator.next(): runs the body to its next yield or its end.
    IterResult<T> next()
    {
        promise_type& p = handle_.promise();
        if (handle_.done()) return {std::nullopt, true};
        p.rt->record(Actor::Producer, Kind::Resumed, started_ ? p.suspendedLine : p.startLine);
        started_ = true;
        p.current.reset();
        handle_.resume();
        if (p.error) std::rethrow_exception(std::exchange(p.error, nullptr));
        if (handle_.done()) return {std::nullopt, true};
        return {std::move(p.current), false};
    }

private:
    explicit Generator(Handle h) : handle_(h) {}
    Handle handle_;
    bool started_ = false;
};

// for (const x of iterator) { ... }:  while (auto x = loop.next()) { ... }
template <class Iterator>
class ForOf {
public:
    using T = typename Iterator::value_type;

    ForOf(Runtime& rt, Iterator iterator, int line) : rt_(rt), iterator_(std::move(iterator)), line_(line) {}

    std::optional<T> next()
    {
        rt_.record(Actor::Consumer, Kind::NextCalled, line_);
        IterResult<T> r = iterator_.next();
        if (r.done) {
            rt_.recordValue(Actor::Consumer, Kind::Done, line_, r.value);
            return std::nullopt;
        }
        rt_.recordValue(Actor::Consumer, Kind::ValueReceived, line_, r.value);
        return std::move(r.value);
    }

private:
    Runtime& rt_;
    Iterator iterator_;
    int line_;
};

} // namespace ys
