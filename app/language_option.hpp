// SPDX-License-Identifier: MIT
// --lang en|ru: the language of everything the program says. It is read before anything else
// and installed in whichever application object the chosen mode makes (window, recording,
// headless), before any text is printed or any window drawn. Without it the window speaks the
// language chosen in View > Language (the system's by default) and the headless modes the
// system's.
#pragma once

#include <QString>
#include <QStringList>

namespace ys::app {

// Takes the --lang of `arguments`; false and `error` set when its value is not a language.
// `window`: whether the window will open (it falls back on the saved choice).
bool chooseLanguage(const QStringList& arguments, bool window, QString& error);

} // namespace ys::app
