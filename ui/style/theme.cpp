// SPDX-License-Identifier: MIT
#include "ui/style/theme.hpp"

#include <QGuiApplication>
#include <QStyleHints>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace ys::ui {

QColor Theme::roleColor(ys::ColorRole role) const
{
    switch (role) {
    case ys::ColorRole::Next:
        return next;
    case ys::ColorRole::Value:
        return value;
    case ys::ColorRole::Resumed:
        return resumed;
    case ys::ColorRole::Await:
        return await;
    case ys::ColorRole::Return:
        return ret;
    case ys::ColorRole::Done:
        return done;
    case ys::ColorRole::Cleanup:
        return cleanup;
    case ys::ColorRole::Error:
        return error;
    case ys::ColorRole::Log:
        return log;
    case ys::ColorRole::Muted:
        return mutedText;
    }
    return text;
}

QColor Theme::kindColor(ys::Kind kind) const { return roleColor(ys::kindInfo(kind).color); }

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, window);
    p.setColor(QPalette::AlternateBase, laneBand);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Button, gutter);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, chip);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, next);
    p.setColor(QPalette::HighlightedText, isDark ? QColor(0x10, 0x12, 0x15) : QColor(Qt::white));
    p.setColor(QPalette::Link, next);
    p.setColor(QPalette::Mid, separator);
    p.setColor(QPalette::Dark, separator.darker(130));
    p.setColor(QPalette::Light, laneBand.lighter(110));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, mutedText);
    }
    return p;
}

Theme Theme::light()
{
    Theme t;
    t.name = QStringLiteral("light");
    t.isDark = false;
    t.window = QColor(0xFF, 0xFF, 0xFF);
    t.gutter = QColor(0xF1, 0xF3, 0xF6);
    t.laneBand = QColor(0xF6, 0xF7, 0xF9);
    t.laneBandAlt = QColor(0xFF, 0xFF, 0xFF);
    t.separator = QColor(0xD5, 0xD9, 0xDF);
    t.text = QColor(0x15, 0x17, 0x1A);
    t.mutedText = QColor(0x55, 0x5B, 0x65);
    t.chip = QColor(0xFF, 0xFF, 0xFF);

    t.axis = QColor(0x3A, 0x3F, 0x47);
    t.instantBand = QColor(0x4A, 0x6A, 0x9A, 26);
    t.instantText = QColor(0x33, 0x38, 0x40);
    t.cursor = QColor(0x15, 0x17, 0x1A);
    t.highlight = QColor(0xF0, 0xE4, 0x42, 190); // Okabe–Ito yellow
    t.hover = QColor(0x00, 0x72, 0xB2, 90);

    t.next = QColor(0x00, 0x72, 0xB2);  // Okabe–Ito blue
    t.value = QColor(0x00, 0x9E, 0x73); // Okabe–Ito bluish green
    t.resumed = QColor(0x86, 0x8C, 0x96);
    t.await = QColor(0xE6, 0x9F, 0x00); // Okabe–Ito orange
    t.awaitInk = QColor(0x1C, 0x14, 0x00);
    t.ret = QColor(0xA8, 0x4C, 0x88); // Okabe–Ito reddish purple, deepened for contrast
    t.done = QColor(0x15, 0x17, 0x1A);
    t.cleanup = QColor(0xA8, 0x4C, 0x88);
    t.error = QColor(0xD5, 0x5E, 0x00); // Okabe–Ito vermillion
    t.log = QColor(0x2A, 0x2E, 0x35);
    t.logInk = QColor(0xF4, 0xF5, 0xF7);
    t.logFill = QColor(0x2A, 0x2E, 0x35);
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.name = QStringLiteral("dark");
    t.isDark = true;
    t.window = QColor(0x16, 0x18, 0x1C);
    t.gutter = QColor(0x1E, 0x21, 0x26);
    t.laneBand = QColor(0x1C, 0x1F, 0x24);
    t.laneBandAlt = QColor(0x16, 0x18, 0x1C);
    t.separator = QColor(0x36, 0x3A, 0x42);
    t.text = QColor(0xEC, 0xEE, 0xF1);
    t.mutedText = QColor(0xA6, 0xAC, 0xB6);
    t.chip = QColor(0x23, 0x26, 0x2C);

    t.axis = QColor(0xC4, 0xC8, 0xCF);
    t.instantBand = QColor(0xA0, 0xB8, 0xE0, 26);
    t.instantText = QColor(0xD0, 0xD4, 0xDA);
    t.cursor = QColor(0xF2, 0xF3, 0xF5);
    t.highlight = QColor(0xF0, 0xE4, 0x42, 150);
    t.hover = QColor(0x56, 0xB4, 0xE9, 120);

    t.next = QColor(0x56, 0xB4, 0xE9);  // Okabe–Ito sky blue: blue is too dark on black
    t.value = QColor(0x1F, 0xB5, 0x89); // bluish green, lifted
    t.resumed = QColor(0x80, 0x86, 0x90);
    t.await = QColor(0xE6, 0x9F, 0x00);
    t.awaitInk = QColor(0x1C, 0x14, 0x00);
    t.ret = QColor(0xD8, 0x8C, 0xB8);
    t.done = QColor(0xEC, 0xEE, 0xF1);
    t.cleanup = QColor(0xD8, 0x8C, 0xB8);
    t.error = QColor(0xF0, 0x7F, 0x3C);
    t.log = QColor(0x8A, 0x90, 0x9A);
    t.logInk = QColor(0xEC, 0xEE, 0xF1);
    t.logFill = QColor(0x0B, 0x0C, 0x0E);
    return t;
}

