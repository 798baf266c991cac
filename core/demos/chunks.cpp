// SPDX-License-Identifier: MIT
// chunks: streamText reads a response body chunk by chunk with for await and decodes it with
// TextDecoder - with {stream: true} the multi-byte characters split across chunks come out
// whole; without it they break into U+FFFD, as the tutorial warns.
// Mirrors resources/demos/chunks.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/js/async_function.hpp"
#include "core/js/for_await.hpp"
#include "core/js/text_decoder.hpp"

#include <deque>
#include <memory>

namespace ys::demos {
namespace {

constexpr std::string_view kText = "Асинхронные итераторы ✓";

struct Lines {
    int fetch, loop, write, received;
};
const Lines& lines();

using Bytes = std::vector<std::uint8_t>;

// A response body: chunks pushed by the network, read one at a time (a ReadableStream).
class Body {
public:
    using Result = IterResult<Bytes>;

    explicit Body(EventLoop& loop) : loop_(&loop) {}

    void enqueue(Bytes chunk)
    {
        if (pending_.valid()) {
            std::exchange(pending_, {}).resolve(Result{std::move(chunk), false});
        } else {
            queue_.push_back(std::move(chunk));
        }
    }
    void close()
    {
        closed_ = true;
        if (pending_.valid()) std::exchange(pending_, {}).resolve(Result{std::nullopt, true});
    }
    Promise<Result> read()
    {
        if (!queue_.empty()) {
            Bytes chunk = std::move(queue_.front());
            queue_.pop_front();
            return Promise<Result>::resolved(*loop_, Result{std::move(chunk), false});
        }
        if (closed_) return Promise<Result>::resolved(*loop_, Result{std::nullopt, true});
        pending_ = Promise<Result>(*loop_);
        return pending_;
    }

private:
    EventLoop* loop_;
    std::deque<Bytes> queue_;
    bool closed_ = false;
    Promise<Result> pending_;
};

// res.body's async iterator.
struct BodyIterator {
    using value_type = Bytes;
    std::shared_ptr<Body> body;
    Promise<Body::Result> next() { return body->read(); }
};

struct Response {
    std::shared_ptr<Body> body;
};

// fetch("/text"): the response after `interval` ms; then a chunk of `chunkSize` bytes every
// `interval` ms, the body closing with the last one.
Await<Response> fetchText(Runtime& rt, std::int64_t chunkSize, std::int64_t interval, int line, int chunkLine)
{
    auto body = std::make_shared<Body>(rt.loop());
    Promise<Response> response =
        rt.operation<Response>(Operation::fetch("/text"), line, interval, Response{body});
    // The body starts streaming as the response arrives (this timer fires right after the
    // response's): a chunk every `interval` ms from then on.
    rt.loop().addTimer(interval, makeJob(rt.loop(), [&rt, body, chunkSize, interval, chunkLine] {
                           const std::size_t total = kText.size();
                           std::size_t offset = 0;
                           for (std::int64_t k = 1; offset < total; ++k) {
                               const std::size_t size =
                                   std::min<std::size_t>(static_cast<std::size_t>(chunkSize), total - offset);
                               Bytes chunk(kText.begin() + static_cast<std::ptrdiff_t>(offset),
                                           kText.begin() + static_cast<std::ptrdiff_t>(offset + size));
                               offset += size;
                               const bool last = offset == total;
                               rt.loop().addTimer(
                                   k * interval, makeJob(rt.loop(), [&rt, body, chunk = std::move(chunk),
                                                                     last, chunkLine]() mutable {
                                       rt.recordText(Actor::Source, Kind::Arrived, chunkLine,
                                                     "chunk of " + std::to_string(chunk.size()) + " bytes");
                                       body->enqueue(std::move(chunk));
                                       if (last) body->close();
                                   }));
                           }
                       }));
    return at(line, response);
}

// async function streamText(url)
Async<void> streamText(Runtime& rt, std::int64_t chunkSize, std::int64_t interval, bool stream)
{
    const Lines& L = lines();
    const Response res = co_await fetchText(rt, chunkSize, interval, L.fetch, L.loop); // await fetch(url)
    TextDecoder decoder;                                                               // new TextDecoder()
    std::int64_t received = 0;
    ForAwait loop(rt, BodyIterator{res.body}, L.loop); // for await (const chunk of res.body)
    while (auto chunk = co_await loop.next()) {
        received += static_cast<std::int64_t>(chunk->size()); // received += chunk.length;
        rt.log(L.write, decoder.decode(*chunk, stream));      // process.stdout.write(decoder.decode(...));
    }
    rt.log(L.received, "\nReceived " + std::to_string(received) + " bytes");
}

} // namespace

const Demo& chunks()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "chunks";
        d.title = YS_TRANSLATE_NOOP("Demo", "Streaming a response");
        d.summary = YS_TRANSLATE_NOOP(
            "Demo",
            "for await over a response body's chunks, decoded with TextDecoder (stream: true or not).");
        d.shape = DemoShape{ProducerKind::None, "", "", true, "for await", "process.stdout.write"};
        d.params = {
            {"chunkSize", YS_TRANSLATE_NOOP("Demo", "bytes per chunk"), 1, 64, {5}},
            {"interval", YS_TRANSLATE_NOOP("Demo", "milliseconds between chunks"), 0, 86'400'000, {200}},
            {"stream", YS_TRANSLATE_NOOP("Demo", "1: decode with {stream: true}; 0: without"), 0, 1, {1}},
        };
        d.placeholder = [](std::string_view key, const Params& p) -> std::string {
            if (key != "streamOption") return p.text(key);
            return p.integer("stream") != 0 ? ", { stream: true }" : "";
        };
        d.start = [](Runtime& rt, const Params& p) {
            streamText(rt, p.integer("chunkSize"), p.integer("interval"), p.integer("stream") != 0);
        };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = chunks();
    static const Lines l{d.line("await fetch(url)"), d.line("for await"), d.line("process.stdout.write"),
                         d.line("Received ${received} bytes")};
    return l;
}
} // namespace

} // namespace ys::demos
