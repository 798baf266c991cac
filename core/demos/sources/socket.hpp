// SPDX-License-Identifier: MIT
// A simulated socket (the socket demo's `connect(count, interval)`): it pushes `count` messages,
// one every `interval` ms, then closes; the listeners registered with on() hear them.
// Every timer is scheduled at connect time, so ties with other timers resolve the same way in
// C++ and in the JavaScript harness.
#pragma once

#include "core/js/runtime.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ys {

class SimSocket : public std::enable_shared_from_this<SimSocket> {
public:
    static std::shared_ptr<SimSocket> connect(Runtime& rt, std::int64_t count, std::int64_t interval,
                                              int line);

    bool connected = true;
    void onMessage(std::function<void(const std::string&)> listener)
    {
        messageListeners_.push_back(std::move(listener));
    }
    void onClose(std::function<void()> listener) { closeListeners_.push_back(std::move(listener)); }

private:
    std::vector<std::function<void(const std::string&)>> messageListeners_;
    std::vector<std::function<void()>> closeListeners_;
};

} // namespace ys
