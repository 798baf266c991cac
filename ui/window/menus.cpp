// SPDX-License-Identifier: MIT
#include "ui/window/menus.hpp"

#include "ui/window/language.hpp"

#include "core/demos/demo.hpp"
#include "ui/session/transport_actions.hpp"
#include "ui/style/toolbar_fit.hpp"
#include "ui/window/action_table.hpp"
#include "ui/window/demo_text.hpp"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>

#include <array>

namespace ys::ui {
namespace {

// The menus' texts, in the window's translation context as when the window made its menus
// itself; written Menus::tr("...") so that lupdate files them under that context too.
class Menus {
    Q_DECLARE_TR_FUNCTIONS(ys::ui::MainWindow)
};

// Every menu's title, by the menu's object name: made with it and set again on a change of
// language.
struct MenuTitle {
    const char* objectName;
    const char* text;
};
constexpr std::array<MenuTitle, 9> kMenuTitles{{
    {"menuFile", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&File")},
    {"menuDemo", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Demo")},
    {"menuRun", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Run")},
    {"menuView", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&View")},
    {"menuTheme", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Theme")},
    {"menuPanels", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "P&anels")},
    {"menuPresentationSize", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Presentation si&ze")},
    {"menuNotes", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Notes")},
    {"menuHelp", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Help")},
}};

// The menu of that object name, titled, added to `parent` (a menu bar or a menu).
template <typename Parent>
QMenu* addTitledMenu(Parent& parent, const char* objectName)
{
    for (const MenuTitle& t : kMenuTitles) {
        if (qstrcmp(t.objectName, objectName) != 0) continue;
        QMenu* menu = parent.addMenu(Menus::tr(t.text));
        menu->setObjectName(QString::fromLatin1(objectName));
        return menu;
    }
    Q_UNREACHABLE();
}

void addRows(QMenu& menu, const WindowActions& actions, MenuId id, ActionId last = ActionId::About)
{
    for (const ActionDescriptor& d : actions.table()) {
        if (d.menu != id) continue;
        if (d.separatorBefore && !menu.isEmpty()) menu.addSeparator();
        menu.addAction(actions.action(d.id));
        if (d.id == last) return;
    }
}

void addRowsFrom(QMenu& menu, const WindowActions& actions, MenuId id, ActionId from)
{
    bool on = false;
    for (const ActionDescriptor& d : actions.table()) {
        if (d.menu != id) continue;
        on = on || d.id == from;
        if (!on) continue;
        if (d.separatorBefore && !menu.isEmpty()) menu.addSeparator();
        menu.addAction(actions.action(d.id));
    }
}

// The transport, with Stop and Reset after End, and the speeds last.
void buildRunMenu(QMenu& run, const WindowActions& actions, const TransportActions& transport)
{
    using T = Transport;
    run.addActions(
        {transport.action(T::PlayPause), transport.action(T::Step), transport.action(T::StepBack)});
    run.addSeparator();
    run.addActions({transport.action(T::Start), transport.action(T::End)});
    addRows(run, actions, MenuId::Run);
    run.addSeparator();
    run.addActions({transport.action(T::Faster), transport.action(T::Slower)});
}

void buildFileMenu(QMenuBar& bar, const WindowActions& actions, const MenuParts& parts)
{
    QMenu* file = addTitledMenu(bar, "menuFile");
    for (QAction* a : parts.file) {
        if (a == nullptr) {
            file->addSeparator();
            continue;
        }
        file->addAction(a);
        if (a == parts.file.constFirst() && parts.recentFiles != nullptr) file->addMenu(parts.recentFiles);
    }
    addRows(*file, actions, MenuId::File);
}

QActionGroup* buildDemoMenu(QMainWindow& window, const WindowActions& actions, const MenuParts& parts)
{
    QMenu* demo = addTitledMenu(*window.menuBar(), "menuDemo");
    auto* group = new QActionGroup(&window);
    group->setExclusive(true);
    int index = 0;
    for (const Demo* d : allDemos()) {
        auto* a = demo->addAction(demoTitle(*d));
        a->setCheckable(true);
        a->setData(QString::fromStdString(d->name));
        a->setStatusTip(demoSummary(*d));
        if (index < 9) a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, &window,
                         [choose = parts.chooseDemo, a] { choose(a->data().toString()); });
        ++index;
    }
    demo->addSeparator();
    addRows(*demo, actions, MenuId::Demo);
    return group;
}

void buildViewMenu(QMenuBar& bar, const WindowActions& actions, const MenuParts& parts)
{
    QMenu* view = addTitledMenu(bar, "menuView");
    QMenu* themes = addTitledMenu(*view, "menuTheme");
    // System, English, Русский: switched at once, kept in the settings (ui/window/language.hpp).
    view->addMenu(new LanguageMenu(view));
    themes->addActions(parts.themes);
    // Presentation mode is followed by its two lists: which panels it keeps, at what size.
    addRows(*view, actions, MenuId::View, ActionId::Presentation);
    addTitledMenu(*view, "menuPanels")->addActions(parts.presentationPanels);
    addTitledMenu(*view, "menuPresentationSize")->addActions(parts.presentationSizes);
    addRowsFrom(*view, actions, MenuId::View, ActionId::Quiz);
}

void applyToolBarTexts(QToolBar& bar)
{
    bar.setWindowTitle(Menus::tr("Playback"));
    bar.setAccessibleName(Menus::tr("Playback controls"));
}

} // namespace

void retranslateDemoMenu(const QActionGroup& demos)
{
    for (QAction* a : demos.actions()) {
        const Demo* d = findDemo(a->data().toString().toStdString());
        if (d == nullptr) continue;
        a->setText(demoTitle(*d));
        a->setStatusTip(demoSummary(*d));
    }
}

void retranslateMenus(QMainWindow& window)
{
    for (const MenuTitle& t : kMenuTitles) {
        if (auto* menu = window.findChild<QMenu*>(QString::fromLatin1(t.objectName)))
            menu->setTitle(Menus::tr(t.text));
    }
    if (auto* bar = window.findChild<QToolBar*>(QStringLiteral("playbackToolBar"))) {
        applyToolBarTexts(*bar);
        for (QAction* a : bar->actions()) {
            if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a)))
                button->setAccessibleName(a->text().remove('&'));
        }
    }
}

QActionGroup* buildMenuBar(QMainWindow& window, const WindowActions& actions,
                           const TransportActions& transport, const MenuParts& parts)
{
    QMenuBar& bar = *window.menuBar();
    buildFileMenu(bar, actions, parts);
    QActionGroup* demos = buildDemoMenu(window, actions, parts);
    buildRunMenu(*addTitledMenu(bar, "menuRun"), actions, transport);
    buildViewMenu(bar, actions, parts);
    addTitledMenu(bar, "menuNotes")->addActions(parts.notes);
    addRows(*addTitledMenu(bar, "menuHelp"), actions, MenuId::Help);
    return demos;
}

void buildToolBar(QMainWindow& window, const WindowActions& actions, TransportActions& transport)
{
    QToolBar* bar = window.addToolBar(QString());
    bar->setObjectName(QStringLiteral("playbackToolBar"));
    applyToolBarTexts(*bar);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(28, 28));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QFont f = bar->font();
    f.setPointSizeF(14);
    bar->setFont(f);

    using A = ActionId;
    bar->addActions(transport.toolBarActions());
    bar->addSeparator();
    bar->addAction(actions.action(A::Reset));
    bar->addSeparator();
    transport.addSpeedChooser(*bar);

    // Buttons reachable with Tab as well as with their shortcuts.
    for (QAction* a : bar->actions()) {
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a))) {
            button->setFocusPolicy(Qt::TabFocus);
            button->setAccessibleName(a->text().remove('&'));
        }
    }

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    for (const A id : {A::ZoomOut, A::ZoomIn, A::Fit}) {
        QAction* a = actions.action(id);
        bar->addAction(a);
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(a))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
            button->setFocusPolicy(Qt::TabFocus);
            button->setAccessibleName(a->text().remove('&'));
        }
    }
    new ToolBarFit(*bar); // every button in view, on a narrow screen icons alone
}

