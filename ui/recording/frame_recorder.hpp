// SPDX-License-Identifier: MIT
// Renders a run as the frames of a video: a window of its own (never on screen) in
// presentation mode at the recording's size, stepped through the run on the FrameSchedule's
// virtual clock. The timeline's glide from one event to the next is driven by that clock
// too, never by a timer, so the same run and settings always give the same pixels.
#pragma once

#include "core/io/trace_file.hpp"
#include "ui/presentation/presentation_panels.hpp"
#include "ui/recording/frame_schedule.hpp"
#include "ui/recording/record_settings.hpp"
#include "ui/window/main_window.hpp"

#include <QImage>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace ys::ui {

// How the recording looks: the theme and the panels kept in presentation mode.
struct RecordLook {
    MainWindow::ThemeMode theme = MainWindow::ThemeMode::Light;
    std::array<bool, PresentationPanels::kAll.size()> panels{false, true, true, true, true};
};

// The run to record: a demo with its parameters, run again by the recorder's window as Play
// runs it, or a saved run replayed from its trace.
struct RecordRun {
    const Demo* demo = nullptr;
    Params params;
    std::vector<std::int64_t> times; // the virtual time of every event of the whole run
    std::optional<TraceFile> saved;

    // Runs the demo to its end once, for the times.
    static RecordRun live(const Demo& demo, const Params& params);
    static RecordRun replay(TraceFile saved);
};

class FrameRecorder {
public:
    FrameRecorder(RecordRun run, const RecordSettings& settings, const RecordLook& look);
    ~FrameRecorder();
    FrameRecorder(const FrameRecorder&) = delete;
    FrameRecorder& operator=(const FrameRecorder&) = delete;

    const FrameSchedule& schedule() const { return schedule_; }
    std::int64_t frameCount() const { return schedule_.frameCount(); }
    // Frame `index`; frames are rendered in increasing order. A frame that shows the same
    // picture as the one before (the glide over, no new event) is not drawn again: the
    // previous image is returned, the same QImage (equal cacheKey()), so writers can reuse
    // what they made of it.
    QImage renderFrame(std::int64_t index);
    // Draws every frame anew, held or not (the plain path, to check that reuse changes nothing).
    void setRedrawHeldFrames(bool redraw) { redrawHeld_ = redraw; }
    // How many pictures were drawn so far (at most the frames rendered).
    std::int64_t picturesDrawn() const { return drawn_; }

    MainWindow& window() { return *window_; }

private:
    // Moves the timeline's glide to `ms` after its step (it never runs on its own).
    void holdGlideAt(std::int64_t ms);
    // Where the glide stands: its time, or -1 when it is over (or there is none).
    std::int64_t glidePosition();

    RecordSettings settings_;
    FrameSchedule schedule_;
    std::unique_ptr<MainWindow> window_;
    std::size_t shown_ = 0;
    std::size_t endShown_ = 0; // events shown by the last frame
    bool zoomedOut_ = false;   // the end's zoom-out to the whole run is done
    // What the last picture drawn shows: the events shown and the glide's position. Nothing
    // else in the window moves (timers never run while recording), so an equal state is an
    // equal picture.
    QImage last_;
    std::size_t lastShown_ = 0;
    std::int64_t lastGlide_ = 0;
    bool redrawHeld_ = false;
    std::int64_t drawn_ = 0;
};

} // namespace ys::ui
