// SPDX-License-Identifier: MIT
// The main window's parts on their own: the action table (every action named, worded, keyed
// without collisions, and doing what its row says), File > Open Recent, the status line's text,
// the speeds offered, and where the menus and the tool bar put them, with the transport, in a
// whole window.
#include "core/demos/demo.hpp"
#include "ui/panels/console_panel.hpp"
#include "ui/panels/console_view.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/session/transport_actions.hpp"
#include "ui/window/action_table.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/menus.hpp"
#include "ui/window/recent_files_menu.hpp"
#include "ui/window/status_line.hpp"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QWidget>

#include <algorithm>
#include <functional>

Q_DECLARE_METATYPE(ys::ui::StatusLine::Facts)

using namespace ys;
using ui::ActionDescriptor;
using ui::ActionId;
using ui::RecentFilesMenu;
using ui::StatusLine;

namespace {

// Records what each action asked for, by name.
class RecordingCommands : public ui::WindowCommands {
public:
    QStringList calls;

    void stopRunning() override { calls << "stopRunning"; }
    void reset() override { calls << "reset"; }
    void resetParameters() override { calls << "resetParameters"; }
    void zoomIn() override { calls << "zoomIn"; }
    void zoomOut() override { calls << "zoomOut"; }
    void fitTimeline() override { calls << "fitTimeline"; }
    void setFollow(bool on) override { calls << QStringLiteral("setFollow %1").arg(on); }
    void setPresentation(bool on) override { calls << QStringLiteral("setPresentation %1").arg(on); }
    void setQuiz(bool on) override { calls << QStringLiteral("setQuiz %1").arg(on); }
    void compareRuns() override { calls << "compareRuns"; }
    void quit() override { calls << "quit"; }
    void showShortcuts() override { calls << "showShortcuts"; }
    void showAbout() override { calls << "showAbout"; }
};

// Every action of a menu bar, submenus included.
QList<QAction*> menuActions(const QMenuBar& bar)
{
    QList<QAction*> out;
    std::function<void(const QMenu&)> walk = [&](const QMenu& menu) {
        for (QAction* a : menu.actions()) {
            if (a->isSeparator()) continue;
            if (a->menu() != nullptr) {
                walk(*a->menu());
            } else {
                out << a;
            }
        }
    };
    for (QAction* top : bar.actions()) {
        if (top->menu() != nullptr) walk(*top->menu());
    }
    return out;
}

} // namespace

