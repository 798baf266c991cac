// SPDX-License-Identifier: MIT
// What a recording is made of: frame rate, frame size and playback speed, with the parsers the
// command line and the Record dialog share, so both accept and refuse the same values with the
// same words.
#pragma once

#include <QSize>
#include <QString>

#include <optional>

namespace ys::ui {

struct RecordSettings {
    static constexpr int kMinFps = 1;
    static constexpr int kMaxFps = 120;
    static constexpr int kMinWidth = 320;
    static constexpr int kMaxWidth = 7680;
    static constexpr int kMinHeight = 180;
    static constexpr int kMaxHeight = 4320;

    int fps = 30;
    QSize size{1920, 1080};
    double speed = 1.0;
};

// Each returns the value, or nothing and sets `accepted` to what the option accepts
// ("a whole number from 1 to 120").
std::optional<int> parseFps(const QString& text, QString& accepted);
// WIDTHxHEIGHT, both even (video encoders halve the colour planes).
std::optional<QSize> parseFrameSize(const QString& text, QString& accepted);
// The Player's speeds: a number from 0.25 to 8.
std::optional<double> parseSpeed(const QString& text, QString& accepted);

QString frameSizeText(const QSize& size);

} // namespace ys::ui
