// SPDX-License-Identifier: MIT
// The JavaScript world a demo runs in: the event loop, the trace it records into, and the
// environment's functions (setTimeout, console.log). Demo coroutines reach it explicitly as a
// parameter; coroutine types find it through Runtime::current() while the engine runs.
#pragma once

#include "core/js/event_loop.hpp"
#include "core/js/json.hpp"
#include "core/js/promise.hpp"
#include "core/trace/operation.hpp"
#include "core/trace/trace.hpp"

#include <coroutine>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace ys {

// `co_await at(line, promise)`: an await with the listing line it belongs to.
template <class T>
struct Await {
    Promise<T> promise;
    int line;
    auto operator co_await() const { return typename Promise<T>::Awaiter(promise); }
};

// `co_yield at(line, value)`: a yield with its listing line.
template <class T>
struct Yield {
    T value;
    int line;
};

template <class T>
Await<T> at(int line, Promise<T> promise)
{
    return Await<T>{std::move(promise), line};
}

template <class T>
Yield<T> at(int line, T value)
{
    return Yield<T>{std::move(value), line};
}

// The first parameter of a producer coroutine: the listing line where its body starts.
struct StartLine {
    int line;
};

// Anything but a StartLine: the object of a member coroutine, which comes before it.
template <class T>
concept NotStartLine = !std::is_same_v<std::remove_cvref_t<T>, StartLine>;

// A coroutine frame that nobody owns (a started async function). The runtime destroys the
// ones still suspended when it is torn down, so no frame outlives its world.
class DetachedFrame {
public:
    DetachedFrame(const DetachedFrame&) = delete;
    DetachedFrame& operator=(const DetachedFrame&) = delete;

protected:
    DetachedFrame();
    ~DetachedFrame();
    void setHandle(std::coroutine_handle<> h) { handle_ = h; }

private:
    friend class Runtime;
    class Runtime* runtime_;
    std::coroutine_handle<> handle_;
    DetachedFrame* prev_ = nullptr;
    DetachedFrame* next_ = nullptr;
};

class Runtime {
public:
    Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;
    ~Runtime();

    // The runtime coroutines created now belong to (set by Activation).
    static Runtime& current();

    // Makes a runtime current for a scope (the engine does this around every step).
    class Activation {
    public:
        explicit Activation(Runtime& rt);
        ~Activation();
        Activation(const Activation&) = delete;
        Activation& operator=(const Activation&) = delete;

    private:
        Runtime* previous_;
    };

    EventLoop& loop() { return loop_; }
    Trace& trace() { return trace_; }
    const Trace& trace() const { return trace_; }
    std::int64_t now() const { return loop_.now(); }

    // Recording.
    std::size_t record(Actor actor, Kind kind, int line, std::uint32_t value = ValueTable::kNull)
    {
        return trace_.append(loop_.now(), actor, kind, value, line);
    }
    std::size_t recordJson(Actor actor, Kind kind, int line, std::string_view json)
    {
        return record(actor, kind, line, trace_.intern(json));
    }
    template <class T>
    std::uint32_t valueId(const T& value)
    {
        // Integers and nothing need no JSON text to find their id (a countdown's numbers).
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
            return trace_.internInteger(static_cast<std::int64_t>(value));
        } else if constexpr (std::is_same_v<T, Undefined>) {
            return ValueTable::kNull;
        } else {
            scratch_.clear();
            appendJson(scratch_, value);
            return trace_.intern(scratch_);
        }
    }
    template <class T>
    std::uint32_t valueId(const std::optional<T>& value)
    {
        return value ? valueId(*value) : ValueTable::kNull;
    }
    template <class T>
    std::size_t recordValue(Actor actor, Kind kind, int line, const T& value)
    {
        return record(actor, kind, line, valueId(value));
    }
    std::size_t recordText(Actor actor, Kind kind, int line, std::string_view text)
    {
        scratch_.clear();
        appendJsonString(scratch_, text);
        return recordJson(actor, kind, line, scratch_);
    }

    // console.log(text): `text` is the line exactly as console.log prints it.
    void log(int line, std::string_view text) { recordText(Actor::Console, Kind::Log, line, text); }

    // An asynchronous operation of the environment: records `awaiting op` now, and after
    // `delay` ms records `settled op` and resolves the returned promise with `value`.
    template <class T>
    Promise<T> operation(const Operation& op, int line, std::int64_t delay, T value)
    {
        Promise<T> promise(loop_);
        const std::uint32_t span = beginOperation(op, line);
        loop_.addTimer(delay, makeJob(loop_, [this, promise, span, line, value = std::move(value)]() mutable {
                           endOperation(span, line);
                           promise.resolve(std::move(value));
                       }));
        return promise;
    }

    // An operation that completes at once (res.json()): awaiting and settled at the same instant.
    template <class T>
    Promise<T> immediateOperation(const Operation& op, int line, T value)
    {
        const std::uint32_t span = beginOperation(op, line);
        endOperation(span, line);
        return Promise<T>::resolved(loop_, std::move(value));
    }

    // `await new Promise((r) => setTimeout(r, ms))`
    Await<Undefined> sleep(std::int64_t ms, int line)
    {
        return at(line, operation<Undefined>(Operation::timer(ms), line, ms, {}));
    }

    // Destroys the frames of async functions still suspended (after dropping pending jobs).
    void destroyDetachedFrames();

private:
    friend class DetachedFrame;
    std::uint32_t beginOperation(const Operation& op, int line);
    void endOperation(std::uint32_t span, int line);

    EventLoop loop_;
    Trace trace_;
    std::string scratch_;
    DetachedFrame* frames_ = nullptr;
};

} // namespace ys
