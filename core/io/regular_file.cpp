// SPDX-License-Identifier: MIT
#include "core/io/regular_file.hpp"

#include "core/io/trace_file.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ys {
namespace {

// What a file that is not a regular one is, for the message refusing it.
const char* kindOfSpecialFile(mode_t mode)
{
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    return "a special file";
}

} // namespace

std::uint64_t sizeOf(std::FILE* in)
{
    const bool seekable = std::fseek(in, 0, SEEK_END) == 0;
    const long size = seekable ? std::ftell(in) : -1;
    std::rewind(in); // also forgets a failed seek
    return size > 0 ? static_cast<std::uint64_t>(size) : 0;
}

std::FILE* openRegularFile(const std::string& path)
{
    errno = 0;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) throw TraceFileError(0, "cannot open the file: " + std::string(std::strerror(errno)));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const std::string what = kindOfSpecialFile(info.st_mode);
        ::close(fd);
        throw TraceFileError(0, "cannot open the file: it is " + what + ", not a regular file");
    }
    const int flags = ::fcntl(fd, F_GETFL);
    std::FILE* in =
        flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0 ? nullptr : ::fdopen(fd, "rb");
    if (in == nullptr) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        throw TraceFileError(0, "cannot open the file: " + reason);
    }
    return in;
}

} // namespace ys
