// SPDX-License-Identifier: MIT
#include "ui/recording/frame_recorder.hpp"

#include "core/demos/engine.hpp"
#include "ui/recording/window_image.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"

#include <QCoreApplication>
#include <QMenuBar>
#include <QPainter>
#include <QToolBar>
#include <QVariantAnimation>

#include <algorithm>
#include <utility>

namespace ys::ui {

RecordRun RecordRun::live(const Demo& demo, const Params& params)
{
    RecordRun run;
    run.demo = &demo;
    run.params = params;
    Engine engine(demo, params);
    engine.runToEnd();
    const Trace& trace = engine.trace();
    run.times.reserve(trace.size());
    for (std::size_t seq = 0; seq < trace.size(); ++seq)
        run.times.push_back(trace[seq].t);
    return run;
}

RecordRun RecordRun::replay(TraceFile saved)
{
    RecordRun run;
    run.demo = saved.demo;
    run.params = saved.params;
    run.times.reserve(saved.trace.size());
    for (std::size_t seq = 0; seq < saved.trace.size(); ++seq)
        run.times.push_back(saved.trace[seq].t);
    run.saved = std::move(saved);
    return run;
}

FrameRecorder::FrameRecorder(RecordRun run, const RecordSettings& settings, const RecordLook& look)
    : settings_(settings), schedule_(run.times, settings.fps, settings.speed),
      window_(std::make_unique<MainWindow>())
{
    MainWindow& w = *window_;
    // Laid out and painted like a shown window, but never on screen.
    w.setAttribute(Qt::WA_DontShowOnScreen);
    w.setThemeMode(look.theme);
    if (run.demo != nullptr) {
        w.selectDemo(QString::fromStdString(run.demo->name));
        w.setParams(run.params);
    }
    if (run.saved) w.session().open(std::move(*run.saved));
    for (const PresentationPanels::Panel panel : PresentationPanels::kAll)
        w.presentationPanels().setChosen(panel, look.panels.at(static_cast<std::size_t>(panel)));
    w.setPresentationSize(settings.size);
    w.setPresentationMode(true);
    w.timeline()->setStoryInView(true);
    if (schedule_.frameCount() > 0) endShown_ = schedule_.frame(schedule_.frameCount() - 1).shown;
    // A video is watched, not used: the menus and the playback buttons would only take room
    // (and show "Play" while it plays). The status line stays, with the time and event count.
    w.menuBar()->hide();
    for (QToolBar* bar : w.findChildren<QToolBar*>())
        bar->hide();
}

FrameRecorder::~FrameRecorder() = default;

void FrameRecorder::holdGlideAt(std::int64_t ms)
{
    auto* glide = window_->timeline()->findChild<QVariantAnimation*>();
    if (glide == nullptr || glide->state() == QAbstractAnimation::Stopped) return;
    if (glide->state() == QAbstractAnimation::Running) glide->pause(); // off the wall clock
    glide->setCurrentTime(static_cast<int>(std::clamp<std::int64_t>(ms, 0, glide->duration())));
}

std::int64_t FrameRecorder::glidePosition()
{
    auto* glide = window_->timeline()->findChild<QVariantAnimation*>();
    if (glide == nullptr || glide->state() == QAbstractAnimation::Stopped) return -1;
    return glide->currentTime();
}

QImage FrameRecorder::renderFrame(std::int64_t index)
{
    const FrameSchedule::Frame frame = schedule_.frame(index);
    RunSession& session = window_->session();
    while (shown_ < frame.shown) {
        // The glide towards the previous event goes on until the next one appears.
        if (shown_ > 0) holdGlideAt(schedule_.stepAtMs(shown_) - schedule_.stepAtMs(shown_ - 1));
        if (!session.stepForward()) break;
        holdGlideAt(0);
        ++shown_;
    }
    holdGlideAt(frame.sinceStepMs);
    // The second half of the end hold zooms out to the whole run: a new picture.
    bool zoomedNow = false;
    if (!zoomedOut_ && shown_ == endShown_ && frame.sinceStepMs >= FrameSchedule::kEndHoldMs / 2) {
        window_->timeline()->fitToWindow();
        zoomedOut_ = true;
        zoomedNow = true;
    }
    const std::int64_t glide = glidePosition();
    if (!zoomedNow && !redrawHeld_ && !last_.isNull() && shown_ == lastShown_ && glide == lastGlide_)
        return last_;
    // Layouts settle through posted events; timers (and so the wall clock) never run here. A
    // narration set smaller to fit takes a few rounds (its font, the banner, the window): enough
    // of them that a picture never shows a layout halfway, whichever frames came before.
    for (int pass = 0; pass < 12; ++pass)
        QCoreApplication::sendPostedEvents();
    QWidget* timeline = window_->timeline();
    if (!redrawHeld_ && !last_.isNull() && shown_ == lastShown_ && timeline != nullptr &&
        timeline->isVisible()) {
        // Only the glide moved, and it moves nothing but the timeline: draw that over the
        // last picture instead of the whole window again.
        QImage image = last_;
        QPainter painter(&image); // detaches: the last picture, maybe still being written, stays
        timeline->render(&painter, timeline->mapTo(window_.get(), QPoint(0, 0)));
        painter.end();
        last_ = image;
    } else {
        last_ = windowImage(*window_);
    }
    ++drawn_;
    lastShown_ = shown_;
    lastGlide_ = glide;
    return last_;
}

} // namespace ys::ui
