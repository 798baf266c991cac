// SPDX-License-Identifier: MIT
// A program file as the window and the command line read it: at most kMaxSourceBytes (one
// byte more is read, to tell a file over the limit), UTF-8, checked by checkSource.
#pragma once

#include <optional>
#include <string>

namespace ys::script {

// The file's bytes, or nullopt and `problem` set: "cannot read: No such file or directory"
// style reasons (without the path; the caller names the file), or checkSource's sentence.
std::optional<std::string> readProgramFile(const std::string& path, std::string& problem, bool& unreadable);

} // namespace ys::script
