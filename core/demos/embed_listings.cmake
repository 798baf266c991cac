# SPDX-License-Identifier: MIT
# Writes OUT: a C++ file with the text of each listing in LISTINGS (NAME.js -> "NAME").
set(body "")
foreach(file IN LISTS LISTINGS)
    get_filename_component(name "${file}" NAME_WE)
    file(READ "${file}" text)
    string(APPEND body "    {\"${name}\", R\"ys_listing(${text})ys_listing\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from resources/demos/*.js. Do not edit.
#include \"core/demos/listing.hpp\"

#include <array>
#include <stdexcept>
#include <string>
#include <utility>

namespace ys {
namespace {
const std::pair<std::string_view, std::string_view> kListings[] = {
${body}};
} // namespace

std::string_view listingTemplate(std::string_view demoName)
{
    for (const auto& [name, text] : kListings) {
        if (name == demoName) return text;
    }
    throw std::logic_error(\"no listing for demo '\" + std::string(demoName) + \"'\");
}

} // namespace ys
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
