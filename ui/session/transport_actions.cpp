// SPDX-License-Identifier: MIT
#include "ui/session/transport_actions.hpp"

#include "ui/session/playback_source.hpp"
#include "ui/session/player.hpp"
#include "ui/style/icons.hpp"

#include <QAction>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QToolBar>
#include <QWidget>

#include <algorithm>
#include <iterator>
#include <optional>

namespace ys::ui {
namespace {

struct TransportRow {
    Transport id;
    const char* name; // the object name after "action" / "compareAction"
    const char* text;
    // The first key is the one the tooltip names. Page Down / Page Up step as well: what a
    // presenter's remote clicker sends.
    std::array<Qt::Key, 2> keys;
    std::optional<Glyph> glyph; // the speed actions have no icon: they are in menus only
    const char* oneRunTip;
    const char* twoRunsTip;
};

// One row per action, in the order Transport lists them.
constexpr std::array<TransportRow, TransportActions::kCount> kRows{{
    {Transport::PlayPause,
     "Play",
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "&Play"),
     {Qt::Key_Space, Qt::Key_unknown},
     Glyph::Play,
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Play the run at the chosen speed, or pause it"),
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Play both runs in virtual time, or pause")},
    {Transport::Step,
     "Step",
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "&Step"),
     {Qt::Key_Right, Qt::Key_PageDown},
     Glyph::StepForward,
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Show the next event"),
     QT_TRANSLATE_NOOP("ys::ui::TransportActions",
                       "Show the next event of either run, whichever comes first in time")},
    {Transport::StepBack,
     "StepBack",
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Step &back"),
     {Qt::Key_Left, Qt::Key_PageUp},
     Glyph::StepBack,
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Show the previous event"),
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Undo the last step")},
    {Transport::Start,
     "Start",
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "&Start"),
     {Qt::Key_Home, Qt::Key_unknown},
     Glyph::JumpToStart,
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Jump to the start, before the first event"),
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Both runs back before their first event")},
    {Transport::End,
     "End",
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "&End"),
     {Qt::Key_End, Qt::Key_unknown},
     Glyph::JumpToEnd,
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Run to the end and show the last event"),
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Show both runs to their end")},
    {Transport::Faster,
     "Faster",
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "&Faster"),
     {Qt::Key_BracketRight, Qt::Key_unknown},
     std::nullopt,
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Play faster"),
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Play faster")},
    {Transport::Slower,
     "Slower",
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "S&lower"),
     {Qt::Key_BracketLeft, Qt::Key_unknown},
     std::nullopt,
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Play slower"),
     QT_TRANSLATE_NOOP("ys::ui::TransportActions", "Play slower")},
}};

constexpr bool rowsInOrder()
{
    for (std::size_t i = 0; i < kRows.size(); ++i) {
        if (static_cast<std::size_t>(kRows[i].id) != i) return false;
    }
    return true;
}
static_assert(rowsInOrder(), "kRows lists the actions in the order of Transport");

} // namespace

TransportActions::TransportActions(Player& player, QWidget& window, Runs runs)
    : QObject(&window), player_(player), runs_(runs)
{
    const QString prefix = runs == Runs::One ? QStringLiteral("action") : QStringLiteral("compareAction");
    for (const TransportRow& row : kRows) {
        auto* a = new QAction(this);
        a->setObjectName(prefix + QLatin1String(row.name));
        QList<QKeySequence> keys;
        for (Qt::Key key : row.keys) {
            if (key != Qt::Key_unknown) keys << QKeySequence(key);
        }
        a->setShortcuts(keys);
        if (row.glyph) a->setIcon(glyphIcon(*row.glyph));
        a->setShortcutContext(Qt::WindowShortcut);
        window.addAction(a);
        actions_[static_cast<std::size_t>(row.id)] = a;
    }
    applyRowTexts();

    setTrigger(Transport::PlayPause, [this] { player_.playOrPause(); });
    setTrigger(Transport::Step, [this] { player_.stepForward(); });
    setTrigger(Transport::StepBack, [this] { player_.stepBack(); });
    setTrigger(Transport::Start, [this] { player_.toStart(); });
    setTrigger(Transport::End, [this] { player_.toEnd(); });
    setTrigger(Transport::Faster, [this] { changeSpeed(+1); });
    setTrigger(Transport::Slower, [this] { changeSpeed(-1); });

    connect(&player_, &Player::playingChanged, this, &TransportActions::refresh);
    connect(&player_, &Player::speedChanged, this, [this](double speed) {
        if (speedChooser_ == nullptr) return;
        const auto* it = std::find(Player::kSpeeds.begin(), Player::kSpeeds.end(), speed);
        if (it != Player::kSpeeds.end())
            speedChooser_->setCurrentIndex(static_cast<int>(it - Player::kSpeeds.begin()));
    });
    refresh();
}

