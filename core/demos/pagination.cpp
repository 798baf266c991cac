// SPDX-License-Identifier: MIT
// pagination: fetchAllUsers(baseUrl) fetches page after page and yields one user at a time;
// the consumer logs each name and, with breakAfter > 0, breaks after that many users - so the
// generator's return() runs and no further page is fetched.
// Mirrors resources/demos/pagination.js statement for statement.
#include "core/demos/demos.hpp"

#include "core/text/translatable.hpp"

#include "core/demos/sources/user_api.hpp"
#include "core/js/async_function.hpp"
#include "core/js/async_generator.hpp"
#include "core/js/for_await.hpp"

namespace ys::demos {
namespace {

struct Lines {
    int header, fetch, json, yield, loop, log, breakLine;
};
const Lines& lines();

// async function* fetchAllUsers(baseUrl)
AsyncGenerator<User> fetchAllUsers(StartLine, Runtime& rt, UserApi api, std::string baseUrl)
{
    const Lines& L = lines();
    std::int64_t page = 1;
    while (true) {
        // const res = await fetch(`${baseUrl}/users?page=${page}`);
        const Response res = co_await api.fetch(rt, L.fetch, baseUrl + "/users?page=" + std::to_string(page));
        const UsersPage body =
            co_await api.json(rt, L.json, res); // const { data, hasMore } = await res.json();
        for (const User& user : body.data) {
            co_yield at(L.yield, user); // yield user;
        }
        if (!body.hasMore) co_return; // if (!hasMore) return;
        page++;
    }
}

// async function listNames()
Async<void> listNames(Runtime& rt, UserApi api, std::int64_t breakAfter)
{
    const Lines& L = lines();
    std::int64_t count = 0;
    ForAwait loop(rt, fetchAllUsers(StartLine{L.header}, rt, api, "https://api.example.com"), L.loop);
    while (auto user = co_await loop.next()) {
        rt.log(L.log, user->name);                     // console.log(user.name);
        if (breakAfter > 0 && ++count == breakAfter) { // if (++count === breakAfter) break;
            co_await loop.close(L.breakLine);
            break;
        }
    }
}

} // namespace

const Demo& pagination()
{
    static const Demo demo = [] {
        Demo d;
        d.name = "pagination";
        d.title = YS_TRANSLATE_NOOP("Demo", "Pagination");
        d.summary = YS_TRANSLATE_NOOP(
            "Demo", "An async generator fetches pages lazily and yields one user at a time; break stops the "
                    "fetching.");
        d.shape = DemoShape{ProducerKind::AsyncGenerator,
                            "async function* fetchAllUsers",
                            "page++;",
                            true,
                            "for await",
                            "{{breakLine}}"};
        d.params = {
            {"users", YS_TRANSLATE_NOOP("Demo", "users the API holds"), 0, 5'000'000, {7}},
            // A page is one value (one event, one line of a trace file, which allows 1 MiB):
            // ten thousand users is about 300 KiB of it.
            {"pageSize", YS_TRANSLATE_NOOP("Demo", "users per page"), 1, 10'000, {3}},
            {"latency",
             YS_TRANSLATE_NOOP("Demo", "milliseconds each page request takes"),
             0,
             86'400'000,
             {300}},
            {"breakAfter",
             YS_TRANSLATE_NOOP("Demo", "users read before the loop breaks (0: read all)"),
             0,
             5'000'000,
             {0}},
        };
        d.placeholder = [](std::string_view key, const Params& p) -> std::string {
            if (key != "breakLine") return p.text(key);
            const std::int64_t n = p.integer("breakAfter");
            if (n == 0) return "// break here and the generator simply stops fetching more pages";
            return "if (++count === " + std::to_string(n) + ") break; // no page after this one is fetched";
        };
        d.start = [](Runtime& rt, const Params& p) {
            UserApi api;
            api.users = p.integer("users");
            api.pageSize = p.integer("pageSize");
            api.latency = p.integer("latency");
            listNames(rt, api, p.integer("breakAfter")); // listNames();
        };
        return d;
    }();
    return demo;
}

namespace {
const Lines& lines()
{
    const Demo& d = pagination();
    static const Lines l{d.line("async function* fetchAllUsers"),
                         d.line("await fetch("),
                         d.line("await res.json()"),
                         d.line("yield user;"),
                         d.line("for await"),
                         d.line("console.log(user.name)"),
                         d.line("{{breakLine}}")};
    return l;
}
} // namespace

} // namespace ys::demos
