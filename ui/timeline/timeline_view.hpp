// SPDX-License-Identifier: MIT
// The timeline widget: a run of a demo drawn as it unfolds, one lane per actor.
//
//   for await (consumer)             next() ↓ arrows, values ↑ arrows, return(), done, errors
//   generator / iterator (producer)  yield ◆, resumed |, finally ⬢
//   timers & network (sources)       awaiting → settled spans as bars, overlapping ones in rows
//   console                          console.log output as chips
//   time axis                        ms ticks; "t = 500 ms" under each burst of one instant
//
// Events after the cursor are not drawn: stepping the run reveals it. The horizontal axis is
// time, expanded at each instant by the events in it (see TimelineLayout).
//
// Use:
//     auto* view = new ys::ui::TimelineView(parent);
//     view->setTheme(ys::ui::Theme::forSystem());
//     view->setTrace(&engine.trace());       // nothing is shown yet
//     engine.step(); view->traceGrew();      // after every append
//     view->setCursor(seq, true);            // show events 0..seq, animated
//     connect(view, &TimelineView::eventClicked, ...);
//
// Mouse: wheel zooms around the pointer (Shift+wheel or a horizontal wheel pans), drag pans,
// double-click fits the run to the window, hover shows the event's details, click emits
// eventClicked. Keys when focused: + and - zoom, 0 fits.
//
// Several views can share one time axis (see SharedAxis) and keep their zoom and pan
// together: connect one's viewportChanged to the other's setZoomAndOffset, both ways.
#pragma once

#include "ui/style/theme.hpp"
#include "ui/timeline/passes/notes_pass.hpp"
#include "ui/timeline/timeline_layout.hpp"
#include "ui/timeline/timeline_renderer.hpp"
#include "ui/timeline/timeline_viewport.hpp"

#include <QWidget>

#include <cstddef>
#include <optional>

class QVariantAnimation;

namespace ys::ui {

class SharedAxis;

class TimelineView : public QWidget {
    Q_OBJECT
    Q_PROPERTY(bool animated READ isAnimated WRITE setAnimated)
    Q_PROPERTY(bool followCursor READ followCursor WRITE setFollowCursor NOTIFY followCursorChanged)
    Q_PROPERTY(qreal scale READ scale WRITE setScale)
    Q_PROPERTY(bool legendVisible READ isLegendVisible WRITE setLegendVisible)

public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    // The trace to draw, or nullptr. It must outlive the view or be replaced first. The trace
    // may grow: call traceGrew() after appending. Setting a trace clears the cursor (nothing
    // is shown until setCursor) and resets zoom and pan.
    void setTrace(const ys::Trace* trace);
    const ys::Trace* trace() const { return layout_.trace(); }
    // Takes in the events appended since the last call; cheap (proportional to the new
    // events). After Trace::clear(), call setTrace() again instead: a refill is not detected.
    void traceGrew();

    // The current event: events 0..seq are shown, the ones after are hidden. seq is clamped to
    // the trace. With animate (and isAnimated()), the cursor glides over ~200 ms and the
    // events it passes appear as it reaches them. While following, the view pans to keep the
    // cursor in sight.
    void setCursor(std::size_t seq, bool animate = false);
    // Nothing shown yet (before the first step).
    void clearCursor();
    std::optional<std::size_t> currentEvent() const { return cursor_; }
    // QWidget::setCursor sets the mouse pointer; it stays reachable with a QCursor argument.
    // A bare Qt::CursorShape would silently convert to an event number, so it is refused.
    using QWidget::setCursor;
    void setCursor(Qt::CursorShape) = delete;

    void setTheme(const Theme& theme);
    const Theme& theme() const { return renderer_.theme(); }
    // Presentation mode: fonts, strokes, marks and lanes × scale (1 = default).
    void setScale(qreal scale);
    qreal scale() const { return renderer_.scale(); }
    // The least height asked of the layout is the legible one at scale `least` (or at the
    // scale of the moment, if that is smaller): the owner of two timelines on a short screen
    // (the compare window) sets their scale as low as that to fit them, and the window may be
    // that short. By default, the legible height at the scale of the moment.
    void setLeastScale(qreal least);
    // The height at which every lane is legible at `scale`, whatever the scale now.
    double legibleHeightAt(qreal scale) const;

    // Shows every event up to the cursor (or the whole trace laid out when there is no
    // cursor) and resumes following the cursor.
    void fitToWindow();
    void zoomIn();
    void zoomOut();
    // Pans, without animation, so that event seq is in view.
    void ensureEventVisible(std::size_t seq);

    // Follow the cursor: on by default; turned off when the user pans or zooms the cursor out
    // of sight, back on when they bring it back, fit the window, or call this.
    void setFollowCursor(bool on);
    bool followCursor() const { return follow_; }

    // The story in view (while playing or recording): as the cursor moves on, the whole run so
    // far stays in view for as long as it fits at a legible zoom; after that the cursor is
    // followed at that zoom with the last steps' history on its left. Off by default.
    void setStoryInView(bool on);
    bool storyInView() const { return story_; }

