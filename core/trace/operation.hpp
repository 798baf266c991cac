// SPDX-License-Identifier: MIT
// An asynchronous operation of the environment (a timer, a request, res.json(), ...) as data:
// what kind it is and its argument. A trace keeps an operation as the text of its `awaiting`
// and `settled` events' value ("setTimeout 500", "fetch /users?page=2"; docs/TRACE-FORMAT.md);
// that text is written from the structure here and read back into it here, and nowhere else.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ys {

enum class OperationKind : std::uint8_t {
    Timer,        // setTimeout: the argument is the delay in ms
    Fetch,        // fetch: the argument is the URL
    ResponseJson, // res.json(): the argument is the call as written
    Other,        // anything else (magic(2), setInterval 100): the argument is the whole text
};

struct Operation {
    OperationKind kind = OperationKind::Other;
    std::string argument;

    static Operation timer(std::int64_t ms) { return {OperationKind::Timer, std::to_string(ms)}; }
    static Operation fetch(std::string url) { return {OperationKind::Fetch, std::move(url)}; }
    static Operation responseJson() { return {OperationKind::ResponseJson, "res.json()"}; }
    static Operation other(std::string text) { return {OperationKind::Other, std::move(text)}; }

    bool operator==(const Operation&) const = default;
};

// The text a trace keeps: "setTimeout 500", "fetch /users?page=2", "res.json()", "magic(2)".
std::string operationLabel(const Operation& op);

// The operation a trace's text describes (files and the embedded engine's programs write the
// text only). Text of no known form is an Other operation holding the text.
Operation operationFromLabel(std::string_view label);

} // namespace ys
