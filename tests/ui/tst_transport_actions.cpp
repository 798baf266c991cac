// SPDX-License-Identifier: MIT
// The transport built from one table: every action has its own object name and keys, each key
// drives the player, the speed chooser and the player's speed follow each other, and the
// actions for one run are the main window's own (texts, keys, tips, icons, object names).
#include "core/demos/demo.hpp"
#include "tests/ui/fake_playback_clock.hpp"
#include "ui/session/playback_source.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/session/transport_actions.hpp"
#include "ui/window/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

#include <map>
#include <memory>

using namespace ys;
using ys::ui::Player;
using ys::ui::Transport;
using ys::ui::TransportActions;

namespace {

// A source that counts what it is asked to do.
class CountingSource : public ui::PlaybackSource {
public:
    std::map<QString, int> calls;
    bool start = true;
    bool end = false;
    bool working = false;

    bool atStart() const override { return start; }
    bool atEnd() const override { return end; }
    std::optional<NextEvent> nextEvent() override { return NextEvent{0, 1000}; }
    bool stepForward() override { return count("stepForward"); }
    bool stepBack() override { return count("stepBack"); }
    void jumpToStart() override { count("jumpToStart"); }
    void jumpToEnd() override { count("jumpToEnd"); }
    bool busy() const override { return working; }
    void cancelBusy() override { count("cancelBusy"); }

private:
    bool count(const char* what)
    {
        ++calls[QString::fromLatin1(what)];
        return true;
    }
};

// The main window's icons are drawn, not loaded: compare what they draw.
QImage iconImage(const QAction* a) { return a->icon().pixmap(QSize(28, 28)).toImage(); }

} // namespace

class TestTransportActions : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CountingSource> source_;
    FakePlaybackClock clock_;
    std::unique_ptr<QWidget> window_;
    std::unique_ptr<Player> player_;
    TransportActions* transport_ = nullptr;

