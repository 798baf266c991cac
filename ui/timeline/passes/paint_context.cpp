// SPDX-License-Identifier: MIT
#include "ui/timeline/passes/paint_context.hpp"

#include <string>

namespace ys::ui {

QString vocabularyTr(std::string_view text)
{
    const std::string source(text);
    return QCoreApplication::translate("EventVocabulary", source.c_str());
}

QStaticText staticText(const QString& text, const QFont& font)
{
    QStaticText st(text);
    st.setTextFormat(Qt::PlainText);
    st.setPerformanceHint(QStaticText::AggressiveCaching);
    st.prepare(QTransform(), font);
    return st;
}

} // namespace ys::ui
