// SPDX-License-Identifier: MIT
// Texts of the engine that people read (a demo's title, summary and parameter descriptions) stay
// plain C++ here, since the engine has no Qt; this mark only tells the translation tools to
// collect them. The window and the command line show them through
// QCoreApplication::translate(context, text), which finds the learner's language at run time.
// lupdate reads the mark as QT_TRANSLATE_NOOP (see cmake/Translations.cmake).
#pragma once

// The text itself, unchanged; `context` groups it for the translators ("Demo").
#define YS_TRANSLATE_NOOP(context, text) text
