// SPDX-License-Identifier: MIT
// The physical floor for the engine benchmark: the pagination loop as a bare C++20 coroutine
// generator, with no promises, no event loop and no recording.
#pragma once

#include <coroutine>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <utility>

namespace ys::bench {

template <class T>
class BareGenerator {
public:
    struct promise_type {
        std::optional<T> value;
        BareGenerator get_return_object() { return BareGenerator(Handle::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        std::suspend_always yield_value(T v)
        {
            value = std::move(v);
            return {};
        }
        void return_void() {}
        void unhandled_exception() { std::terminate(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    BareGenerator(BareGenerator&& o) noexcept : h_(std::exchange(o.h_, {})) {}
    BareGenerator(const BareGenerator&) = delete;
    BareGenerator& operator=(const BareGenerator&) = delete;
    BareGenerator& operator=(BareGenerator&&) = delete;
    ~BareGenerator()
    {
        if (h_) h_.destroy();
    }

    T* next()
    {
        h_.resume();
        return h_.done() ? nullptr : &*h_.promise().value;
    }

private:
    explicit BareGenerator(Handle h) : h_(h) {}
    Handle h_;
};

struct BareUser {
    std::int64_t id;
    std::string name;
};

// fetchAllUsers without the waiting: pages of `pageSize` users, one user per resumption.
inline BareGenerator<BareUser> bareUsers(std::int64_t users, std::int64_t pageSize)
{
    for (std::int64_t page = 1;; ++page) {
        const std::int64_t last = std::min(page * pageSize, users);
        for (std::int64_t id = (page - 1) * pageSize + 1; id <= last; ++id) {
            BareUser user{id, "user" + std::to_string(id)};
            co_yield std::move(user);
        }
        if (page * pageSize >= users) co_return;
    }
}

} // namespace ys::bench
