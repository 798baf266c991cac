// SPDX-License-Identifier: MIT
// Marks words of the core that the window shows translated. The core has no Qt: the mark is
// the text itself, and lupdate, which reads the mark, collects the text for translators under
// its context. The window translates with QCoreApplication::translate(context, text).
#pragma once

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif
