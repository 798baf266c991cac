// SPDX-License-Identifier: MIT
#include "ui/window/action_table.hpp"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace ys::ui {
namespace {

// The actions' texts are marked QT_TRANSLATE_NOOP in the window's translation context, as when
// the window made its actions itself, and translated here.
QString tr(const char* text) { return QCoreApplication::translate("ys::ui::MainWindow", text); }

ActionDescriptor row(ActionId id, const char* objectName, const char* text, QList<QKeySequence> keys,
                     const char* tip, std::optional<Glyph> icon, MenuId menu)
{
    // A standard key the platform has no binding for (Quit on some desktops) is none.
    keys.removeAll(QKeySequence());
    return ActionDescriptor{id,  QString::fromLatin1(objectName), tr(text), std::move(keys), tr(tip), icon,
                            menu};
}

ActionDescriptor triggers(ActionDescriptor d, void (WindowCommands::*handler)())
{
    d.trigger = handler;
    return d;
}

ActionDescriptor checks(ActionDescriptor d, void (WindowCommands::*handler)(bool), bool checked = false,
                        bool onEveryToggle = false)
{
    d.checkable = true;
    d.checked = checked;
    d.check = handler;
    d.onEveryToggle = onEveryToggle;
    return d;
}

ActionDescriptor afterSeparator(ActionDescriptor d)
{
    d.separatorBefore = true;
    return d;
}

using C = WindowCommands;
using K = QKeySequence;

// What the Run menu holds beyond the transport: stopping a run that runs to its end, and
// starting it again.
QList<ActionDescriptor> runRows()
{
    ActionDescriptor stop = triggers(
        row(ActionId::Stop, "actionStop", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "S&top running to the end"),
            {K(Qt::Key_Escape)},
            QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Stop running to the end; what was recorded stays"),
            std::nullopt, MenuId::Run),
        &C::stopRunning);
    // A long run takes seconds to run to its end: Esc stops it where it has got (so do Space,
    // a step, Home and Reset). Enabled only then, so that Esc is free for everything else.
    stop.enabled = false;
    return {
        stop,
        triggers(row(ActionId::Reset, "actionReset", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Reset"),
                     {K(Qt::Key_R)},
                     QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Start the run again from the beginning"),
                     Glyph::Reset, MenuId::Run),
                 &C::reset),
    };
}

QList<ActionDescriptor> viewRows()
{
    return {
        afterSeparator(triggers(row(ActionId::ZoomIn, "actionZoomIn",
                                    QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Zoom &in"), {K(K::ZoomIn)},
                                    QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Zoom into the timeline"),
                                    Glyph::ZoomIn, MenuId::View),
                                &C::zoomIn)),
        triggers(row(ActionId::ZoomOut, "actionZoomOut", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Zoom &out"),
                     {K(K::ZoomOut)}, QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Zoom out of the timeline"),
                     Glyph::ZoomOut, MenuId::View),
                 &C::zoomOut),
        triggers(row(ActionId::Fit, "actionFit", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Fit timeline"),
                     {K(Qt::CTRL | Qt::Key_0)},
                     QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Fit the whole run into the timeline"),
                     Glyph::Fit, MenuId::View),
                 &C::fitTimeline),
        // Only the user's toggle tells the timeline, so that syncing the mark moves nothing.
        checks(row(ActionId::Follow, "actionFollow",
                   QT_TRANSLATE_NOOP("ys::ui::MainWindow", "F&ollow the current event"), {K(Qt::Key_F)},
                   QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Keep the current event in view"), std::nullopt,
                   MenuId::View),
               &C::setFollow, true),
        afterSeparator(checks(
            row(ActionId::Presentation, "actionPresentation",
                QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Presentation mode"), {K(Qt::Key_F11)},
                QT_TRANSLATE_NOOP("ys::ui::MainWindow",
                                  "Full screen, with larger code, timeline and narration for a classroom"),
                std::nullopt, MenuId::View),
            &C::setPresentation, false, true)),
        checks(row(ActionId::Quiz, "actionQuiz", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Quiz mode"),
                   {K(Qt::Key_Q)},
                   QT_TRANSLATE_NOOP("ys::ui::MainWindow",
                                     "Before each event, the class guesses what happens next"),
                   std::nullopt, MenuId::View),
               &C::setQuiz, false, true),
        afterSeparator(triggers(
            row(ActionId::Compare, "actionCompare",
                QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Compare two runs…"), {K(Qt::CTRL | Qt::Key_K)},
                QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Two runs on one time axis, stepped together"),
                std::nullopt, MenuId::View),
            &C::compareRuns)),
    };
}

// The texts of `d` on its action: the table translates them when it is made.
void applyTexts(QAction& a, const ActionDescriptor& d)
{
    a.setText(d.text);
    const QString key = d.shortcuts.isEmpty() ? QString() : d.shortcuts.first().toString(K::NativeText);
    a.setToolTip(key.isEmpty() ? d.tip : QStringLiteral("%1 (%2)").arg(d.tip, key));
    a.setStatusTip(d.tip);
}

} // namespace

QList<ActionDescriptor> actionTable()
{
    QList<ActionDescriptor> table = runRows();
    table << triggers(row(ActionId::Defaults, "actionDefaults",
                          QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Reset &parameters to defaults"),
                          {K(Qt::CTRL | Qt::Key_D)},
                          QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Set every parameter back to its default"),
                          std::nullopt, MenuId::Demo),
                      &C::resetParameters);
    table << viewRows();
    table << afterSeparator(triggers(
        row(ActionId::Quit, "actionQuit", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Quit"), {K(K::Quit)},
            QT_TRANSLATE_NOOP("ys::ui::MainWindow", "Close Yieldscope"), std::nullopt, MenuId::File),
        &C::quit));
    table << triggers(row(ActionId::Shortcuts, "actionShortcuts",
                          QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&Keyboard shortcuts"),
                          {K(K::HelpContents)}, QT_TRANSLATE_NOOP("ys::ui::MainWindow", "List the keys"),
                          std::nullopt, MenuId::Help),
                      &C::showShortcuts);
    table << triggers(
        row(ActionId::About, "actionAbout", QT_TRANSLATE_NOOP("ys::ui::MainWindow", "&About Yieldscope"), {},
            QT_TRANSLATE_NOOP("ys::ui::MainWindow", "About Yieldscope"), std::nullopt, MenuId::Help),
        &C::showAbout);
    return table;
}

WindowActions::WindowActions(QWidget& window, WindowCommands& commands)
    : QObject(&window), table_(actionTable())
{
    for (const ActionDescriptor& d : table_) {
        auto* a = new QAction(&window);
        a->setObjectName(d.objectName);
        a->setShortcuts(d.shortcuts);
        applyTexts(*a, d);
        if (d.icon) a->setIcon(glyphIcon(*d.icon));
        a->setShortcutContext(Qt::WindowShortcut);
        a->setCheckable(d.checkable);
        a->setChecked(d.checked);
        a->setEnabled(d.enabled);
        window.addAction(a);
        if (d.trigger != nullptr)
            connect(a, &QAction::triggered, this,
                    [&commands, handler = d.trigger] { (commands.*handler)(); });
        if (d.check != nullptr) {
            auto handler = [&commands, handler = d.check](bool on) { (commands.*handler)(on); };
            if (d.onEveryToggle)
                connect(a, &QAction::toggled, this, handler);
            else
                connect(a, &QAction::triggered, this, handler);
        }
        actions_.at(static_cast<std::size_t>(d.id)) = a;
    }
}

void WindowActions::retranslate()
{
    // The table again, read in the language installed now; the actions keep their state.
    table_ = actionTable();
    for (const ActionDescriptor& d : table_)
        applyTexts(*action(d.id), d);
}

void WindowActions::refreshIcons()
{
    for (const ActionDescriptor& d : table_) {
        QAction* a = action(d.id);
        if (d.icon) a->setIcon(a->icon());
    }
}

} // namespace ys::ui
