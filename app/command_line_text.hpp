// SPDX-License-Identifier: MIT
// The command line's texts (option descriptions, refusals) are translated in one context,
// "CommandLine": CommandLine::tr("...").
#pragma once

#include <QCoreApplication>

namespace ys::app {

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace ys::app