private slots:
    void init()
    {
        source_ = std::make_unique<CountingSource>();
        window_ = std::make_unique<QWidget>();
        player_ = std::make_unique<Player>(*source_);
        player_->setClock(&clock_);
        transport_ = new TransportActions(*player_, *window_, TransportActions::Runs::Two);
        window_->resize(400, 300);
        window_->show();
        QApplication::setActiveWindow(window_.get());
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    }
    void cleanup()
    {
        window_.reset(); // the actions go with it
        player_.reset();
        source_.reset();
    }

    void everyActionHasItsOwnNameAndKeys_data()
    {
        QTest::addColumn<int>("runs");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("one run") << static_cast<int>(TransportActions::Runs::One) << "action";
        QTest::newRow("two runs") << static_cast<int>(TransportActions::Runs::Two) << "compareAction";
    }
    void everyActionHasItsOwnNameAndKeys()
    {
        QFETCH(int, runs);
        QFETCH(QString, prefix);
        QWidget window;
        Player player(*source_);
        TransportActions transport(player, window, static_cast<TransportActions::Runs>(runs));
        QCOMPARE(transport.all().size(), static_cast<qsizetype>(TransportActions::kCount));
        QSet<QString> names;
        QSet<QKeySequence> keys;
        for (QAction* a : transport.all()) {
            QVERIFY2(a->objectName().startsWith(prefix), qPrintable(a->objectName()));
            QVERIFY2(!names.contains(a->objectName()), qPrintable(a->objectName()));
            names.insert(a->objectName());
            QVERIFY2(!a->shortcuts().isEmpty(), qPrintable(a->objectName()));
            for (const QKeySequence& key : a->shortcuts()) {
                QVERIFY2(!keys.contains(key), qPrintable(key.toString()));
                keys.insert(key);
            }
            QVERIFY(window.actions().contains(a));
            QCOMPARE(a->shortcutContext(), Qt::WindowShortcut);
            QVERIFY(!a->text().isEmpty());
            QVERIFY(!a->statusTip().isEmpty());
        }
        for (const char* name : {"Play", "Step", "StepBack", "Start", "End", "Faster", "Slower"})
            QVERIFY2(names.contains(prefix + name), name);
        QCOMPARE(transport.toolBarActions(),
                 QList<QAction*>({transport.action(Transport::Start), transport.action(Transport::StepBack),
                                  transport.action(Transport::PlayPause), transport.action(Transport::Step),
                                  transport.action(Transport::End)}));
    }

    // Every key reaches the player, which pauses and moves the source.
    void keysDriveThePlayer_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("call");
        QTest::newRow("Right") << int(Qt::Key_Right) << "stepForward";
        QTest::newRow("Page Down") << int(Qt::Key_PageDown) << "stepForward";
        QTest::newRow("Left") << int(Qt::Key_Left) << "stepBack";
        QTest::newRow("Page Up") << int(Qt::Key_PageUp) << "stepBack";
        QTest::newRow("Home") << int(Qt::Key_Home) << "jumpToStart";
        QTest::newRow("End") << int(Qt::Key_End) << "jumpToEnd";
    }
    void keysDriveThePlayer()
    {
        QFETCH(int, key);
        QFETCH(QString, call);
        source_->start = false; // every move is possible
        transport_->refresh();
        player_->play();
        QVERIFY(player_->playing());
        QTest::keyClick(window_.get(), static_cast<Qt::Key>(key));
        QCOMPARE(source_->calls[call], 1);
        QCOMPARE(static_cast<int>(source_->calls.size()), 1);
        QVERIFY(!player_->playing()); // a move pauses first
        QVERIFY(!clock_.pending());
    }

    void spacePlaysAndPauses()
    {
        QAction* play = transport_->action(Transport::PlayPause);
        QCOMPARE(play->text(), QStringLiteral("&Play"));
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QVERIFY(player_->playing());
        QCOMPARE(play->text(), QStringLiteral("&Pause"));
        QVERIFY(clock_.pending());
        QCOMPARE(clock_.waits().back(), Player::waitMs(0, 1000, 1.0));
        clock_.advance(1000);
        QCOMPARE(source_->calls["stepForward"], 1);
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QVERIFY(!player_->playing());
        QCOMPARE(play->text(), QStringLiteral("&Play"));
        // While the source works (a run running to its end), Space stops that instead.
        source_->working = true;
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QCOMPARE(source_->calls["cancelBusy"], 1);
        QVERIFY(!player_->playing());
    }

    void movesAreEnabledWhereTheyArePossible()
    {
        auto enabled = [this](Transport t) { return transport_->action(t)->isEnabled(); };
        QVERIFY(!enabled(Transport::Start));
        QVERIFY(!enabled(Transport::StepBack));
        QVERIFY(enabled(Transport::Step));
        QVERIFY(enabled(Transport::End));
        source_->start = false;
        source_->end = true;
        transport_->refresh();
        QVERIFY(enabled(Transport::Start));
        QVERIFY(enabled(Transport::StepBack));
        QVERIFY(!enabled(Transport::Step));
        QVERIFY(!enabled(Transport::End));
        // A disabled action's key does nothing.
        QTest::keyClick(window_.get(), Qt::Key_Right);
        QCOMPARE(source_->calls["stepForward"], 0);
    }

    // ] and [ walk the speeds; the chooser shows the player's speed and sets it.
    void speedKeysAndChooser()
    {
        QToolBar bar(window_.get());
        QComboBox* chooser = transport_->addSpeedChooser(bar);
        QCOMPARE(chooser, transport_->speedChooser());
        QCOMPARE(chooser->objectName(), QStringLiteral("speedChooser"));
        QCOMPARE(chooser->count(), static_cast<int>(Player::kSpeeds.size()));
        QCOMPARE(chooser->currentData().toDouble(), 1.0);
        QSignalSpy speed(player_.get(), &Player::speedChanged);
        QTest::keyClick(window_.get(), Qt::Key_BracketRight);
        QCOMPARE(player_->speed(), 2.0);
        QCOMPARE(chooser->currentText(), QStringLiteral("2×"));
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(window_.get(), Qt::Key_BracketRight);
        QCOMPARE(player_->speed(), Player::kMaxSpeed);
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(window_.get(), Qt::Key_BracketLeft);
        QCOMPARE(player_->speed(), Player::kMinSpeed);
        QCOMPARE(chooser->currentText(), QStringLiteral("¼×"));
        chooser->setCurrentIndex(4);
        QCOMPARE(player_->speed(), Player::kSpeeds[4]);
        // 2; 4, 8 (then no change at the top); 4, 2, 1, ½, ¼; 4.
        QCOMPARE(speed.count(), 9);
    }

    void aTriggerCanBeReplaced()
    {
        int asked = 0;
        transport_->setTrigger(Transport::Step, [&asked] { ++asked; });
        QTest::keyClick(window_.get(), Qt::Key_Right);
        QCOMPARE(asked, 1);
        QCOMPARE(source_->calls["stepForward"], 0);
    }

    // The actions for one run are the main window's: the switch to them changes nothing.
    void oneRunIsTheMainWindowsTransport()
    {
        ui::MainWindow main;
        ui::RunSession session;
        session.start(*findDemo("countdown"), findDemo("countdown")->defaults());
        Player player(session);
        QWidget window;
        TransportActions transport(player, window, TransportActions::Runs::One);
        auto mainAction = [&main](QAction* ours) -> QAction* {
            for (QAction* a : main.findChildren<QAction*>()) {
                const bool named = !a->objectName().isEmpty() && a->objectName() == ours->objectName();
                const bool unnamed = a->objectName().isEmpty() && a->text() == ours->text();
                if (named || unnamed) return a;
            }
            return nullptr;
        };
        for (QAction* ours : transport.all()) {
            QAction* theirs = mainAction(ours);
            QVERIFY2(theirs != nullptr, qPrintable(ours->objectName()));
            QCOMPARE(ours->text(), theirs->text());
            QCOMPARE(ours->shortcuts(), theirs->shortcuts());
            QCOMPARE(ours->toolTip(), theirs->toolTip());
            QCOMPARE(ours->statusTip(), theirs->statusTip());
            QCOMPARE(ours->shortcutContext(), theirs->shortcutContext());
            QCOMPARE(ours->isEnabled(), theirs->isEnabled());
            QCOMPARE(ours->icon().isNull(), theirs->icon().isNull());
            if (!ours->icon().isNull()) QCOMPARE(iconImage(ours), iconImage(theirs));
        }
        QToolBar bar(&window);
        QComboBox* ours = transport.addSpeedChooser(bar);
        QComboBox* theirs = main.speedChooser();
        QCOMPARE(ours->objectName(), theirs->objectName());
        QCOMPARE(ours->count(), theirs->count());
        for (int i = 0; i < ours->count(); ++i) {
            QCOMPARE(ours->itemText(i), theirs->itemText(i));
            QCOMPARE(ours->itemData(i), theirs->itemData(i));
        }
        QCOMPARE(ours->currentIndex(), theirs->currentIndex());
        QCOMPARE(ours->toolTip(), theirs->toolTip());
        QCOMPARE(ours->accessibleName(), theirs->accessibleName());
        QCOMPARE(ours->focusPolicy(), theirs->focusPolicy());
    }
};

QTEST_MAIN(TestTransportActions)
#include "tst_transport_actions.moc"
