// One function per demo, each defined in its own file of this folder.
#pragma once

#include "../demo.hpp"

namespace ys::demos {

const Demo& countdown();
const Demo& range();
const Demo& pagination();

} // namespace ys::demos
