// SPDX-License-Identifier: MIT
#include "core/io/output_file.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ys {
namespace {

std::string folderOf(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string nameOf(const std::string& path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The file a symbolic link leads to, so that the link stays a link and its target is replaced.
std::string resolved(const std::string& path)
{
    char* real = ::realpath(path.c_str(), nullptr);
    if (real == nullptr) return path;
    std::string out(real);
    std::free(real); // NOLINT(cppcoreguidelines-no-malloc): realpath's own allocation
    return out;
}

mode_t currentUmask()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

} // namespace

std::string systemErrorText(int errnum)
{
    switch (errnum) {
    case ENOSPC:
        return "No space left on device";
    case EDQUOT:
        return "Disk quota exceeded";
    case EFBIG:
        return "File too large";
    case EIO:
        return "Input/output error";
    default:
        break;
    }
    const char* text = std::strerror(errnum);
    return text != nullptr ? std::string(text) : "error " + std::to_string(errnum);
}

OutputFile::~OutputFile() { discard(); }

bool OutputFile::fail(int errnum)
{
    error_ = systemErrorText(errnum);
    return false;
}

bool OutputFile::open(const std::string& path, bool waitForReader)
{
    discard();
    error_.clear();
    if (path.empty()) return fail(ENOENT);
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode)) return fail(EISDIR);
        if (!S_ISREG(info.st_mode)) {
            // A device or a FIFO: written in place. A FIFO without a reader waits for one, as
            // any program writing to it does.
            const bool fifo = S_ISFIFO(info.st_mode);
            const int wait = fifo && !waitForReader ? O_NONBLOCK : 0;
            fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY | wait);
            if (fd_ < 0 && fifo && errno == ENXIO) {
                error_ = "it is a FIFO that no program reads";
                return false;
            }
            if (fd_ < 0) return fail(errno);
            // Written as any file once open: a slow reader is waited for.
            if (wait != 0) ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_NONBLOCK);
            path_ = path;
            direct_ = true;
            return true;
        }
    }
    path_ = resolved(path);
    std::string pattern = folderOf(path_) + "/." + nameOf(path_) + ".XXXXXX";
    fd_ = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd_ < 0) return fail(errno);
    temporary_ = pattern;
    // The permissions an existing file has, or those a new file would get.
    const mode_t mode = ::stat(path_.c_str(), &info) == 0 ? (info.st_mode & 07777) : (0666 & ~currentUmask());
    if (::fchmod(fd_, mode) != 0) {
        const int errnum = errno;
        discard();
        return fail(errnum);
    }
    return true;
}

bool OutputFile::write(std::string_view bytes)
{
    if (fd_ < 0) return fail(EBADF);
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail(errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

bool OutputFile::commit()
{
    if (fd_ < 0) return fail(EBADF);
    if (direct_) {
        const int closed = ::close(fd_);
        fd_ = -1;
        return closed == 0 || errno == EINTR || fail(errno);
    }
    // A full disk may only tell at the flush: the old file is kept until the new one is whole.
    if (::fsync(fd_) != 0 && errno != EINVAL) {
        const int errnum = errno;
        discard();
        return fail(errnum);
    }
    if (::close(fd_) != 0) {
        const int errnum = errno;
        fd_ = -1;
        discard();
        return fail(errnum);
    }
    fd_ = -1;
    if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
        const int errnum = errno;
        discard();
        return fail(errnum);
    }
    temporary_.clear();
    return true;
}

void OutputFile::discard()
{
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (!temporary_.empty()) ::unlink(temporary_.c_str());
    temporary_.clear();
    direct_ = false;
}

} // namespace ys
