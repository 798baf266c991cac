// SPDX-License-Identifier: MIT
#include "core/demos/sources/user_api.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <utility>

namespace ys {

void appendJson(std::string& out, const User& user)
{
    char digits[24];
    const char* end = std::to_chars(std::begin(digits), std::end(digits), user.id).ptr;
    out += "{\"id\":";
    out.append(digits, static_cast<std::size_t>(end - digits));
    out += ",\"name\":";
    appendJsonString(out, user.name);
    out += '}';
}

std::string pathOf(std::string_view url)
{
    const std::size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return std::string(url);
    const std::size_t slash = url.find('/', scheme + 3);
    return slash == std::string_view::npos ? std::string("/") : std::string(url.substr(slash));
}

Await<Response> UserApi::fetch(Runtime& rt, int line, std::string_view url) const
{
    Response res;
    res.url = pathOf(url);
    const Operation op = Operation::fetch(res.url);
    return at(line, rt.operation<Response>(op, line, latency, std::move(res)));
}

UsersPage UserApi::page(std::int64_t number) const
{
    UsersPage page;
    const std::int64_t first = (number - 1) * pageSize + 1;
    const std::int64_t last = std::min(number * pageSize, users);
    if (last >= first) page.data.reserve(static_cast<std::size_t>(last - first + 1));
    // The names are written in place ("user" and the id's digits): a page is made per request,
    // a million users make a million names.
    char name[32] = {'u', 's', 'e', 'r'};
    for (std::int64_t id = first; id <= last; ++id) {
        const char* end = std::to_chars(name + 4, std::end(name), id).ptr;
        page.data.push_back(User{id, std::string(name, static_cast<std::size_t>(end - name))});
    }
    page.hasMore = number * pageSize < users;
    return page;
}

Await<UsersPage> UserApi::json(Runtime& rt, int line, const Response& res) const
{
    std::int64_t number = 0;
    const std::size_t pos = res.url.find("page=");
    if (pos != std::string::npos) {
        const char* begin = res.url.data() + pos + 5;
        std::from_chars(begin, res.url.data() + res.url.size(), number);
    }
    return at(line, rt.immediateOperation<UsersPage>(Operation::responseJson(), line, page(number)));
}

} // namespace ys
