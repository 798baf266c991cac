// SPDX-License-Identifier: MIT
// libFuzzer target: `--set key=value` parsing for every demo. Any input must either set a
// value inside the parameter's range or throw ParamError - never crash, never hang, and
// never leave an out-of-range value behind.
#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    for (const ys::Demo* demo : ys::allDemos()) {
        ys::Params params = demo->defaults();
        try {
            params.assign(input);
        } catch (const ys::ParamError&) {
            continue;
        }
        for (const ys::ParamSpec& spec : demo->params) {
            for (std::int64_t v : params.list(spec.name)) {
                if (v < spec.min || v > spec.max) std::abort();
            }
            const auto n = params.list(spec.name).size();
            if (n < spec.minItems || n > spec.maxItems) std::abort();
        }
        (void)demo->listing(params); // renders with any accepted value
    }
    return 0;
}
