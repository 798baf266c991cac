// SPDX-License-Identifier: MIT
#include "core/narration/narration_data.hpp"

namespace ys {

const NarrationArg* NarrationText::arg(std::string_view name) const
{
    for (const NarrationArg& a : args) {
        if (a.name == name) return &a;
    }
    return nullptr;
}

} // namespace ys
