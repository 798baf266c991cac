// SPDX-License-Identifier: MIT
// One recording from start to end: the frames rendered by a FrameRecorder go to a folder of
// PNGs, to an .mp4 through ffmpeg, or both. The command line and the Record dialog both drive
// it one frame at a time, so either can show progress and stop in between.
#pragma once

#include "ui/recording/frame_recorder.hpp"
#include "ui/recording/png_frame_writer.hpp"
#include "ui/recording/video_encoder.hpp"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace ys::ui {

// How frames are made. Fast: a held picture is drawn once and written again as it is, PNGs are
// encoded on all cores. Plain: every frame drawn and encoded in turn on one thread. Both give
// the same files; Plain exists to check that.
enum class FramePath { Fast, Plain };

struct RecordTargets {
    QString folder; // PNG frames; empty: none
    QString video;  // an .mp4; empty: none
};

class Recording {
    Q_DECLARE_TR_FUNCTIONS(ys::ui::Recording)

public:
    // The most frames a recording may have: nine hours at 30 frames a second. Beyond it a
    // recording is refused before anything is written (a long run at 120 fps and a quarter of
    // the speed would be billions of frames, and more than a progress bar can count).
    static constexpr std::int64_t kMaxFrames = 1'000'000;

    Recording(RecordRun run, const RecordSettings& settings, const RecordLook& look,
              const RecordTargets& targets, FramePath path = FramePath::Fast);
    ~Recording();
    Recording(const Recording&) = delete;
    Recording& operator=(const Recording&) = delete;

    // Prepares the targets (creates the folder, starts ffmpeg). Check them first: see
    // PngFrameWriter::check, VideoEncoder::check and VideoEncoder::ffmpegProgram. Refused,
    // with nothing written, when the recording would have more than kMaxFrames frames.
    bool start(QString& error);
    // Asked while ffmpeg is waited for (see VideoEncoder::setWaitHook).
    void setWaitHook(std::function<bool()> keepWaiting);
    std::int64_t frameCount() const { return recorder_.frameCount(); }
    std::int64_t framesDone() const { return done_; }
    // Distinct pictures drawn so far: a picture held over several frames is drawn once.
    std::int64_t picturesDrawn() const { return recorder_.picturesDrawn(); }
    bool finished() const { return done_ == frameCount(); }
    // Renders and writes the next frame.
    bool renderNext(QString& error);
    // After the last frame: waits for the frames still being encoded, closes the video.
    bool finish(QString& error);
    // Stops: removes the frames written and the unfinished video.
    void cancel();

private:
    FrameRecorder recorder_;
    RecordSettings settings_;
    std::optional<PngFrameWriter> frames_;
    std::optional<VideoEncoder> video_;
    std::int64_t done_ = 0;
};

} // namespace ys::ui
