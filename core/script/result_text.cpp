// SPDX-License-Identifier: MIT
// A run's result in one sentence, and the check of a program's bytes before it runs.
#include "core/script/script_engine.hpp"

#include "core/text/message_text.hpp"

namespace ys::script {

std::string describe(const Result& result)
{
    switch (result.outcome) {
    case Outcome::Finished:
        return "The program ran to its end.";
    case Outcome::SyntaxError:
        return "Line " + std::to_string(result.line) + ", column " + std::to_string(result.column) + ": " +
               result.message;
    case Outcome::Uncaught:
        return result.line > 0 ? "Line " + std::to_string(result.line) + ": " + result.message
                               : result.message;
    case Outcome::Stopped:
        return result.message;
    }
    return result.message;
}

std::string checkSource(std::string_view bytes)
{
    if (bytes.size() > kMaxSourceBytes)
        return "the program is " + std::to_string(bytes.size()) + " bytes, more than the " +
               std::to_string(kMaxSourceBytes) + " a program may have";
    std::size_t line = 1;
    for (std::size_t i = 0; i < bytes.size();) {
        // One UTF-8 check for the whole program (message_text's, which the command line's
        // messages use too).
        const std::size_t n = utf8CharLength(bytes.substr(i));
        if (n == 0)
            return "the program is not UTF-8 text (line " + std::to_string(line) + ", byte " +
                   std::to_string(i + 1) + ")";
        if (bytes[i] == '\n') ++line;
        i += n;
    }
    return {};
}

} // namespace ys::script
