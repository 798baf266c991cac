// SPDX-License-Identifier: MIT
// Paints the timeline: lanes, spans, events, cursor, axis and legend, for one frame of a
// TimelineLayout seen through a TimelineViewport. No widget: TimelineView owns one, a
// benchmark can paint into a QImage with another. It arranges the lanes and runs the passes
// (passes/*) in order over one PaintContext: background and instants, cursor, labels (the
// current event's first), spans, marks, gutter, axis, legend; the view runs the notes pass.
//
// Cost is bounded by the pixels, not by the trace: events are culled by binary search on
// their world coordinate; events closer than foldPx() are folded into one mark per lane with
// a count; span bars likewise; labels that would overlap are left out (the tooltip has
// them). Pens, brushes, fonts and the labels of values (by value id) are prepared once, so
// painting allocates nothing per event.
#pragma once

#include "ui/style/theme.hpp"
#include "ui/timeline/passes/axis_pass.hpp"
#include "ui/timeline/passes/gutter_pass.hpp"
#include "ui/timeline/passes/label_pass.hpp"
#include "ui/timeline/passes/legend_pass.hpp"
#include "ui/timeline/passes/paint_context.hpp"
#include "ui/timeline/text_placement.hpp"
#include "ui/timeline/timeline_layout.hpp"
#include "ui/timeline/timeline_viewport.hpp"

#include <QString>

#include <array>
#include <cstddef>
#include <vector>

class QPainter;

namespace ys::ui {

class TimelineRenderer {
public:
    TimelineRenderer();

    void setTheme(const Theme& theme);
    const Theme& theme() const { return style_.theme; }
    // Presentation scale: fonts, strokes, marks and lane sizes × scale (1 = classroom
    // default at 1920×1080).
    void setScale(qreal scale);
    qreal scale() const { return scale_; }

    // Places the legend, the lane titles' gutter, the plot and the lanes for a widget of
    // `size`, into viewport (plot rectangle and lane geometry).
    // `kinds`: the kinds of event in the trace (TimelineLayout::kindsSeen()): `arrived` ones
    // get a row in the source lane, and the legend explains the rarer kinds only when present.
    // `instances`: the run's generators and loops (TimelineLayout::instanceLanes()); an actor
    // with several gets a lane for each, titled with its name.
    void arrange(const QSizeF& size, int spanRows, std::uint32_t kinds, bool legend,
                 TimelineViewport& viewport, const InstanceLanes& instances = InstanceLanes());
    // Paints everything inside `rect` (the widget's rectangle, as arranged).
    void paint(QPainter& painter, const QRectF& rect, const TimelineFrame& frame);
    const TimelinePaintStats& stats() const { return stats_; }
    // Hears of every text painted from now on (nullptr: nobody), with the region it belongs to.
    void setTextRecorder(TextRecorder* recorder) { placement_.setRecorder(recorder); }

    // Forget the cached labels of values; needed when the trace changes.
    void invalidateLabels();

    // Metrics the view needs, in pixels.
    double foldPx() const;    // events closer than this fold into one mark
    double hitRadius() const; // how far from a mark a click still picks it
    double barHalfHeight() const;
    double defaultZoom() const; // pixels per event slot for a fresh view
    double maxZoom() const;
    double gutterWidth() const { return gutter_.width(); }
    // The least height at which a lane's marks and one row of its labels read; arrange() never
    // gives a lane less while the plot has room for every lane's least height. An actor with
    // several instances counts InstanceLanes::kLeastLanes lanes (more only where they fit).
    double legibleLaneHeight(ys::Actor lane) const;
    // The least height of one lane of `lane` (one instance's, when it has several).
    double legibleOneLaneHeight(ys::Actor lane) const;
    // The least height of the whole timeline at which every lane is legible (legend in one row).
    double legibleHeight(bool legend) const;
    // The same at another scale (fonts are measured at that size, not multiplied).
    double legibleHeightAt(bool legend, qreal scale) const;

    // Draws the mark the timeline uses for `kind` (as the legend shows it) centred in `box`,
    // so other views can show a kind the way the timeline does.
    void drawKindMark(QPainter& painter, ys::Kind kind, const QRectF& box) const;

    // The tooltip's text (rich text) for an event, or for a span.
    static QString describeEvent(const ys::Trace& trace, std::size_t seq);
    static QString describeSpan(const ys::Trace& trace, std::uint32_t span, std::size_t count);

private:
    double legibleLaneHeight(ys::Actor lane, const TimelineMetrics& m) const;
    double legibleOneLaneHeight(ys::Actor lane, const TimelineMetrics& m) const;
    double legibleHeight(bool legend, const TimelineMetrics& m) const;
    void rebuild(); // the style and the passes' texts after a theme or scale change
    // The lanes' heights for a plot `plotH` tall, and their marks' lines.
    LaneGeometry arrangeLanes(double plotTop, double plotH, int rows, bool arrivals) const;
    std::array<double, ys::kActorCount> comfortableHeights(int sourceRows) const;
    // The mark lines of the consumer's and the producer's lanes (and of their instances' lanes).
    void placeArrowMarks(LaneGeometry& g) const;

    TimelineStyle style_;
    qreal scale_ = 1.0;
    LabelPass labels_;
    GutterPass gutter_;
    AxisPass axis_;
    LegendPass legend_;
    bool arrivals_ = false;   // the source lane has a row of arrivals
    InstanceLanes instances_; // the generators and loops arranged for
    QSizeF arrangedSize_;

    std::vector<InstantBand> bands_; // instants drawn this frame, for the axis
    TimelinePaintStats stats_;
    TextPlacement placement_; // this frame's texts
};

} // namespace ys::ui
