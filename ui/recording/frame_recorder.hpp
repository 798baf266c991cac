// Renders a run as the frames of a video: a window of its own (never on screen) in
// presentation mode at the recording's size, stepped through the run on the FrameSchedule's
// virtual clock. The timeline's glide from one event to the next is driven by that clock
// too, never by a timer, so the same run and settings always give the same pixels.
#pragma once

#include "main_window.hpp"
#include "presentation/presentation_panels.hpp"
#include "recording/frame_schedule.hpp"
#include "recording/record_settings.hpp"
#include "trace_file.hpp"

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
    // Frame `index`; frames are rendered in increasing order.
    QImage renderFrame(std::int64_t index);

    MainWindow& window() { return *window_; }

private:
    // Moves the timeline's glide to `ms` after its step (it never runs on its own).
    void holdGlideAt(std::int64_t ms);

    RecordSettings settings_;
    FrameSchedule schedule_;
    std::unique_ptr<MainWindow> window_;
    std::size_t shown_ = 0;
    std::size_t endShown_ = 0; // events shown by the last frame
    bool zoomedOut_ = false;   // the end's zoom-out to the whole run is done
};

} // namespace ys::ui
