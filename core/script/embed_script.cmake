# SPDX-License-Identifier: MIT
# Writes OUT: a C++ file defining rewriteSource(), watchSource(), preludeSource() and
# observerSource() from REWRITE, WATCH, PRELUDE and OBSERVER.
file(READ "${REWRITE}" rewrite)
file(READ "${WATCH}" watch)
file(READ "${PRELUDE}" prelude)
file(READ "${OBSERVER}" observer)
file(WRITE "${OUT}.tmp" "// Generated from core/script/*.js. Do not edit.
#include \"core/script/script_resources.hpp\"

namespace ys::script {

std::string_view rewriteSource()
{
    return R\"ys_js(${rewrite})ys_js\";
}

std::string_view watchSource()
{
    return R\"ys_js(${watch})ys_js\";
}

std::string_view preludeSource()
{
    return R\"ys_js(${prelude})ys_js\";
}

std::string_view observerSource()
{
    return R\"ys_js(${observer})ys_js\";
}

} // namespace ys::script
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
