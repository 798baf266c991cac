// SPDX-License-Identifier: MIT
// The transport of a Player: Play/Pause, Step back, Step, Start, End, Faster, Slower, and the
// speed chooser, built from one table, so every window that plays runs has the same texts,
// keys, icons and object names, and they drive the player the same way.
//
// The actions are added to the window (their shortcuts work anywhere in it); the window puts
// them in its toolbar and menus. The transport does not know when the source's cursor moves:
// its owner calls refresh() then.
#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QString>

#include <array>
#include <cstddef>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;
class QWidget;

namespace ys::ui {

class Player;

enum class Transport { PlayPause, Step, StepBack, Start, End, Faster, Slower };

class TransportActions : public QObject {
    Q_OBJECT

public:
    // What the actions play, which sets their object names ("actionPlay" for one run, as the
    // main window's; "compareActionPlay" for two) and the wording of their tips.
    enum class Runs { One, Two };

    static constexpr std::size_t kCount = 7;

    TransportActions(Player& player, QWidget& window, Runs runs = Runs::One);

    QAction* action(Transport which) const { return actions_[static_cast<std::size_t>(which)]; }
    // Every action, in the table's order.
    QList<QAction*> all() const;
    // Start, Step back, Play, Step, End: the toolbar's order.
    QList<QAction*> toolBarActions() const;
    // Adds "Speed" and its chooser to `bar`; the chooser and the player's speed follow each
    // other (Faster and Slower move both).
    QComboBox* addSpeedChooser(QToolBar& bar);
    QComboBox* speedChooser() const { return speedChooser_; }
    // "¼×", "2×"
    static QString speedText(double speed);
    static bool offersSpeed(double speed);
    // Plays at `speed` (the chooser follows) if it is one of Player::kSpeeds; false, and nothing
    // changes, otherwise (a speed read from a settings file).
    bool chooseSpeed(double speed);
    double speed() const;

    // Lets `which` do something else when triggered (the main window's Step asks the quiz first).
    void setTrigger(Transport which, std::function<void()> trigger);
    // Makes the icons again: they draw in the palette's colours.
    void refreshIcons();
    // The texts and tips again, in the language installed now; the actions keep their keys,
    // check marks and enabled state.
    void retranslate();

public slots:
    // Enables the moves that are possible where the source's cursor is, and words Play for
    // the player's state.
    void refresh();

private:
    void changeSpeed(int steps);
    void applyRowTexts();
    void applySpeedTexts();

    Player& player_;
    Runs runs_;
    std::array<QAction*, kCount> actions_{};
    std::array<QMetaObject::Connection, kCount> triggers_{};
    QLabel* speedLabel_ = nullptr;
    QComboBox* speedChooser_ = nullptr;
};

} // namespace ys::ui
