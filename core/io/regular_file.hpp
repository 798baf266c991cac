// SPDX-License-Identifier: MIT
// Opening a trace file for reading: only a regular file, without blocking on a FIFO.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace ys {

// The stream's size in bytes, 0 when it has none (a folder, a pipe); it is left at its start.
std::uint64_t sizeOf(std::FILE* in);

// Opens `path` for reading only when it is a regular file. Opening does not block (a FIFO's
// open would wait for a writer, and its reads for data, where no Cancel reaches); what was
// opened is checked before anything is read from it. Throws TraceFileError (line 0).
std::FILE* openRegularFile(const std::string& path);

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

} // namespace ys
