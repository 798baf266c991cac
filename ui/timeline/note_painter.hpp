// SPDX-License-Identifier: MIT
// The notes a presenter pins to events are painted by the timeline's notes pass; annotations
// and exports know it by this name.
#pragma once

#include "ui/timeline/passes/notes_pass.hpp"

namespace ys::ui {

using NotePainter = NotesPass;

} // namespace ys::ui
