// SPDX-License-Identifier: MIT
// The list of demos, in the order the chooser shows them. Adding a demo: see docs/ARCHITECTURE.md.
#include "core/demos/demo.hpp"
#include "core/demos/demos.hpp"

namespace ys {

const std::vector<const Demo*>& allDemos()
{
    static const std::vector<const Demo*> demos{
        &demos::countdown(), &demos::range(),         &demos::pagination(), &demos::cleanup(),
        &demos::error(),     &demos::promisesArray(), &demos::sequence(),   &demos::numbers(),
        &demos::chunks(),    &demos::socket(),        &demos::sync(),       &demos::rangeGenerator(),
    };
    return demos;
}

} // namespace ys
