// SPDX-License-Identifier: MIT
#include "ui/timeline/value_text.hpp"

#include "core/text/value_format.hpp"

#include <optional>

namespace ys::ui {
namespace {

const QString kEllipsis = QStringLiteral("\u2026");

} // namespace

QString elideChars(const QString& text, int maxChars)
{
    if (maxChars < 1) return {};
    if (text.size() <= maxChars) return text;
    return text.left(maxChars - 1) + kEllipsis;
}

QString jsLiteral(std::string_view json) { return QString::fromStdString(ys::jsLiteral(json)); }

QString shortValue(std::string_view json, int maxChars)
{
    const std::optional<ValueParts> parts = valueParts(json);
    if (!parts)
        return elideChars(QString::fromUtf8(json.data(), static_cast<qsizetype>(json.size())), maxChars);
    QString full = QString::fromStdString(parts->literal);
    if (full.size() <= maxChars) return full;
    if (parts->type == ValueParts::Type::Object && parts->hasTextMember) {
        // {name: "user4", …}, else {… "user4"}, the text elided if need be.
        const QString text = QString::fromStdString(jsString(parts->memberText));
        const QString head =
            QStringLiteral("{") + QString::fromStdString(parts->memberKey) + QStringLiteral(": ");
        const QString tail = QStringLiteral(", ") + kEllipsis + QStringLiteral("}");
        if (head.size() + text.size() + tail.size() <= maxChars) return head + text + tail;
        const QString shortHead = QStringLiteral("{") + kEllipsis + QLatin1Char(' ');
        const int room = maxChars - static_cast<int>(shortHead.size()) - 1;
        if (room >= 4) return shortHead + elideChars(text, room) + QLatin1Char('}');
    }
    if (parts->type == ValueParts::Type::String) {
        // Keep the closing quote: "a long sent…"
        return elideChars(QString::fromStdString(jsString(parts->text)).chopped(1), maxChars - 1) +
               QLatin1Char('"');
    }
    return elideChars(full, maxChars);
}

QString consoleText(std::string_view json) { return QString::fromStdString(ys::consoleLine(json)); }

} // namespace ys::ui