QList<QAction*> shortcutList(const WindowActions& actions, const TransportActions& transport)
{
    using A = ActionId;
    using T = Transport;
    QList<QAction*> list;
    for (const T t : {T::PlayPause, T::Step, T::StepBack, T::Start, T::End})
        list << transport.action(t);
    list << actions.action(A::Stop) << actions.action(A::Reset);
    list << transport.action(T::Faster) << transport.action(T::Slower);
    for (const A id : {A::Follow, A::ZoomIn, A::ZoomOut, A::Fit, A::Presentation, A::Quiz})
        list << actions.action(id);
    return list;
}

void showKeyboardShortcuts(QWidget& parent, const WindowActions& actions, const TransportActions& transport)
{
    QString rows;
    for (const QAction* a : shortcutList(actions, transport)) {
        QStringList keys;
        for (const QKeySequence& key : a->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows += QStringLiteral("<tr><td style='padding-right:24px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(", ")).toHtmlEscaped(), a->statusTip().toHtmlEscaped());
    }
    QMessageBox::information(&parent, Menus::tr("Keyboard shortcuts"),
                             QStringLiteral("<table>%1</table>").arg(rows));
}

void showAbout(QWidget& parent)
{
    QMessageBox::about(
        &parent, Menus::tr("About Yieldscope"),
        Menus::tr("<p><b>Yieldscope</b> %1</p><p>Makes JavaScript async iteration visible, one event "
                  "at a time: every next() call, await, yield, value received and return() of a "
                  "demo, drawn on a timeline beside its code.</p><p>Released under the MIT licence.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace ys::ui
