// SPDX-License-Identifier: MIT
// A demo's JavaScript listing: the template kept in resources/, rendered with the run's
// parameters ({{name}} placeholders), and the lookup of a statement's line number.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace ys {

// The 1-based number of the only line of `text` that contains `snippet`.
// Throws std::logic_error when there is none or more than one: a demo and its listing
// must never drift apart silently.
int lineOf(std::string_view text, std::string_view snippet);

// Replaces each {{name}} of `templ` by value(name); an unknown name throws std::logic_error.
std::string renderTemplate(std::string_view templ, const std::function<std::string(std::string_view)>& value);

// The listing templates compiled into the program from resources/demos/NAME.js.
std::string_view listingTemplate(std::string_view demoName);

} // namespace ys
