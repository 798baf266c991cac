// SPDX-License-Identifier: MIT
#include "ui/recording/recording.hpp"

#include <utility>

namespace ys::ui {

Recording::Recording(RecordRun run, const RecordSettings& settings, const RecordLook& look,
                     const RecordTargets& targets, FramePath path)
    : recorder_(std::move(run), settings, look), settings_(settings)
{
    recorder_.setRedrawHeldFrames(path == FramePath::Plain);
    if (!targets.folder.isEmpty()) {
        frames_.emplace(targets.folder, path == FramePath::Plain ? 0 : QThread::idealThreadCount());
    }
    if (!targets.video.isEmpty()) video_.emplace(targets.video);
}

Recording::~Recording() = default;

void Recording::setWaitHook(std::function<bool()> keepWaiting)
{
    if (video_) video_->setWaitHook(std::move(keepWaiting));
}

bool Recording::start(QString& error)
{
    if (frameCount() > kMaxFrames) {
        error = tr("the recording would have %L1 frames, more than the %L2 a recording may have; "
                   "lower the frame rate, raise the speed or record a shorter run")
                    .arg(frameCount())
                    .arg(kMaxFrames);
        return false;
    }
    if (video_ && !video_->start(settings_.size, settings_.fps, error)) return false;
    if (frames_ && !frames_->prepare(error)) {
        if (video_) video_->abort();
        return false;
    }
    return true;
}

bool Recording::renderNext(QString& error)
{
    if (finished()) return true;
    const QImage frame = recorder_.renderFrame(done_);
    if (frames_ && !frames_->write(frame, error)) return false;
    if (video_ && !video_->write(frame, error)) return false;
    ++done_;
    return true;
}

bool Recording::finish(QString& error)
{
    if (frames_ && !frames_->flush(error)) return false;
    return !video_ || video_->finish(error);
}

void Recording::cancel()
{
    if (video_) video_->abort();
    if (frames_) frames_->discard();
}

} // namespace ys::ui
