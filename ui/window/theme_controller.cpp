// SPDX-License-Identifier: MIT
#include "ui/window/theme_controller.hpp"

#include "ui/style/code_colors.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>

namespace ys::ui {
namespace {

// The themes View > Theme offers, in its order, with their actions' object names.
struct ModeRow {
    ThemeMode mode;
    const char* objectName;
};
constexpr ModeRow kModes[] = {{ThemeMode::System, "actionThemeSystem"},
                              {ThemeMode::Light, "actionThemeLight"},
                              {ThemeMode::Dark, "actionThemeDark"},
                              {ThemeMode::HighContrast, "actionThemeHighContrast"}};

// The theme's palette for the window's chrome: panels' content (code, console, timeline, input
// fields) stands out on a slightly tinted background.
QPalette windowPalette(const Theme& theme)
{
    QPalette p = theme.palette();
    p.setColor(QPalette::Window, theme.gutter);
    p.setColor(QPalette::Base, theme.window);
    p.setColor(QPalette::AlternateBase, theme.laneBand);
    p.setColor(QPalette::Button, mix(theme.gutter, theme.text, theme.isDark ? 0.10 : 0.05));
    p.setColor(QPalette::Light, mix(theme.gutter, theme.text, theme.isDark ? 0.18 : 0.0));
    p.setColor(QPalette::Midlight, mix(theme.gutter, theme.text, 0.12));
    p.setColor(QPalette::Mid, theme.separator);
    p.setColor(QPalette::Dark, mix(theme.separator, theme.text, 0.25));
    p.setColor(QPalette::Shadow, mix(theme.separator, theme.text, 0.5));
    return p;
}

// One of the fixed themes.
Theme themeFor(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::System:
    case ThemeMode::Light:
        return Theme::light();
    case ThemeMode::Dark:
        return Theme::dark();
    case ThemeMode::HighContrast:
        return Theme::highContrast();
    }
    return Theme::forSystem();
}

} // namespace

QString ThemeController::label(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::System:
        return tr("&System");
    case ThemeMode::Light:
        return tr("&Light");
    case ThemeMode::Dark:
        return tr("&Dark");
    case ThemeMode::HighContrast:
        return tr("&High contrast");
    }
    return {};
}

ThemeController::ThemeController(QObject* parent)
    : QObject(parent), systemPalette_(QApplication::palette()), theme_(Theme::forSystem()),
      actions_(new QActionGroup(this))
{
    actions_->setExclusive(true);
    for (const ModeRow& row : kModes) {
        const ThemeMode mode = row.mode;
        auto* a = new QAction(label(mode), this);
        a->setObjectName(QLatin1String(row.objectName));
        a->setCheckable(true);
        a->setChecked(mode == ThemeMode::System);
        a->setData(static_cast<int>(mode));
        actions_->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode] { setMode(mode); });
    }
}

QList<QAction*> ThemeController::actions() const { return actions_->actions(); }

void ThemeController::setMode(ThemeMode mode)
{
    mode_ = mode;
    for (QAction* a : actions_->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(mode));
    apply();
}

void ThemeController::apply()
{
    applying_ = true;
    if (mode_ == ThemeMode::System) {
        // The desktop's palette first: the system theme reads it.
        QApplication::setPalette(systemPalette_);
        theme_ = Theme::forSystem();
    } else {
        theme_ = themeFor(mode_);
        QApplication::setPalette(windowPalette(theme_));
    }
    applying_ = false;
    emit themeChanged(theme_);
}

void ThemeController::paletteChanged()
{
    if (applying_ || mode_ != ThemeMode::System) return;
    systemPalette_ = QApplication::palette();
    apply();
}

} // namespace ys::ui
