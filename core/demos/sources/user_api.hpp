// SPDX-License-Identifier: MIT
// The simulated HTTP API of the pagination demo: GET /users?page=P answers after `latency`
// virtual ms with page P of `users` users, `pageSize` at a time.
#pragma once

#include "core/js/runtime.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace ys {

struct User {
    std::int64_t id = 0;
    std::string name;
};
void appendJson(std::string& out, const User& user); // {"id":1,"name":"user1"}

struct UsersPage {
    std::vector<User> data;
    bool hasMore = false;
};

struct Response {
    int status = 200;
    std::string url; // the path: "/users?page=2"
};

// "https://api.example.com/users?page=2" -> "/users?page=2"
std::string pathOf(std::string_view url);

class UserApi {
public:
    std::int64_t users = 0;
    std::int64_t pageSize = 1;
    std::int64_t latency = 0;

    // fetch(url): `awaiting "fetch /users?page=P"` now, `settled` after the latency.
    Await<Response> fetch(Runtime& rt, int line, std::string_view url) const;
    // res.json(): the page, at once (an already resolved promise).
    Await<UsersPage> json(Runtime& rt, int line, const Response& res) const;

    UsersPage page(std::int64_t number) const;
};

} // namespace ys
