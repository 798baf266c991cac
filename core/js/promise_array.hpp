// SPDX-License-Identifier: MIT
// Two ways JavaScript consumes an array of promises:
//  - PromiseArrayIterator: `for await (const x of arrayOfPromises)` - the loop gets the array's
//    sync iterator wrapped by CreateAsyncFromSyncIterator: each next() settles one microtask
//    after that element's promise settles, one element at a time, in array order.
//  - promiseAll: `await Promise.all(arrayOfPromises)` - every element watched at once; the
//    result settles when the last one fulfils (or the first one rejects).
#pragma once

#include "core/js/iter_result.hpp"
#include "core/js/promise.hpp"

#include <cstddef>
#include <memory>
#include <vector>

namespace ys {

template <class T>
class PromiseArrayIterator {
public:
    using value_type = T;
    using Result = IterResult<T>;

    PromiseArrayIterator(EventLoop& loop, std::vector<Promise<T>> items)
        : loop_(&loop), items_(std::move(items))
    {
    }

    // %AsyncFromSyncIteratorPrototype%.next: the sync step, then a reaction on the value.
    Promise<Result> next()
    {
        Promise<Result> capability(*loop_);
        if (index_ < items_.size()) {
            items_[index_++].then([capability](const Promise<T>& settled) {
                if (settled.status() == PromiseStatus::Rejected) {
                    capability.reject(settled.error());
                } else {
                    capability.resolve(Result{settled.value(), false});
                }
            });
        } else {
            Promise<Undefined>::resolved(*loop_, {}).then([capability](const Promise<Undefined>&) {
                capability.resolve(Result{std::nullopt, true});
            });
        }
        return capability;
    }

private:
    EventLoop* loop_;
    std::vector<Promise<T>> items_;
    std::size_t index_ = 0;
};

template <class T>
Promise<std::vector<T>> promiseAll(EventLoop& loop, const std::vector<Promise<T>>& items)
{
    Promise<std::vector<T>> result(loop);
    struct State {
        std::vector<std::optional<T>> values;
        std::size_t remaining;
    };
    auto state = std::make_shared<State>(State{std::vector<std::optional<T>>(items.size()), items.size()});
    if (items.empty()) {
        result.resolve({});
        return result;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].then([state, result, i](const Promise<T>& settled) {
            if (settled.status() == PromiseStatus::Rejected) {
                result.reject(settled.error());
                return;
            }
            state->values[i] = settled.value();
            if (--state->remaining == 0) {
                std::vector<T> values;
                values.reserve(state->values.size());
                for (auto& v : state->values)
                    values.push_back(std::move(*v));
                result.resolve(std::move(values));
            }
        });
    }
    return result;
}

} // namespace ys
