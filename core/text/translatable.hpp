// SPDX-License-Identifier: MIT
// Texts of the core that people read (a demo's title, summary and parameter descriptions, the
// words of the table of kinds) stay plain C++ here, since the core has no Qt; this mark only
// tells the translation tools to collect them under their context. The window and the command
// line show them through QCoreApplication::translate(context, text), which finds the learner's
// language at run time. lupdate reads the mark as QT_TRANSLATE_NOOP (see cmake/Translations.cmake).
#pragma once

// The text itself, unchanged; `context` groups it for the translators ("Demo").
#define YS_TRANSLATE_NOOP(context, text) text
