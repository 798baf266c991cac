// SPDX-License-Identifier: MIT
#include "core/demos/sources/socket.hpp"

namespace ys {

std::shared_ptr<SimSocket> SimSocket::connect(Runtime& rt, std::int64_t count, std::int64_t interval,
                                              int line)
{
    auto socket = std::make_shared<SimSocket>();
    for (std::int64_t k = 1; k <= count; ++k) {
        rt.loop().addTimer(k * interval, makeJob(rt.loop(), [&rt, socket, k, line] {
                               const std::string msg = "msg " + std::to_string(k);
                               rt.recordText(Actor::Source, Kind::Arrived, line, msg);
                               auto listeners = socket->messageListeners_;
                               for (auto& listener : listeners)
                                   listener(msg);
                           }));
    }
    rt.loop().addTimer((count + 1) * interval, makeJob(rt.loop(), [&rt, socket, line] {
                           socket->connected = false;
                           rt.recordText(Actor::Source, Kind::Arrived, line, "close");
                           auto listeners = socket->closeListeners_;
                           for (auto& listener : listeners)
                               listener();
                       }));
    return socket;
}

} // namespace ys