void TransportActions::applyRowTexts()
{
    for (const TransportRow& row : kRows) {
        QAction* a = action(row.id);
        a->setText(tr(row.text));
        const QString tip = tr(runs_ == Runs::One ? row.oneRunTip : row.twoRunsTip);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            tip, a->shortcuts().constFirst().toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
    }
}

void TransportActions::retranslate()
{
    applyRowTexts();
    if (speedLabel_ != nullptr) applySpeedTexts();
    refresh(); // Play's text and tip follow the player's state
}

void TransportActions::applySpeedTexts()
{
    speedLabel_->setText(tr("  Sp&eed "));
    speedChooser_->setAccessibleName(tr("Playback speed"));
    speedChooser_->setToolTip(tr("How fast Play runs through virtual time ([ slower, ] faster)"));
}

QList<QAction*> TransportActions::all() const { return {actions_.begin(), actions_.end()}; }

QList<QAction*> TransportActions::toolBarActions() const
{
    return {action(Transport::Start), action(Transport::StepBack), action(Transport::PlayPause),
            action(Transport::Step), action(Transport::End)};
}

void TransportActions::setTrigger(Transport which, std::function<void()> trigger)
{
    const auto i = static_cast<std::size_t>(which);
    disconnect(triggers_[i]);
    triggers_[i] = connect(actions_[i], &QAction::triggered, this, std::move(trigger));
}

QString TransportActions::speedText(double speed)
{
    if (speed == 0.25) return QStringLiteral("¼×");
    if (speed == 0.5) return QStringLiteral("½×");
    return QString::number(speed) + QStringLiteral("×");
}

bool TransportActions::offersSpeed(double speed)
{
    return std::find(Player::kSpeeds.begin(), Player::kSpeeds.end(), speed) != Player::kSpeeds.end();
}

bool TransportActions::chooseSpeed(double speed)
{
    if (!offersSpeed(speed)) return false;
    player_.setSpeed(speed);
    return true;
}

double TransportActions::speed() const { return player_.speed(); }

void TransportActions::refreshIcons()
{
    for (QAction* a : actions_) {
        if (!a->icon().isNull()) a->setIcon(a->icon());
    }
    refresh();
}

QComboBox* TransportActions::addSpeedChooser(QToolBar& bar)
{
    speedLabel_ = new QLabel(&bar);
    speedChooser_ = new QComboBox(&bar);
    speedChooser_->setObjectName(QStringLiteral("speedChooser"));
    for (double s : Player::kSpeeds)
        speedChooser_->addItem(speedText(s), s);
    const auto* current = std::find(Player::kSpeeds.begin(), Player::kSpeeds.end(), player_.speed());
    if (current == Player::kSpeeds.end())
        current = std::find(Player::kSpeeds.begin(), Player::kSpeeds.end(), Player::kDefaultSpeed);
    speedChooser_->setCurrentIndex(static_cast<int>(current - Player::kSpeeds.begin()));
    applySpeedTexts();
    speedChooser_->setFocusPolicy(Qt::StrongFocus);
    speedLabel_->setBuddy(speedChooser_);
    connect(speedChooser_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < static_cast<int>(Player::kSpeeds.size()))
            player_.setSpeed(Player::kSpeeds[static_cast<std::size_t>(index)]);
    });
    bar.addWidget(speedLabel_);
    bar.addWidget(speedChooser_);
    return speedChooser_;
}

void TransportActions::changeSpeed(int steps)
{
    const auto* current = std::find(Player::kSpeeds.begin(), Player::kSpeeds.end(), player_.speed());
    if (current == Player::kSpeeds.end())
        current = std::find(Player::kSpeeds.begin(), Player::kSpeeds.end(), Player::kDefaultSpeed);
    const int last = static_cast<int>(Player::kSpeeds.size()) - 1;
    const int index = std::clamp(static_cast<int>(current - Player::kSpeeds.begin()) + steps, 0, last);
    player_.setSpeed(Player::kSpeeds[static_cast<std::size_t>(index)]);
}

void TransportActions::refresh()
{
    const PlaybackSource& source = player_.source();
    const bool busy = source.busy();
    const bool playing = player_.playing() || busy;
    QAction* play = action(Transport::PlayPause);
    play->setText(playing ? tr("&Pause") : tr("&Play"));
    play->setIcon(glyphIcon(playing ? Glyph::Pause : Glyph::Play));
    // One run words Play for what it does now; two runs keep the one tip.
    if (runs_ == Runs::One) {
        play->setToolTip(busy      ? tr("Stop running to the end (Space, Esc)")
                         : playing ? tr("Pause (Space)")
                                   : tr("Play the run at the chosen speed (Space)"));
    }
    action(Transport::Step)->setEnabled(!source.atEnd());
    action(Transport::End)->setEnabled(!source.atEnd() && !busy);
    action(Transport::StepBack)->setEnabled(!source.atStart());
    action(Transport::Start)->setEnabled(!source.atStart());
}

} // namespace ys::ui