class TestWindowParts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Counts read with their thousands grouped, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void everyRowIsNamedWordedAndHandled()
    {
        QSet<QString> names;
        QSet<ActionId> ids;
        for (const ActionDescriptor& d : ui::actionTable()) {
            QVERIFY2(!d.objectName.isEmpty(), qPrintable(d.text));
            QVERIFY2(!names.contains(d.objectName), qPrintable(d.objectName));
            names.insert(d.objectName);
            QVERIFY2(!ids.contains(d.id), qPrintable(d.objectName));
            ids.insert(d.id);
            QVERIFY2(!d.text.isEmpty(), qPrintable(d.objectName));
            QVERIFY2(!d.tip.isEmpty(), qPrintable(d.objectName));
            // A checkable action is told its state; any other, only that it was triggered.
            QVERIFY2((d.check != nullptr) == d.checkable, qPrintable(d.objectName));
            QVERIFY2((d.trigger != nullptr) != d.checkable, qPrintable(d.objectName));
        }
        QCOMPARE(ids.size(), ui::kActionCount);
    }

    // Help > Keyboard shortcuts lists the window's actions with keys, each once, the transport first.
    void shortcutListNamesEachKeyOnce()
    {
        ui::MainWindow window;
        const QList<QAction*> listed =
            ui::shortcutList(*window.findChild<ui::WindowActions*>(), window.transport());
        QStringList names;
        for (const QAction* a : listed) {
            QVERIFY(!a->shortcuts().isEmpty());
            names << a->objectName();
        }
        QCOMPARE(names, (QStringList{"actionPlay", "actionStep", "actionStepBack", "actionStart", "actionEnd",
                                     "actionStop", "actionReset", "actionFaster", "actionSlower",
                                     "actionFollow", "actionZoomIn", "actionZoomOut", "actionFit",
                                     "actionPresentation", "actionQuiz"}));
    }

    // The Run menu and the tool bar hold the transport around the window's own actions, in the
    // order they always had ("|" a separator).
    void runMenuAndToolBarOrder()
    {
        ui::MainWindow window;
        auto names = [](const QList<QAction*>& actions) {
            QStringList out;
            for (const QAction* a : actions) {
                if (a->isSeparator()) {
                    out << QStringLiteral("|");
                } else if (!a->objectName().isEmpty()) {
                    out << a->objectName();
                }
            }
            return out;
        };
        QMenu* run = nullptr;
        for (QAction* top : window.menuBar()->actions()) {
            if (top->text() == QStringLiteral("&Run")) run = top->menu();
        }
        QVERIFY(run != nullptr);
        QCOMPARE(names(run->actions()),
                 (QStringList{"actionPlay", "actionStep", "actionStepBack", "|", "actionStart", "actionEnd",
                              "actionStop", "actionReset", "|", "actionFaster", "actionSlower"}));
        auto* bar = window.findChild<QToolBar*>(QStringLiteral("playbackToolBar"));
        QVERIFY(bar != nullptr);
        QCOMPARE(names(bar->actions()).mid(0, 8),
                 (QStringList{"actionStart", "actionStepBack", "actionPlay", "actionStep", "actionEnd", "|",
                              "actionReset", "|"}));
        QCOMPARE(names(bar->actions()).mid(8).filter(QStringLiteral("action")),
                 (QStringList{"actionZoomOut", "actionZoomIn", "actionFit"}));
        QVERIFY(bar->findChild<QComboBox*>(QStringLiteral("speedChooser")) == window.speedChooser());
    }

    void shortcutsDoNotCollide()
    {
        QHash<QString, QString> owner;
        for (const ActionDescriptor& d : ui::actionTable()) {
            for (const QKeySequence& key : d.shortcuts) {
                const QString text = key.toString();
                QVERIFY2(!text.isEmpty(), qPrintable(d.objectName));
                QVERIFY2(
                    !owner.contains(text),
                    qPrintable(QStringLiteral("%1: %2 and %3").arg(text, owner.value(text), d.objectName)));
                owner.insert(text, d.objectName);
            }
        }
    }

    // With the file actions, the demos and the notes as well: no two actions of the window
    // answer the same key.
    void windowShortcutsDoNotCollide()
    {
        ui::MainWindow window;
        QHash<QString, QString> owner;
        for (QAction* a : menuActions(*window.menuBar())) {
            for (const QKeySequence& key : a->shortcuts()) {
                const QString text = key.toString();
                QVERIFY2(!owner.contains(text),
                         qPrintable(QStringLiteral("%1: %2 and %3").arg(text, owner.value(text), a->text())));
                owner.insert(text, a->text());
            }
        }
        QVERIFY(owner.contains(QStringLiteral("Space")));
        QVERIFY(owner.contains(QKeySequence(QKeySequence::Open).toString()));
    }

    void triggeringCallsItsCommand_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("call");
        QTest::newRow("reset") << "actionReset"
                               << "reset";
        QTest::newRow("defaults") << "actionDefaults"
                                  << "resetParameters";
        QTest::newRow("zoom in") << "actionZoomIn"
                                 << "zoomIn";
        QTest::newRow("zoom out") << "actionZoomOut"
                                  << "zoomOut";
        QTest::newRow("fit") << "actionFit"
                             << "fitTimeline";
        QTest::newRow("follow: starts on") << "actionFollow"
                                           << "setFollow 0";
        QTest::newRow("presentation") << "actionPresentation"
                                      << "setPresentation 1";
        QTest::newRow("quiz") << "actionQuiz"
                              << "setQuiz 1";
        QTest::newRow("compare") << "actionCompare"
                                 << "compareRuns";
        QTest::newRow("quit") << "actionQuit"
                              << "quit";
        QTest::newRow("shortcuts") << "actionShortcuts"
                                   << "showShortcuts";
        QTest::newRow("about") << "actionAbout"
                               << "showAbout";
    }

    void triggeringCallsItsCommand()
    {
        QFETCH(QString, name);
        QFETCH(QString, call);
        QWidget window;
        RecordingCommands commands;
        ui::WindowActions actions(window, commands);
        auto* a = window.findChild<QAction*>(name);
        QVERIFY(a != nullptr);
        QVERIFY(window.actions().contains(a)); // its keys work anywhere in the window
        a->trigger();
        QCOMPARE(commands.calls, QStringList{call});
    }

    // Stop is enabled only while a run goes to its end: Esc is free otherwise.
    void stopStartsDisabled()
    {
        QWidget window;
        RecordingCommands commands;
        ui::WindowActions actions(window, commands);
        QVERIFY(!actions.action(ActionId::Stop)->isEnabled());
        actions.action(ActionId::Stop)->trigger();
        QVERIFY(commands.calls.isEmpty());
        QCOMPARE(actions.action(ActionId::Stop)->shortcuts(),
                 QList<QKeySequence>{QKeySequence(Qt::Key_Escape)});
    }

    // The window's own change of a check mark reaches presentation mode and quiz mode (they
    // follow every toggle), but not the timeline's following (only the user's toggle does).
    void checkMarksFollowTheirRows()
    {
        QWidget window;
        RecordingCommands commands;
        ui::WindowActions actions(window, commands);
        actions.action(ActionId::Presentation)->setChecked(true);
        actions.action(ActionId::Quiz)->setChecked(true);
        actions.action(ActionId::Follow)->setChecked(false);
        QCOMPARE(commands.calls, (QStringList{"setPresentation 1", "setQuiz 1"}));
    }

    void recentFilesNewestFirst()
    {
        QWidget parent;
        RecentFilesMenu recent(&parent);
        QSignalSpy changed(&recent, &RecentFilesMenu::filesChanged);
        recent.add(QStringLiteral("/a/one.jsonl"));
        recent.add(QStringLiteral("/a/two & three.jsonl"));
        recent.add(QStringLiteral("/a/one.jsonl")); // again: to the front, once
        QCOMPARE(recent.files(), (QStringList{"/a/one.jsonl", "/a/two & three.jsonl"}));
        QCOMPARE(changed.count(), 3);
        const QList<QAction*> items = recent.menu()->actions();
        QCOMPARE(items.size(), 4); // two files, a separator, Clear
        QCOMPARE(items.at(0)->text(), QStringLiteral("&1  one.jsonl"));
        QCOMPARE(items.at(1)->text(), QStringLiteral("&2  two && three.jsonl"));
        QCOMPARE(items.at(1)->statusTip(), QStringLiteral("/a/two & three.jsonl"));
        QSignalSpy open(&recent, &RecentFilesMenu::openRequested);
        items.at(1)->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("/a/two & three.jsonl"));
    }

    void recentFilesKeepEight()
    {
        QWidget parent;
        RecentFilesMenu recent(&parent);
        for (int i = 0; i < 12; ++i)
            recent.add(QStringLiteral("/f/%1.jsonl").arg(i));
        QCOMPARE(recent.files().size(), RecentFilesMenu::kMaxFiles);
        QCOMPARE(recent.files().first(), QStringLiteral("/f/11.jsonl"));
        QCOMPARE(recent.files().last(), QStringLiteral("/f/4.jsonl"));
    }

    void recentFilesReadBack()
    {
        QWidget parent;
        RecentFilesMenu recent(&parent);
        QSignalSpy changed(&recent, &RecentFilesMenu::filesChanged);
        recent.setFiles({"/x.jsonl", "", "/x.jsonl", "/y.jsonl"});
        QCOMPARE(recent.files(), (QStringList{"/x.jsonl", "/y.jsonl"}));
        QCOMPARE(changed.count(), 0); // what was read back need not be written again
    }

    void recentFilesClear()
    {
        QWidget parent;
        RecentFilesMenu recent(&parent);
        auto* clear = recent.menu()->findChild<QAction*>(QStringLiteral("actionClearRecent"));
        QVERIFY(clear != nullptr);
        QVERIFY(!clear->isEnabled()); // nothing to clear
        recent.add(QStringLiteral("/a.jsonl"));
        clear = recent.menu()->findChild<QAction*>(QStringLiteral("actionClearRecent"));
        QVERIFY(clear->isEnabled());
        QSignalSpy changed(&recent, &RecentFilesMenu::filesChanged);
        clear->trigger();
        QVERIFY(recent.files().isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(recent.menu()->actions().size(), 1);
    }

    // File > Open Recent sits right after Open, in every window (with or without preferences).
    void openRecentFollowsOpen()
    {
        ui::MainWindow window;
        QMenu* file = window.menuBar()->actions().first()->menu();
        QVERIFY(file != nullptr);
        const QList<QAction*> items = file->actions();
        QCOMPARE(items.at(0)->objectName(), QStringLiteral("actionOpen"));
        QCOMPARE(items.at(1)->menu(), window.recentFiles().menu());
        QCOMPARE(items.at(2)->objectName(), QStringLiteral("actionSave"));
        QCOMPARE(items.last()->objectName(), QStringLiteral("actionQuit"));
    }

    void menusInOrder()
    {
        ui::MainWindow window;
        QStringList titles;
        for (QAction* top : window.menuBar()->actions())
            titles << top->text();
        QCOMPARE(titles, (QStringList{"&File", "&Demo", "&Run", "&View", "&Notes", "&Help"}));
    }

    void statusText_data()
    {
        QTest::addColumn<StatusLine::Facts>("facts");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("state");
        QTest::newRow("ready") << StatusLine::Facts{} << "t = 0 ms"
                               << "no event yet (0 recorded)"
                               << "ready";
        QTest::newRow("running") << StatusLine::Facts{1500, true, 2, 7, false, false} << "t = 1500 ms"
                                 << "event 3 of 7"
                                 << "● running";
        QTest::newRow("ended") << StatusLine::Facts{9000, true, 6, 7, false, true} << "t = 9000 ms"
                               << "event 7 of 7"
                               << "■ run ended";
        QTest::newRow("jumping from the start")
            << StatusLine::Facts{0, false, 0, 12345, true, false} << "t = 0 ms"
            << "no event yet (12,345 recorded)"
            << "▶▶ running to the end… 12,345 events (Esc to stop)";
    }

    void statusText()
    {
        QFETCH(StatusLine::Facts, facts);
        QFETCH(QString, time);
        QFETCH(QString, event);
        QFETCH(QString, state);
        QCOMPARE(StatusLine::timeText(facts), time);
        QCOMPARE(StatusLine::eventText(facts), event);
        QCOMPARE(StatusLine::stateText(facts), state);
    }

    // The window's status line reads its session.
    void statusLineOfAWindow()
    {
        ui::MainWindow window;
        QCOMPARE(window.statusText(), QStringLiteral("t = 0 ms · no event yet (0 recorded) · ready"));
        window.findChild<QAction*>(QStringLiteral("actionStep"))->trigger();
        QVERIFY2(window.statusText().contains(QStringLiteral("event 1 of")), qPrintable(window.statusText()));
    }

    // A panel on its own follows the session's signals: a new run, each step, back to the start.
    void consolePanelFollowsTheSession()
    {
        ui::RunSession session;
        ui::ConsolePanel panel(session, nullptr);
        panel.followSession();
        auto text = [&panel] { return panel.view()->toPlainText(); };
        session.start(*findDemo("countdown"), findDemo("countdown")->defaults());
        QCOMPARE(panel.title()->text(), QStringLiteral("Console"));
        QCOMPARE(text(), QString());
        while (text().isEmpty() && session.stepForward()) {
        }
        QCOMPARE(text(), QStringLiteral("3"));
        QCOMPARE(panel.title()->text(), QStringLiteral("Console (1 output)"));
        session.jumpToStart();
        QCOMPARE(text(), QString());
        QCOMPARE(panel.title()->text(), QStringLiteral("Console"));
        delete panel.widget(); // the panel's widgets belong to whoever lays them out
    }

    void speedsOffered()
    {
        using ui::TransportActions;
        const QList<double> speeds(ui::Player::kSpeeds.begin(), ui::Player::kSpeeds.end());
        QCOMPARE(speeds, (QList<double>{0.25, 0.5, 1.0, 2.0, 4.0, 8.0}));
        QVERIFY(std::is_sorted(speeds.begin(), speeds.end()));
        QVERIFY(TransportActions::offersSpeed(4.0));
        QVERIFY(!TransportActions::offersSpeed(3.0));
        QCOMPARE(TransportActions::speedText(0.25), QStringLiteral("¼×"));
        QCOMPARE(TransportActions::speedText(2.0), QStringLiteral("2×"));
        // A speed read from a settings file: only an offered one is taken.
        ui::MainWindow window;
        QVERIFY(!window.transport().chooseSpeed(3.0));
        QCOMPARE(window.transport().speed(), 1.0);
        QVERIFY(window.transport().chooseSpeed(4.0));
        QCOMPARE(window.speedChooser()->currentData().toDouble(), 4.0);
    }
};

QTEST_MAIN(TestWindowParts)
#include "tst_ui_window_parts.moc"
