// SPDX-License-Identifier: MIT
// promises-array: `for await` over an array of fetch promises - all requests start at once,
// yet the loop hands the responses over one at a time in array order - then the same URLs with
// `await Promise.all(...)`, which takes as long as the slowest.
// Mirrors resources/demos/promises-array.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/js/async_function.hpp"
#include "core/js/for_await.hpp"
#include "core/js/promise_array.hpp"

namespace ys::demos {
namespace {

struct Lines {
    int loop, mapFetch, log, all, logAll;
};
const Lines& lines();

struct FetchResponse {
    int status = 200;
    std::string url;
};
void appendJson(std::string& out, const FetchResponse& r)
{
    out += R"({"status":)" + std::to_string(r.status) + R"(,"url":)";
    appendJsonString(out, r.url);
    out += '}';
}

std::vector<std::string> urlsFor(std::size_t count)
{
    std::vector<std::string> urls;
    urls.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        urls.push_back("/" + std::string(1, char('a' + i)) + ".json");
    return urls;
}

// fetch(url): answers {status: 200, url} after the URL's latency.
Promise<FetchResponse> fetch(Runtime& rt, const std::vector<std::int64_t>& latencies, const std::string& url,
                             int line)
{
    const auto index = static_cast<std::size_t>(url[1] - 'a');
    return rt.operation<FetchResponse>(Operation::fetch(url), line, latencies[index],
                                       FetchResponse{200, url});
}

std::vector<Promise<FetchResponse>> fetchAll(Runtime& rt, const std::vector<std::int64_t>& latencies,
                                             const std::vector<std::string>& urls, int line)
{
    std::vector<Promise<FetchResponse>> promises;
    promises.reserve(urls.size());
    for (const std::string& u : urls)
        promises.push_back(fetch(rt, latencies, u, line)); // urls.map(...)
    return promises;
}

// async function main()
Async<void> mainFn(Runtime& rt, std::vector<std::int64_t> latencies)
{
    const Lines& L = lines();
    const std::vector<std::string> urls = urlsFor(latencies.size());
    // for await (const res of urls.map((u) => fetch(u)))
    ForAwait loop(rt, PromiseArrayIterator(rt.loop(), fetchAll(rt, latencies, urls, L.loop)), L.loop);
    while (auto res = co_await loop.next()) {
        rt.log(L.log, std::to_string(res->status) + " " + res->url); // console.log(res.status, res.url);
    }
    // const all = await Promise.all(urls.map(fetch));
    const std::vector<FetchResponse> all =
        co_await promiseAll(rt.loop(), fetchAll(rt, latencies, urls, L.all));
    rt.log(L.logAll, "all " + std::to_string(all.size())); // console.log("all", all.length);
}

} // namespace

const Demo& promisesArray()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "promises-array";
        d.title = YS_TRANSLATE_NOOP("Demo", "An array of promises");
        d.summary = YS_TRANSLATE_NOOP(
            "Demo",
            "for await over fetches started at once hands them over in order; Promise.all waits for all.");
        ParamSpec latencies{"latencies",
                            YS_TRANSLATE_NOOP("Demo", "milliseconds each URL takes (/a.json, /b.json, ...)"),
                            0,
                            86'400'000,
                            {300, 100, 200}};
        latencies.isList = true;
        latencies.minItems = 1;
        latencies.maxItems = 26;
        d.shape = DemoShape{ProducerKind::None, "", "", true, "for await", "console.log(res.status"};
        d.params = {latencies};
        d.placeholder = [](std::string_view key, const Params& p) -> std::string {
            if (key != "urls") return p.text(key);
            std::string out = "[";
            for (const std::string& u : urlsFor(p.list("latencies").size())) {
                if (out.size() > 1) out += ", ";
                out += '"' + u + '"';
            }
            return out + "]";
        };
        d.start = [](Runtime& rt, const Params& p) { mainFn(rt, p.list("latencies")); };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = promisesArray();
    static const Lines l{d.line("for await"), d.line("urls.map((u) => fetch(u))"),
                         d.line("console.log(res.status"), d.line("Promise.all"),
                         d.line("console.log(\"all\"")};
    return l;
}
} // namespace

} // namespace ys::demos
