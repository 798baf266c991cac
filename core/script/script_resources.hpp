// SPDX-License-Identifier: MIT
// The host's own JavaScript (rewrite.js, watch.js, prelude.js, observer.js), compiled into the program.
#pragma once

#include <string_view>

namespace ys::script {

std::string_view rewriteSource();
std::string_view watchSource();
std::string_view preludeSource();
std::string_view observerSource();

} // namespace ys::script
