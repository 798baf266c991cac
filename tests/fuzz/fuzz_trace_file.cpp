// SPDX-License-Identifier: MIT
// libFuzzer target: reading a trace file. Any input must either read as a trace or throw
// TraceFileError - never crash, never hang - and what reads must write back to text that reads
// as the same run.
#include "core/io/trace_file.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    ys::TraceFile file;
    try {
        file = ys::readTraceFile(input);
    } catch (const ys::TraceFileError&) {
        return 0;
    }
    const ys::TraceFile again = ys::readTraceFile(ys::traceFileText(file));
    if (!ys::sameTrace(again.trace, file.trace) || again.demo != file.demo || !(again.notes == file.notes)) {
        std::abort();
    }
    return 0;
}
