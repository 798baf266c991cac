// SPDX-License-Identifier: MIT
// The consumer's side of `for await (const x of iterable) { ... }`, recording what the loop does.
//
//   ForAwait loop(rt, iterator, forLine);
//   while (auto x = co_await loop.next()) { ... }        // next_called, then value_received
//   co_await loop.close(breakLine);                     // `break`: return_called, then done
//
// next() calls the iterator's next() at once (recording next_called) and the loop resumes one
// microtask after that promise settles, as for-await's Await does; it yields the value, or
// nothing when done. A rejected next() records `error` and throws the JsError at the co_await,
// where a surrounding try/catch of the demo catches it (no return() is called, as in JS).
// close() mirrors AsyncIteratorClose: it calls return() only when the iterator has one.
#pragma once

#include "core/js/iter_result.hpp"
#include "core/js/runtime.hpp"

#include <coroutine>
#include <optional>
#include <utility>

namespace ys {

template <class Iterator>
class ForAwait {
public:
    using T = typename Iterator::value_type;
    using Result = IterResult<T>;

    ForAwait(Runtime& rt, Iterator iterator, int line) : rt_(rt), iterator_(std::move(iterator)), line_(line)
    {
    }

    class Step : public Promise<Result>::Awaiter {
    public:
        Step(Promise<Result> p, Runtime& rt, int line, Kind settledKind)
            : Promise<Result>::Awaiter(std::move(p)), rt_(rt), line_(line), kind_(settledKind)
        {
        }
        std::optional<T> await_resume() const
        {
            const Promise<Result>& p = this->promise();
            if (p.status() == PromiseStatus::Rejected) {
                rt_.recordText(Actor::Consumer, Kind::Error, line_, p.error());
                throw JsError(p.error());
            }
            const Result& r = p.value();
            if (r.done) {
                rt_.recordValue(Actor::Consumer, Kind::Done, line_, r.value);
                return std::nullopt;
            }
            if (r.valueId != kNoValueId) {
                rt_.record(Actor::Consumer, kind_, line_, r.valueId);
            } else {
                rt_.recordValue(Actor::Consumer, kind_, line_, r.value);
            }
            return r.value;
        }

    private:
        Runtime& rt_;
        int line_;
        Kind kind_;
    };

    // One pass of the loop: `next()` and the await of its promise.
    Step next()
    {
        rt_.record(Actor::Consumer, Kind::NextCalled, line_);
        return Step(iterator_.next(), rt_, line_, Kind::ValueReceived);
    }

    // Leaving the loop early (`break`): AsyncIteratorClose.
    auto close(int line)
    {
        if constexpr (requires(Iterator & it) { it.return_(); }) {
            rt_.record(Actor::Consumer, Kind::ReturnCalled, line);
            return Step(iterator_.return_(), rt_, line, Kind::Done);
        } else {
            // The iterator has no return(): nothing is called and nothing awaited.
            return std::suspend_never{};
        }
    }

    Iterator& iterator() { return iterator_; }

private:
    Runtime& rt_;
    Iterator iterator_;
    int line_;
};

} // namespace ys
