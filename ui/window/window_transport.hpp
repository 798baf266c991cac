// SPDX-License-Identifier: MIT
// The main window's transport: what Play/Pause, the steps, Start, End, Stop and the speeds do,
// the speed chooser in the tool bar, and the transport actions' state (Play reads Pause while
// playing or running to the end; each is enabled only where it can go). In quiz mode a step or
// Play asks the next question before the event.
#pragma once

#include <QList>
#include <QObject>

class QComboBox;
class QToolBar;

namespace ys::ui {

class Player;
class QuizSession;
class RunSession;
class WindowActions;

class WindowTransport : public QObject {
    Q_OBJECT

public:
    WindowTransport(RunSession& session, Player& player, QuizSession& quiz, const WindowActions& actions,
                    QObject* parent);

    // The speeds offered, slowest first.
    static QList<double> speeds();
    static bool offersSpeed(double speed);
    // How a speed reads in the chooser (¼×, 2×).
    static QString speedText(double speed);

    void play();
    void step();
    void stepBack();
    void toStart();
    void toEnd();
    void stopRunning();
    void faster();
    void slower();

    // Adds "Speed" and its chooser to `bar`.
    void addSpeedChooser(QToolBar& bar);
    // From now on, keeps the actions' state with the session and the player.
    void followSession();
    // Sets the actions' state (also after a theme change: Play's icon draws in its colours).
    void refresh();

private:
    void setSpeedIndex(int index);

    RunSession& session_;
    Player& player_;
    QuizSession& quiz_;
    const WindowActions& actions_;
    QComboBox* speedChooser_ = nullptr;
};

} // namespace ys::ui
