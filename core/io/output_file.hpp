// SPDX-License-Identifier: MIT
// A file written whole or not at all, named by the bytes of its path (any name the file system
// takes, UTF-8 or not). A regular file (or a new one) is written under a unique temporary name
// beside it and renamed over it by commit(); until then the old file stays as it was, and an
// output that is dropped removes its temporary file. A character device or a FIFO (/dev/null,
// a pipe a reader waits on) is written directly: renaming over it would replace the device
// with a regular file. Errors are the system's own words: "No space left on device".
#pragma once

#include <string>
#include <string_view>

namespace ys {

class OutputFile {
public:
    OutputFile() = default;
    // Drops what was not committed.
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Opens `path` for writing; false with error() set ("Is a directory", "Permission denied").
    // A FIFO without a reader is waited for, unless `waitForReader` is false (a window's worker
    // must not hang where Cancel cannot reach it): then it is refused at once.
    bool open(const std::string& path, bool waitForReader = true);
    bool write(std::string_view bytes);
    // Flushes to disk and moves the file into place (a device: nothing more to do).
    bool commit();
    // Removes the temporary file; the target stays as it was.
    void discard();

    // Written straight to a device or a FIFO, not through a temporary file.
    bool direct() const { return direct_; }
    const std::string& error() const { return error_; }

private:
    bool fail(int errnum);

    std::string path_;
    std::string temporary_;
    int fd_ = -1;
    bool direct_ = false;
    std::string error_;
};

// The system's words for `errnum`, never "Unknown error" for the common ones.
std::string systemErrorText(int errnum);

} // namespace ys
