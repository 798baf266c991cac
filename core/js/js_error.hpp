// SPDX-License-Identifier: MIT
// A JavaScript Error as C++ sees it: thrown by `throw new Error(message)` in a demo and
// carried by a rejected promise to whoever awaits it.
#pragma once

#include <exception>
#include <string>

namespace ys {

class JsError : public std::exception {
public:
    explicit JsError(std::string message) : message_(std::move(message)) {}
    const char* what() const noexcept override { return message_.c_str(); }
    const std::string& message() const { return message_; }

private:
    std::string message_;
};

// JavaScript's `undefined`, as a value type (the value of a timer's promise, of done results).
struct Undefined {
    bool operator==(const Undefined&) const = default;
};

} // namespace ys
