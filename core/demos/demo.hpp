// SPDX-License-Identifier: MIT
// A demo: a JavaScript listing from the tutorials, the C++ coroutines that re-enact it, and
// its parameters. Every demo lives in demos/NAME.cpp beside resources/demos/NAME.js.
#pragma once

#include "core/demos/params.hpp"

#include "core/demos/program_shape.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ys {

class Runtime;

struct Demo {
    std::string name;    // "countdown": the command line's and the file's name
    std::string title;   // "Countdown"
    std::string summary; // one sentence: what the demo teaches
    std::vector<ParamSpec> params;
    // The text for a {{key}} of the listing template; by default the parameter's value.
    std::function<std::string(std::string_view key, const Params&)> placeholder;
    // Starts the listing's top level; it runs as the run's first macrotask.
    std::function<void(Runtime&, const Params&)> start;

    // The program's structure the narration tells about (who produces, which loop consumes).
    std::optional<DemoShape> shape;

    Params defaults() const { return {name, &params}; }
    std::string_view listingTemplate() const;
    std::string listing(const Params& values) const;
    // The line of the listing template containing `snippet` (see lineOf).
    int line(std::string_view snippet) const;
    // `shape` in line numbers (throws std::logic_error when the demo has no shape).
    ProgramShape programShape() const;
};

const std::vector<const Demo*>& allDemos();
const Demo* findDemo(std::string_view name);
// "countdown, range, pagination"
std::string demoNames();

} // namespace ys
