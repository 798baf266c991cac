// SPDX-License-Identifier: MIT
#include "ui/window/status_line.hpp"

#include "ui/session/run_session.hpp"

#include <QLabel>
#include <QLayout>
#include <QStatusBar>

namespace ys::ui {
namespace {

// The line's font, in points, in either mode.
constexpr qreal kStatusPoints = 14;
constexpr qreal kPresentationStatusPoints = 18;

} // namespace

StatusLine::Facts StatusLine::factsOf(const RunSession& session)
{
    Facts f;
    f.time = session.timeAtCursor();
    f.hasCursor = session.hasCursor();
    f.cursor = f.hasCursor ? session.cursor() : 0;
    f.recorded = session.recorded();
    f.jumping = session.jumping();
    f.finished = session.finished();
    return f;
}

QString StatusLine::timeText(const Facts& facts) { return tr("t = %1 ms").arg(facts.time); }

QString StatusLine::eventText(const Facts& facts)
{
    if (facts.hasCursor) return tr("event %L1 of %L2").arg(facts.cursor + 1).arg(facts.recorded);
    return tr("no event yet (%L1 recorded)").arg(facts.recorded);
}

QString StatusLine::stateText(const Facts& facts)
{
    // Counts up after every slice of a jump to the end: the run is going somewhere.
    if (facts.jumping) return tr("▶▶ running to the end… %L1 events (Esc to stop)").arg(facts.recorded);
    if (facts.finished) return tr("■ run ended");
    if (facts.recorded == 0) return tr("ready");
    return tr("● running");
}

StatusLine::StatusLine(QStatusBar& bar, const RunSession& session)
    : QObject(&bar), bar_(bar), session_(session)
{
    QFont f = bar.font();
    f.setPointSizeF(kStatusPoints);
    bar.setFont(f);
    bar.setSizeGripEnabled(false);
    auto make = [this, f] {
        auto* l = new QLabel(&bar_);
        l->setFont(f);
        l->setContentsMargins(12, 2, 12, 2);
        bar_.addPermanentWidget(l);
        return l;
    };
    state_ = make();
    event_ = make();
    time_ = make();
    applyNames();
}

void StatusLine::applyNames()
{
    state_->setAccessibleName(tr("Run state"));
    event_->setAccessibleName(tr("Event"));
    time_->setAccessibleName(tr("Virtual time"));
    state_->setToolTip(tr("Whether the program still has work to do"));
    event_->setToolTip(tr("The event shown, of all recorded so far"));
    time_->setToolTip(tr("Virtual time of the event shown: timers and requests take no real time"));
}

void StatusLine::retranslate()
{
    applyNames();
    update();
}

void StatusLine::followSession()
{
    connect(&session_, &RunSession::runStarted, this, &StatusLine::update);
    connect(&session_, &RunSession::cursorChanged, this, &StatusLine::update);
    connect(&session_, &RunSession::traceGrew, this, &StatusLine::update);
    connect(&session_, &RunSession::finishedChanged, this, &StatusLine::update);
    connect(&session_, &RunSession::jumpingChanged, this, &StatusLine::update);
}

void StatusLine::update()
{
    const Facts facts = factsOf(session_);
    time_->setText(timeText(facts));
    event_->setText(eventText(facts));
    state_->setText(stateText(facts));
    // The parts are sized now, not when the posted layout request is handled: a grab right after
    // a step (a recording's frame, a window image) would show the old widths and cut the texts.
    if (bar_.layout() != nullptr) bar_.layout()->activate();
}

QString StatusLine::text() const
{
    return QStringList{time_->text(), event_->text(), state_->text()}.join(QStringLiteral(" · "));
}

void StatusLine::setPresenting(bool on)
{
    QFont f = bar_.font();
    f.setPointSizeF(on ? kPresentationStatusPoints : kStatusPoints);
    for (QLabel* label : {state_, event_, time_})
        label->setFont(f);
}

void StatusLine::showMessage(const QString& message) { bar_.showMessage(message); }

} // namespace ys::ui
