// SPDX-License-Identifier: MIT
// socket: socketMessages turns a socket's callbacks into an async generator with a buffer;
// a slow consumer (work > interval) lets messages pile up - the buffer's length is recorded.
// Mirrors resources/demos/socket.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/demos/sources/socket.hpp"
#include "core/js/async_function.hpp"
#include "core/js/async_generator.hpp"
#include "core/js/for_await.hpp"

#include <deque>
#include <memory>

namespace ys::demos {
namespace {

struct Lines {
    int header, push, wait, yield, connect, loop, work, log;
};
const Lines& lines();

// async function* socketMessages(socket)
AsyncGenerator<std::string> socketMessages(StartLine, Runtime& rt, std::shared_ptr<SimSocket> socket)
{
    const Lines& L = lines();
    struct Shared {
        std::deque<std::string> messages; // const messages = [];
        Promise<Undefined> resolve;       // let resolve;
    };
    auto s = std::make_shared<Shared>();
    auto recordBuffer = [&rt, s](int line) {
        rt.recordValue(Actor::Producer, Kind::Buffer, line, static_cast<std::int64_t>(s->messages.size()));
    };
    socket->onMessage([s, recordBuffer, L](const std::string& msg) { // socket.on('message', (msg) => {
        s->messages.push_back(msg);                                  //   messages.push(msg);
        recordBuffer(L.push);
        if (s->resolve.valid()) s->resolve.resolve({}); //   resolve?.();
    });
    socket->onClose([s] { // socket.on('close', () => resolve?.());
        if (s->resolve.valid()) s->resolve.resolve({});
    });
    while (socket->connected) {
        if (s->messages.empty()) {
            s->resolve = Promise<Undefined>(rt.loop()); // await new Promise(r => resolve = r);
            co_await at(L.wait, s->resolve);
        }
        while (!s->messages.empty()) {
            std::string msg = std::move(s->messages.front()); // yield messages.shift();
            s->messages.pop_front();
            recordBuffer(L.yield);
            co_yield at(L.yield, std::move(msg));
        }
    }
}

// async function main()
Async<void> mainFn(Runtime& rt, std::int64_t count, std::int64_t interval, std::int64_t work)
{
    const Lines& L = lines();
    auto socket =
        SimSocket::connect(rt, count, interval, L.connect); // const socket = connect(count, interval);
    ForAwait loop(rt, socketMessages(StartLine{L.header}, rt, socket), L.loop);
    while (auto msg = co_await loop.next()) {
        co_await rt.sleep(work, L.work);  // await new Promise((r) => setTimeout(r, work));
        rt.log(L.log, "handled " + *msg); // console.log("handled", msg);
    }
}

} // namespace

const Demo& socket()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "socket";
        d.title = YS_TRANSLATE_NOOP("Demo", "Socket messages");
        d.summary = YS_TRANSLATE_NOOP(
            "Demo",
            "Callbacks turned into an async generator: a slow consumer lets messages pile up in the buffer.");
        d.shape = DemoShape{ProducerKind::AsyncGenerator,
                            "async function* socketMessages",
                            "yield messages.shift();",
                            true,
                            "for await",
                            "console.log(\"handled\", msg)"};
        d.params = {
            {"count", YS_TRANSLATE_NOOP("Demo", "messages the socket sends"), 0, 1'000'000, {6}},
            {"interval", YS_TRANSLATE_NOOP("Demo", "milliseconds between messages"), 0, 86'400'000, {100}},
            {"work",
             YS_TRANSLATE_NOOP("Demo", "milliseconds the consumer spends on each message"),
             0,
             86'400'000,
             {250}},
        };
        d.start = [](Runtime& rt, const Params& p) {
            mainFn(rt, p.integer("count"), p.integer("interval"), p.integer("work"));
        };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = socket();
    static const Lines l{d.line("async function* socketMessages"),
                         d.line("messages.push(msg)"),
                         d.line("await new Promise(r => resolve = r)"),
                         d.line("yield messages.shift()"),
                         d.line("const socket = connect("),
                         d.line("for await"),
                         d.line("setTimeout(r,"),
                         d.line("console.log(\"handled\"")};
    return l;
}
} // namespace

} // namespace ys::demos
