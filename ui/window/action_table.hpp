// SPDX-License-Identifier: MIT
// The main window's own actions as one table: each row names an action (its object name, which
// tests and the help use), its text, keys, tip, icon, menu and what it does. WindowActions makes
// the QActions from the table; Menus puts them in the menus and the tool bar, around the
// transport (Play, the steps, Start, End, the speeds), which TransportActions makes.
#pragma once

#include "ui/style/icons.hpp"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

#include <array>
#include <optional>

class QAction;
class QWidget;

namespace ys::ui {

// What the window's actions do. The window implements it; a test may record the calls.
class WindowCommands {
public:
    virtual ~WindowCommands() = default;
    virtual void stopRunning() = 0;
    virtual void reset() = 0;
    virtual void resetParameters() = 0;
    virtual void zoomIn() = 0;
    virtual void zoomOut() = 0;
    virtual void fitTimeline() = 0;
    virtual void setFollow(bool on) = 0;
    virtual void setPresentation(bool on) = 0;
    virtual void setQuiz(bool on) = 0;
    virtual void compareRuns() = 0;
    virtual void quit() = 0;
    virtual void showShortcuts() = 0;
    virtual void showAbout() = 0;
};

enum class ActionId {
    Stop,
    Reset,
    Defaults,
    ZoomIn,
    ZoomOut,
    Fit,
    Follow,
    Presentation,
    Quiz,
    Compare,
    Quit,
    Shortcuts,
    About,
};
constexpr int kActionCount = static_cast<int>(ActionId::About) + 1;

// The menu an action is listed in; the file actions and generated lists (demos, themes,
// presentation sizes, notes) are placed by Menus around these.
enum class MenuId { File, Demo, Run, View, Help };

struct ActionDescriptor {
    ActionId id;
    QString objectName;
    QString text;
    // The first is the one the tool tip names.
    QList<QKeySequence> shortcuts;
    QString tip;
    // Drawn in the tool bar; none for menu-only actions.
    std::optional<Glyph> icon;
    MenuId menu;
    bool separatorBefore = false;
    bool checkable = false;
    bool checked = false;
    bool enabled = true;
    // For a plain action.
    void (WindowCommands::*trigger)() = nullptr;
    // For a checkable one: told on the user's toggle only (triggered), or on every change of
    // the check mark (toggled), also the window's own.
    void (WindowCommands::*check)(bool) = nullptr;
    bool onEveryToggle = false;
};

// Every action of the window's own, in menu order.
QList<ActionDescriptor> actionTable();

// The QActions of the table, made on `window` (their shortcuts work anywhere in it) and
// connected to `commands`.
class WindowActions : public QObject {
    Q_OBJECT

public:
    WindowActions(QWidget& window, WindowCommands& commands);

    QAction* action(ActionId id) const { return actions_.at(static_cast<std::size_t>(id)); }
    const QList<ActionDescriptor>& table() const { return table_; }
    // Makes the icons again: they draw in the palette's colours.
    void refreshIcons();
    // The texts, tool tips and status tips again, in the language installed now.
    void retranslate();

private:
    QList<ActionDescriptor> table_;
    std::array<QAction*, kActionCount> actions_{};
};

} // namespace ys::ui
