// SPDX-License-Identifier: MIT
// The window's theme (View > Theme): the desktop's own colours, light, dark or high contrast.
// It sets the application's palette and tells the panels the Theme to draw with; in the
// System mode it follows the desktop switching between light and dark.
#pragma once

#include "ui/style/theme.hpp"

#include <QList>
#include <QObject>
#include <QPalette>

class QAction;
class QActionGroup;

namespace ys::ui {

enum class ThemeMode { System, Light, Dark, HighContrast };

class ThemeController : public QObject {
    Q_OBJECT

public:
    explicit ThemeController(QObject* parent);

    ThemeMode mode() const { return mode_; }
    // Checks the mode's action and applies it.
    void setMode(ThemeMode mode);
    const Theme& theme() const { return theme_; }
    // Sets the palette and tells the panels again.
    void apply();
    // The application's palette changed (the window's change event): in the System mode, the
    // desktop switched between light and dark.
    void paletteChanged();
    // One checkable action per mode, for View > Theme.
    QList<QAction*> actions() const;

    static QString label(ThemeMode mode);

signals:
    void themeChanged(const ys::ui::Theme& theme);

private:
    ThemeMode mode_ = ThemeMode::System;
    QPalette systemPalette_;
    Theme theme_;
    bool applying_ = false;
    QActionGroup* actions_;
};

} // namespace ys::ui