    // Animations of the cursor and of following (on by default; tests turn them off).
    void setAnimated(bool on);
    bool isAnimated() const { return animated_; }

    // The legend strip at the top explaining each mark.
    void setLegendVisible(bool on);
    bool isLegendVisible() const { return legend_; }

    // Notes pinned to events, drawn over the plot once their event is shown.
    void setNotes(std::vector<PinnedNote> notes);
    const std::vector<PinnedNote>& notes() const { return notes_; }
    // Where event seq's note was last drawn (none when it was not).
    std::optional<QRectF> noteRect(std::size_t seq) const { return notesPass_.noteRect(seq); }

    // Shown in the middle while nothing is visible.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return placeholder_; }

    // Places the events on `axis` as its run `run` (nullptr: the view's own axis). The axis
    // must outlive the view or be replaced first. After rebuilding the axis, call
    // sharedAxisChanged().
    void setSharedAxis(const SharedAxis* axis, std::size_t run = 0);
    void sharedAxisChanged();
    // Sets zoom (pixels per world unit) and pan (world u at the plot's left edge) as told, and
    // does not emit viewportChanged: what a view linked to another one calls.
    void setZoomAndOffset(double zoom, double offset);

    const TimelineViewport& viewport() const { return viewport_; }
    const TimelineLayout& layout() const { return layout_; }

    // Where event seq's mark is, in widget coordinates: click there to pick it (tests).
    QPoint eventCenter(std::size_t seq) const;
    // The event at a widget position (or none): what a click there would emit.
    std::optional<std::size_t> eventAt(QPointF pos) const;
    // How many events are drawn now: cursor + 1 once an animation has finished; 0 without
    // a cursor.
    std::size_t visibleEventCount() const;
    // Counters of the last paint (events drawn, folded, labels...), for tests and benchmarks.
    const TimelinePaintStats& lastPaintStats() const { return renderer_.stats(); }
    // Hears of every text the timeline paints (the layout audit); nullptr: nobody.
    void setTextRecorder(TextRecorder* recorder) { renderer_.setTextRecorder(recorder); }
    // The least height at which a lane reads (see TimelineRenderer::legibleLaneHeight).
    double legibleLaneHeight(ys::Actor lane) const { return renderer_.legibleLaneHeight(lane); }
    // The least height of one lane of `lane`'s (of one of its instances', when it has several).
    double legibleOneLaneHeight(ys::Actor lane) const { return renderer_.legibleOneLaneHeight(lane); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user clicked the mark of event seq (or the bar of a span: its awaiting event).
    void eventClicked(std::size_t seq);
    void followCursorChanged(bool on);
    // A right-click on event seq (on its mark or its note), or on no event (seq -1).
    void contextMenuRequested(qint64 seq, QPoint globalPos);
    // Zoom or pan changed (by the user, by following the cursor, by fitting...).
    void viewportChanged(double zoom, double offset);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void arrange() const;
    void ensureArranged() const;
    void updateZoomLimits();
    void finishAnimation();
    // After the user moved the view: follow the cursor only while it is in sight.
    void userMovedView();
    void setFollow(bool on);
    double followLeftMargin() const;
    // Zoom and offset that keep the story in view with the cursor at u.
    std::pair<double, double> storyView(double u) const;
    double followRightMargin() const;
    std::size_t shownCount() const;
    void updateHover(QPointF pos);
    // Emits viewportChanged when zoom or offset differ from what was last emitted or set.
    void notifyViewport();

    TimelineLayout layout_;
    mutable TimelineViewport viewport_;
    mutable TimelineRenderer renderer_;
    NotesPass notesPass_;
    std::vector<PinnedNote> notes_;
    mutable QSize arrangedFor_;
    mutable int arrangedRows_ = -1;
    mutable bool arrangedLegend_ = true;
    mutable std::uint32_t arrangedKinds_ = 0;
    mutable InstanceLanes arrangedInstances_;
    mutable double arrangedLeast_ = 0; // the least height of the last arrangement

    std::optional<std::size_t> cursor_;
    double cursorU_ = 0; // where the cursor line is drawn (animated)
    QVariantAnimation* animation_ = nullptr;
    double animFromU_ = 0, animToU_ = 0, animFromOffset_ = 0, animToOffset_ = 0;
    std::optional<std::size_t> animFromSeq_;

    bool follow_ = true;
    bool story_ = false;
    bool animated_ = true;
    bool legend_ = true;
    std::optional<qreal> leastScale_;
    QString placeholder_;

    std::optional<std::size_t> hovered_;
    std::optional<std::uint32_t> hoveredSpan_;
    bool pressed_ = false;
    bool dragging_ = false;
    QPointF pressPos_;
    double pressOffset_ = 0;
    double notifiedZoom_ = 0;
    double notifiedOffset_ = 0;
};

} // namespace ys::ui
