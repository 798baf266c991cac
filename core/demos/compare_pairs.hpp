// SPDX-License-Identifier: MIT
// The ready pairs of the compare view: two runs that differ in one thing, and what the
// difference shows. Data only; the compare window and any menu list the pairs from here.
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace ys {

struct ComparePair {
    struct Side {
        std::string demo;                     // a demo's name: "pagination"
        std::vector<std::string> assignments; // "breakAfter=4", applied to the demo's defaults
        std::string label;                    // the heading: "Breaks after 4 users · breakAfter = 4"

        // The demo named, or nullptr when there is none of that name.
        const Demo* findDemo() const;
        // The demo's defaults with the assignments applied; throws ParamError on a bad one.
        Params params(const Demo& demo) const;
    };

    std::string id;       // "pagination-break": stable, for the command line and tests
    std::string title;    // the chooser's entry
    std::string question; // one sentence above the timelines: what the difference shows
    std::array<Side, 2> sides;
};

// The ready pairs, in the chooser's order.
const std::vector<ComparePair>& comparePairs();
// The index of the pair with this id in comparePairs(), or -1.
int comparePairIndex(std::string_view id);

} // namespace ys
