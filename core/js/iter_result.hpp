// SPDX-License-Identifier: MIT
// The `{ value, done }` object an iterator's next() gives. An empty value is `undefined`.
#pragma once

#include "core/js/json.hpp"

#include <cstdint>
#include <optional>

namespace ys {

inline constexpr std::uint32_t kNoValueId = 0xFFFFFFFF;

template <class T>
struct IterResult {
    std::optional<T> value;
    bool done = false;
    // The value's id in the trace when the producer recorded it already (a yield), so the
    // consumer's value_received reuses it instead of writing the JSON again.
    std::uint32_t valueId = kNoValueId;
};

} // namespace ys
