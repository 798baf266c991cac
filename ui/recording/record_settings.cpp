// SPDX-License-Identifier: MIT
#include "ui/recording/record_settings.hpp"

#include "ui/session/player.hpp"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ys::ui {

std::optional<int> parseFps(const QString& text, QString& accepted)
{
    accepted = QCoreApplication::translate("ys::ui::RecordSettings",
                                           "a whole number of frames per second from %1 to %2")
                   .arg(RecordSettings::kMinFps)
                   .arg(RecordSettings::kMaxFps);
    bool ok = false;
    const int fps = text.trimmed().toInt(&ok);
    if (!ok || fps < RecordSettings::kMinFps || fps > RecordSettings::kMaxFps) return std::nullopt;
    return fps;
}

std::optional<QSize> parseFrameSize(const QString& text, QString& accepted)
{
    accepted =
        QCoreApplication::translate("ys::ui::RecordSettings",
                                    "WIDTHxHEIGHT in pixels, both even, from %1x%2 to %3x%4, e.g. 1920x1080")
            .arg(RecordSettings::kMinWidth)
            .arg(RecordSettings::kMinHeight)
            .arg(RecordSettings::kMaxWidth)
            .arg(RecordSettings::kMaxHeight);
    static const QRegularExpression form(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch()) return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    const bool inRange =
        size.width() >= RecordSettings::kMinWidth && size.width() <= RecordSettings::kMaxWidth &&
        size.height() >= RecordSettings::kMinHeight && size.height() <= RecordSettings::kMaxHeight;
    if (!inRange || size.width() % 2 != 0 || size.height() % 2 != 0) return std::nullopt;
    return size;
}

std::optional<double> parseSpeed(const QString& text, QString& accepted)
{
    accepted = QCoreApplication::translate("ys::ui::RecordSettings", "a number from %1 to %2, e.g. 0.5 or 2")
                   .arg(Player::kMinSpeed)
                   .arg(Player::kMaxSpeed);
    bool ok = false;
    const double speed = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(speed) || speed < Player::kMinSpeed || speed > Player::kMaxSpeed)
        return std::nullopt;
    return speed;
}

QString frameSizeText(const QSize& size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

} // namespace ys::ui
