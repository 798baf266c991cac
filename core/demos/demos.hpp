// SPDX-License-Identifier: MIT
// One function per demo, each defined in its own file of this folder.
#pragma once

#include "core/demos/demo.hpp"

namespace ys::demos {

const Demo& countdown();
const Demo& range();
const Demo& pagination();
const Demo& cleanup();
const Demo& error();
const Demo& promisesArray();
const Demo& sequence();
const Demo& numbers();
const Demo& chunks();
const Demo& socket();
const Demo& sync();
const Demo& rangeGenerator();

} // namespace ys::demos
