// SPDX-License-Identifier: MIT
// yieldscope --demo NAME [--set key=value]... --html FILE.html
//
// The headless command line (command_line.hpp) with what a web page needs besides: the views
// that draw it (the timeline's renderer, the console panel) on an offscreen display. The page
// is made by its exporter (ui/export/web_page_exporter.cpp); checks and the writing of the file
// are the command line's.
#pragma once

#include <QStringList>

namespace ys::app {

// True when the arguments ask for an export that draws with the views (--html).
bool wantsWebPage(const QStringList& arguments);

// Runs the command line with a page maker; returns the exit status.
int runWebPageCommand(int& argc, char** argv);

} // namespace ys::app
