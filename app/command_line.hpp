// The command line: what to do, parsed from the arguments, and the headless modes
// (--list-demos, --trace, --listing) that never open a window.
#pragma once

#include <QStringList>

#include <optional>

namespace ys::app {

// Exit status for bad input of any kind.
inline constexpr int kBadInput = 2;

// True when the arguments ask for a headless mode (no display needed).
bool isHeadless(const QStringList& arguments);

// Runs a headless mode; returns the process exit status.
int runHeadless(const QStringList& arguments);

} // namespace ys::app
