// SPDX-License-Identifier: MIT
// What every pass of the timeline's renderer paints with: the style (theme, metrics, inks,
// shapes), prepared once per theme and scale, and the context of one frame (painter, frame,
// viewport, the texts placed so far, the statistics). Passes share nothing else.
#pragma once

#include "ui/style/theme.hpp"
#include "ui/timeline/shapes.hpp"
#include "ui/timeline/text_placement.hpp"
#include "ui/timeline/timeline_inks.hpp"
#include "ui/timeline/timeline_layout.hpp"
#include "ui/timeline/timeline_metrics.hpp"
#include "ui/timeline/timeline_text.hpp"
#include "ui/timeline/timeline_viewport.hpp"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QStaticText>
#include <QString>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace ys::ui {

// What one frame shows.
struct TimelineFrame {
    const TimelineLayout* layout = nullptr;
    const TimelineViewport* viewport = nullptr;
    std::size_t count = 0;              // events [0, count) are shown; the rest is future
    std::optional<std::size_t> current; // the cursor's event: haloed, its label always shown
    double cursorU = 0;                 // where the cursor line stands (it may be animating)
    bool showCursor = true;
    std::optional<std::size_t> hovered; // ringed
    std::optional<std::uint32_t> hoveredSpan;
    bool legend = true;
    QString placeholder; // drawn when count == 0
};

// What the last paint did, for tests and benchmarks.
struct TimelinePaintStats {
    std::size_t firstSeq = 0; // seqs [firstSeq, endSeq) were within the view
    std::size_t endSeq = 0;
    std::size_t marks = 0;        // events drawn one by one
    std::size_t foldedMarks = 0;  // marks standing for several events
    std::size_t foldedEvents = 0; // events inside those
    std::size_t spans = 0;        // span bars (folded runs count once)
    std::size_t labels = 0;       // text labels drawn on events and spans
    std::size_t instants = 0;     // "same instant" bands
};

// Events closer than this many pixels fold into one mark (not scaled: it is about pixels).
inline constexpr double kFoldPx = 3.0;

// A text of the event vocabulary (legend names, sentences), translated.
QString vocabularyTr(std::string_view text);

// A text prepared for painting many times.
QStaticText staticText(const QString& text, const QFont& font);

// Everything that depends only on the theme and the scale.
struct TimelineStyle {
    Theme theme;
    TimelineMetrics metrics;
    TimelineInks inks;

    void make(const Theme& t, qreal scale)
    {
        theme = t;
        metrics = TimelineMetrics::make(scale, t.strokeWeight);
        inks = TimelineInks::make(t, metrics);
    }
    ShapePainter shapes() const { return {metrics, inks}; }
};

// An "instant" band drawn this frame, for the axis.
struct InstantBand {
    double x0 = 0, x1 = 0, ms = 0;
};

// One frame being painted.
struct PaintContext {
    QPainter& p;
    const TimelineFrame& f; // its count is what the layout has
    const TimelineViewport& vp;
    const TimelineStyle& style;
    TextPlacement& placement;
    TimelinePaintStats& stats;
    std::vector<InstantBand>& bands;
    const TimelineMetrics& m = style.metrics;
    const TimelineInks& ink = style.inks;
    const ShapePainter shapes = style.shapes();
    const QFont* currentFont = nullptr; // the painter's font, when set by useFont

    // Sets the painter's font unless it is already set (setting one resolves it anew).
    void useFont(const QFont& font)
    {
        if (currentFont == &font) return;
        p.setFont(font);
        currentFont = &font;
    }
    // The part of the plot a lane's texts must stay inside.
    QRectF laneRegion(ys::Actor lane, std::uint16_t instance = 0) const
    {
        const QRectF plot = vp.plotRect();
        const LaneBox& box = vp.lanes().laneOf(lane, instance);
        return {plot.left(), box.top, plot.width(), box.height};
    }
    bool hasEvents() const { return f.layout != nullptr && f.layout->trace() != nullptr && f.count > 0; }
};

} // namespace ys::ui
