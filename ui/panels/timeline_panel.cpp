// SPDX-License-Identifier: MIT
#include "ui/panels/timeline_panel.hpp"

#include "ui/panels/narration_panel.hpp"
#include "ui/session/player.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"

#include <cstdlib>

namespace ys::ui {
namespace {

// Presentation mode draws the timeline's lines this much heavier again, for the back of a room.
constexpr qreal kPresentationStrokeWeight = 1.3;

// Where the window reads the Theme's stroke weight: the only place that knows it.
Theme timelineTheme(Theme theme, bool presenting)
{
    if (presenting) theme.strokeWeight *= kPresentationStrokeWeight;
    return theme;
}

} // namespace

TimelinePanel::TimelinePanel(RunSession& session, Player& player, QObject* parent)
    : QObject(parent), session_(session), player_(player), view_(new TimelineView), theme_(Theme::forSystem())
{
    view_->setObjectName(QStringLiteral("timeline"));
    view_->setFocusPolicy(Qt::StrongFocus);
    view_->setFollowCursor(true);
    retranslate();
    connect(view_, &TimelineView::eventClicked, this, [this](std::size_t seq) {
        player_.pause();
        session_.jumpTo(seq);
    });
}

void TimelinePanel::followSession()
{
    connect(&session_, &RunSession::runStarted, this, &TimelinePanel::showRun);
    connect(&session_, &RunSession::traceGrew, view_, &TimelineView::traceGrew);
    connect(&session_, &RunSession::cursorChanged, this, &TimelinePanel::showCursor);
    connect(&session_, &RunSession::runStarted, this, &TimelinePanel::showProgress);
    connect(&session_, &RunSession::traceGrew, this, &TimelinePanel::showProgress);
    connect(&session_, &RunSession::finishedChanged, this, &TimelinePanel::showProgress);
    connect(&session_, &RunSession::jumpingChanged, this, &TimelinePanel::showProgress);
    // While playing, the timeline keeps the story so far in view (see TimelineView).
    connect(&player_, &Player::playingChanged, view_, &TimelineView::setStoryInView);
}

void TimelinePanel::setTheme(const Theme& theme)
{
    theme_ = theme;
    view_->setTheme(timelineTheme(theme_, presenting_));
}

void TimelinePanel::setPresenting(bool on)
{
    presenting_ = on;
    // At projector scale the legend would take the lanes' room; every mark carries its label.
    view_->setLegendVisible(!on);
    view_->setTheme(timelineTheme(theme_, on));
}

void TimelinePanel::retranslate()
{
    view_->setAccessibleName(tr("Timeline"));
    view_->setToolTip(tr("Every event of the run so far, one lane per actor, in virtual time. Click an "
                         "event to show it."));
    showProgress();
}

void TimelinePanel::showRun()
{
    view_->setTrace(session_.trace());
    view_->clearCursor();
}

void TimelinePanel::showCursor(qint64 previous, qint64 current)
{
    if (current < 0) {
        view_->clearCursor();
    } else {
        const bool oneStep = previous >= -1 && std::abs(current - previous) == 1;
        view_->setCursor(static_cast<std::size_t>(current), oneStep);
    }
    showProgress();
}

void TimelinePanel::showProgress()
{
    // The timeline draws nothing new until a jump to the end ends; from the start, its empty
    // plot is the biggest place to say how far the jump has got and how to stop it.
    const QString placeholder =
        session_.jumping() ? tr("Running to the end… %L1 events so far. Esc stops.").arg(session_.recorded())
                           : NarrationPanel::startHint();
    if (view_->placeholderText() != placeholder) view_->setPlaceholderText(placeholder);
}

} // namespace ys::ui
