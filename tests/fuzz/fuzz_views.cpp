// SPDX-License-Identifier: MIT
// libFuzzer target: the window's views on every trace the reader accepts. Each input that
// reads as a trace is opened in a window (offscreen) and driven as a user would: every event
// forward and back (the first kMaxSteps), jumps to the start, the end and the middle, the
// timeline laid out and painted at two sizes and three zooms, the narration and the console
// read. Any crash, sanitizer report or hang (-timeout) is a bug of the views: what the reader
// accepts, the window must survive.
#include "core/io/trace_file.hpp"
#include "ui/session/run_session.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"

#include <QApplication>
#include <QImage>
#include <QStandardPaths>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

namespace {

// Steps driven one at a time (a trace may hold millions of events: the rest are reached by
// the jumps).
constexpr std::size_t kMaxSteps = 64;

QApplication* application()
{
    static int argc = 1;
    static char name[] = "fuzz_views";
    static char* argv[] = {name, nullptr};
    static QApplication* app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QStandardPaths::setTestModeEnabled(true); // no preferences of the user read or written
        return new QApplication(argc, argv);
    }();
    return app;
}

ys::ui::MainWindow& window()
{
    static ys::ui::MainWindow* w = [] {
        auto* made = new ys::ui::MainWindow;
        made->show();
        return made;
    }();
    return *w;
}

// Lays out and paints the timeline at three zooms: fitted, far in around the cursor, far out.
void paintTimeline(ys::ui::TimelineView& timeline)
{
    (void)timeline.grab();
    const double zoom = timeline.viewport().zoom();
    const double offset = timeline.viewport().offset();
    for (const double factor : {1e6, 1e-6}) {
        timeline.setZoomAndOffset(zoom * factor, offset);
        (void)timeline.grab();
    }
    timeline.setZoomAndOffset(zoom, offset);
}

void drive(ys::ui::MainWindow& w)
{
    ys::ui::RunSession& s = w.session();
    ys::ui::TimelineView& timeline = *w.timeline();
    for (std::size_t i = 0; i < kMaxSteps && s.stepForward(); ++i) {
        (void)w.narrationText();
        (void)w.consoleText();
        if (i % 8 == 0) paintTimeline(timeline);
    }
    paintTimeline(timeline);
    while (s.stepBack()) {
        (void)w.narrationText();
        (void)w.consoleText();
    }
    s.jumpToEnd();
    QApplication::processEvents();
    (void)w.narrationText();
    paintTimeline(timeline);
    s.jumpTo(s.recorded() / 2);
    paintTimeline(timeline);
    s.jumpToStart();
    (void)w.grab();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    application();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    ys::TraceFile file;
    try {
        file = ys::readTraceFile(input);
    } catch (const ys::TraceFileError&) {
        return 0;
    }
    ys::ui::MainWindow& w = window();
    w.session().open(std::move(file));
    for (const QSize size : {QSize(1280, 720), QSize(800, 480)}) {
        w.resize(size);
        QApplication::processEvents();
        drive(w);
    }
    return 0;
}
