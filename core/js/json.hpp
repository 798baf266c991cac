// SPDX-License-Identifier: MIT
// Writing values as JSON text, the way JSON.stringify writes them, so that the C++ trace and
// JavaScript's trace of the same run can be compared character for character.
// A type takes part by providing `void appendJson(std::string&, const T&)` next to it.
#pragma once

#include "core/js/js_error.hpp"

#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ys {

void appendJsonString(std::string& out, std::string_view text);

inline void appendJson(std::string& out, std::int64_t n) { out += std::to_string(n); }
inline void appendJson(std::string& out, int n) { out += std::to_string(n); }
inline void appendJson(std::string& out, std::uint8_t n) { out += std::to_string(n); }
inline void appendJson(std::string& out, bool b) { out += b ? "true" : "false"; }
inline void appendJson(std::string& out, const std::string& s) { appendJsonString(out, s); }
inline void appendJson(std::string& out, std::string_view s) { appendJsonString(out, s); }
inline void appendJson(std::string& out, const char* s) { appendJsonString(out, s); }
inline void appendJson(std::string& out, Undefined) { out += "null"; }

// Declared before they are defined so that each can write the other (an optional vector).
template <class T>
void appendJson(std::string& out, const std::optional<T>& v);
template <class T>
void appendJson(std::string& out, const std::vector<T>& items);

template <class T>
void appendJson(std::string& out, const std::optional<T>& v)
{
    if (v) {
        appendJson(out, *v);
    } else {
        out += "null";
    }
}

template <class T>
void appendJson(std::string& out, const std::vector<T>& items)
{
    out += '[';
    bool first = true;
    for (const T& item : items) {
        if (!first) out += ',';
        first = false;
        appendJson(out, item);
    }
    out += ']';
}

template <class T>
std::string toJson(const T& value)
{
    std::string out;
    appendJson(out, value);
    return out;
}

} // namespace ys
