// SPDX-License-Identifier: MIT
#include "ui/timeline/long_text.hpp"

#include <algorithm>

namespace ys::ui {

QString elideLongText(const QString& text, int maxChars, int maxLines)
{
    const qsizetype limit = std::max(maxChars, 0);
    qsizetype end = std::min(text.size(), limit);
    // The end of line maxLines, when it comes first.
    int lines = 1;
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == QLatin1Char('\n') && ++lines > maxLines) {
            end = i;
            break;
        }
    }
    if (end == text.size()) return text;
    // Not in the middle of a surrogate pair.
    if (end > 0 && text[end - 1].isHighSurrogate()) --end;
    return text.left(end) + QStringLiteral("… (%L1 more characters)").arg(text.size() - end);
}

} // namespace ys::ui
