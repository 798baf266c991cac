// SPDX-License-Identifier: MIT
// The main window's menu bar and tool bar, from the action table (each action in its menu, in
// the table's order), the transport, and the lists made elsewhere: the file actions, File > Open Recent, the
// demos, the themes, the panels and sizes of presentation mode, the notes.
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QWidget;

namespace ys::ui {

class WindowActions;
class TransportActions;

struct MenuParts {
    // File's own actions, in order; nullptr stands for a separator. Open Recent follows the first.
    QList<QAction*> file;
    QMenu* recentFiles = nullptr;
    QList<QAction*> themes;
    QList<QAction*> presentationPanels;
    QList<QAction*> presentationSizes;
    QList<QAction*> notes;
    // A demo chosen in the Demo menu, by its name.
    std::function<void(const QString&)> chooseDemo;
};

// Fills the window's menu bar; returns the Demo menu's actions (checkable, one per demo, each
// carrying its name).
QActionGroup* buildMenuBar(QMainWindow& window, const WindowActions& actions,
                           const TransportActions& transport, const MenuParts& parts);
// The Demo menu's titles and status tips again, in the language installed now.
void retranslateDemoMenu(const QActionGroup& demos);
// The menus' titles and the tool bar's names again, in the language installed now (the
// actions retranslate themselves: WindowActions, TransportActions).
void retranslateMenus(QMainWindow& window);

// The playback tool bar: the transport, Reset, the speed chooser, and the zoom buttons.
void buildToolBar(QMainWindow& window, const WindowActions& actions, TransportActions& transport);

// Help > Keyboard shortcuts and Help > About.
void showKeyboardShortcuts(QWidget& parent, const WindowActions& actions, const TransportActions& transport);
// The actions Help > Keyboard shortcuts lists, in its order.
QList<QAction*> shortcutList(const WindowActions& actions, const TransportActions& transport);
void showAbout(QWidget& parent);

} // namespace ys::ui
