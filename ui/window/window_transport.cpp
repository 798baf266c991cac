// SPDX-License-Identifier: MIT
#include "ui/window/window_transport.hpp"

#include "player.hpp"
#include "quiz/quiz_session.hpp"
#include "run_session.hpp"
#include "ui/window/action_table.hpp"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QToolBar>

#include <algorithm>

namespace ys::ui {
namespace {

constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0};
constexpr int kSpeedCount = static_cast<int>(std::size(kSpeeds));
constexpr int kDefaultSpeedIndex = 2;

} // namespace

QList<double> WindowTransport::speeds() { return {std::begin(kSpeeds), std::end(kSpeeds)}; }

bool WindowTransport::offersSpeed(double speed)
{
    return std::find(std::begin(kSpeeds), std::end(kSpeeds), speed) != std::end(kSpeeds);
}

QString WindowTransport::speedText(double speed)
{
    if (speed == 0.25) return QStringLiteral("¼×");
    if (speed == 0.5) return QStringLiteral("½×");
    return QString::number(speed) + QStringLiteral("×");
}

WindowTransport::WindowTransport(RunSession& session, Player& player, QuizSession& quiz,
                                 const WindowActions& actions, QObject* parent)
    : QObject(parent), session_(session), player_(player), quiz_(quiz), actions_(actions)
{
    // In quiz mode Play asks the next question instead of running on past it.
    connect(&player_, &Player::playingChanged, this, [this](bool playing) {
        if (!playing || !quiz_.enabled()) return;
        player_.pause();
        quiz_.stepForward();
    });
}

void WindowTransport::play()
{
    // While a jump to the end runs, Play reads Pause and stops it.
    if (session_.jumping()) {
        session_.cancelJump();
        return;
    }
    player_.toggle();
}

void WindowTransport::step()
{
    player_.pause();
    quiz_.stepForward(); // in quiz mode: the question before the event
}

void WindowTransport::stepBack()
{
    player_.pause();
    session_.stepBack();
}

void WindowTransport::toStart()
{
    player_.pause();
    session_.jumpToStart();
}

void WindowTransport::toEnd()
{
    player_.pause();
    session_.jumpToEnd();
}

void WindowTransport::stopRunning() { session_.cancelJump(); }

void WindowTransport::faster() { setSpeedIndex(speedChooser_->currentIndex() + 1); }

void WindowTransport::slower() { setSpeedIndex(speedChooser_->currentIndex() - 1); }

void WindowTransport::setSpeedIndex(int index)
{
    speedChooser_->setCurrentIndex(std::clamp(index, 0, kSpeedCount - 1));
}

void WindowTransport::addSpeedChooser(QToolBar& bar)
{
    auto* label = new QLabel(tr("  Sp&eed "), &bar);
    speedChooser_ = new QComboBox(&bar);
    speedChooser_->setObjectName(QStringLiteral("speedChooser"));
    for (double s : kSpeeds)
        speedChooser_->addItem(speedText(s), s);
    speedChooser_->setCurrentIndex(kDefaultSpeedIndex);
    speedChooser_->setAccessibleName(tr("Playback speed"));
    speedChooser_->setToolTip(tr("How fast Play runs through virtual time ([ slower, ] faster)"));
    speedChooser_->setFocusPolicy(Qt::StrongFocus);
    label->setBuddy(speedChooser_);
    connect(speedChooser_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) player_.setSpeed(kSpeeds[index]);
    });
    connect(&player_, &Player::speedChanged, this, [this](double speed) {
        const auto* it = std::find(std::begin(kSpeeds), std::end(kSpeeds), speed);
        if (it != std::end(kSpeeds))
            speedChooser_->setCurrentIndex(static_cast<int>(it - std::begin(kSpeeds)));
    });
    bar.addWidget(label);
    bar.addWidget(speedChooser_);
}

void WindowTransport::followSession()
{
    connect(&session_, &RunSession::runStarted, this, &WindowTransport::refresh);
    connect(&session_, &RunSession::cursorChanged, this, &WindowTransport::refresh);
    connect(&session_, &RunSession::finishedChanged, this, &WindowTransport::refresh);
    connect(&session_, &RunSession::jumpingChanged, this, &WindowTransport::refresh);
    connect(&player_, &Player::playingChanged, this, &WindowTransport::refresh);
}

void WindowTransport::refresh()
{
    const bool jumping = session_.jumping();
    const bool playing = player_.playing() || jumping;
    QAction* play = actions_.action(ActionId::Play);
    play->setText(playing ? tr("&Pause") : tr("&Play"));
    play->setIcon(glyphIcon(playing ? Glyph::Pause : Glyph::Play));
    play->setToolTip(jumping   ? tr("Stop running to the end (Space, Esc)")
                     : playing ? tr("Pause (Space)")
                               : tr("Play the run at the chosen speed (Space)"));
    actions_.action(ActionId::Stop)->setEnabled(jumping);
    actions_.action(ActionId::Step)->setEnabled(session_.canStepForward());
    actions_.action(ActionId::End)->setEnabled(!session_.atEnd() && !session_.jumping());
    actions_.action(ActionId::StepBack)->setEnabled(session_.canStepBack());
    actions_.action(ActionId::Start)->setEnabled(session_.hasCursor());
}

} // namespace ys::ui