Theme Theme::highContrast()
{
    Theme t;
    t.name = QStringLiteral("high-contrast");
    t.isDark = true;
    t.window = QColor(0x00, 0x00, 0x00);
    t.gutter = QColor(0x0C, 0x0C, 0x0C);
    t.laneBand = QColor(0x12, 0x12, 0x12);
    t.laneBandAlt = QColor(0x00, 0x00, 0x00);
    t.separator = QColor(0x80, 0x80, 0x80); // lines a projector does not swallow
    t.text = QColor(0xFF, 0xFF, 0xFF);
    t.mutedText = QColor(0xD6, 0xD6, 0xD6);
    t.chip = QColor(0x00, 0x00, 0x00);

    t.axis = QColor(0xFF, 0xFF, 0xFF);
    t.instantBand = QColor(0xFF, 0xFF, 0xFF, 40);
    t.instantText = QColor(0xFF, 0xFF, 0xFF);
    t.cursor = QColor(0xFF, 0xFF, 0xFF);
    // Gold, not yellow: code on the lit line keeps 4.5:1.
    t.highlight = QColor(0xA0, 0x90, 0x00, 150);
    t.hover = QColor(0x00, 0xE5, 0xFF, 170);

    // The Okabe–Ito hues, lifted until each reads on black from the back of a room.
    t.next = QColor(0x5C, 0xC8, 0xFF);
    t.value = QColor(0x3D, 0xF5, 0xA6);
    t.resumed = QColor(0xC8, 0xC8, 0xC8);
    t.await = QColor(0xFF, 0xB3, 0x00);
    t.awaitInk = QColor(0x00, 0x00, 0x00);
    t.ret = QColor(0xFF, 0x8C, 0xDA);
    t.done = QColor(0xFF, 0xFF, 0xFF);
    t.cleanup = QColor(0xFF, 0x8C, 0xDA);
    t.error = QColor(0xFF, 0x77, 0x4A);
    t.log = QColor(0xFF, 0xFF, 0xFF);
    t.logInk = QColor(0xFF, 0xFF, 0xFF);
    t.logFill = QColor(0x00, 0x00, 0x00);
    t.strokeWeight = 1.4;
    return t;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    // Relative luminance as WCAG 2 defines it, from sRGB channels.
    auto luminance = [](const QColor& c) {
        auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Theme Theme::forSystem()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (const QStyleHints* hints = QGuiApplication::styleHints()) {
        switch (hints->colorScheme()) {
        case Qt::ColorScheme::Dark:
            return dark();
        case Qt::ColorScheme::Light:
            return light();
        case Qt::ColorScheme::Unknown:
            break;
        }
    }
#endif
    // Qt 6.4 has no colour scheme hint: judge by the palette the platform gave us.
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    const QColor text = QGuiApplication::palette().color(QPalette::WindowText);
    return window.lightness() < text.lightness() ? dark() : light();
}

} // namespace ys::ui
