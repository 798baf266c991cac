// SPDX-License-Identifier: MIT
#include "core/demos/listing.hpp"

#include <stdexcept>
#include <string>

namespace ys {

int lineOf(std::string_view text, std::string_view snippet)
{
    int found = 0;
    int line = 1;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (text.substr(start, end - start).find(snippet) != std::string_view::npos) {
            if (found != 0) {
                throw std::logic_error("listing has more than one line with '" + std::string(snippet) + "'");
            }
            found = line;
        }
        start = end + 1;
        ++line;
    }
    if (found == 0) throw std::logic_error("listing has no line with '" + std::string(snippet) + "'");
    return found;
}

std::string renderTemplate(std::string_view templ, const std::function<std::string(std::string_view)>& value)
{
    std::string out;
    out.reserve(templ.size());
    std::size_t pos = 0;
    while (true) {
        const std::size_t open = templ.find("{{", pos);
        if (open == std::string_view::npos) break;
        const std::size_t close = templ.find("}}", open + 2);
        if (close == std::string_view::npos) throw std::logic_error("unclosed {{ in listing");
        out.append(templ.substr(pos, open - pos));
        out += value(templ.substr(open + 2, close - open - 2));
        pos = close + 2;
    }
    out.append(templ.substr(pos));
    return out;
}

} // namespace ys
