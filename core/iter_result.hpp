// The `{ value, done }` object an iterator's next() gives. An empty value is `undefined`.
#pragma once

#include "json.hpp"

#include <optional>

namespace ys {

template <class T>
struct IterResult {
    std::optional<T> value;
    bool done = false;
};

} // namespace ys
