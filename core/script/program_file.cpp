// SPDX-License-Identifier: MIT
#include "core/script/program_file.hpp"

#include "core/io/output_file.hpp"
#include "core/script/script_engine.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ys::script {

std::optional<std::string> readProgramFile(const std::string& path, std::string& problem, bool& unreadable)
{
    unreadable = true;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        problem = systemErrorText(errno);
        return std::nullopt;
    }
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
        ::close(fd);
        problem = systemErrorText(EISDIR);
        return std::nullopt;
    }
    std::string bytes;
    char buffer[65536];
    // One byte past the limit is enough to refuse: a huge file is not read to its end.
    while (bytes.size() <= kMaxSourceBytes) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) continue;
            problem = systemErrorText(errno);
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    unreadable = false;
    problem = checkSource(bytes);
    if (!problem.empty()) return std::nullopt;
    return bytes;
}

} // namespace ys::script
