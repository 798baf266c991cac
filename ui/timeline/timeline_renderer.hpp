// SPDX-License-Identifier: MIT
// Paints the timeline: lanes, spans, events, cursor, axis and legend, for one frame of a
// TimelineLayout seen through a TimelineViewport. No widget: TimelineView owns one, a
// benchmark can paint into a QImage with another.
//
// Cost is bounded by the pixels, not by the trace: events are culled by binary search on
// their world coordinate; events closer than foldPx() are folded into one mark per lane with
// a count; span bars likewise; labels that would overlap are left out (the tooltip has
// them). Pens, brushes, fonts and the labels of values (by value id) are prepared once, so
// painting allocates nothing per event.
#pragma once

#include "text_placement.hpp"
#include "theme.hpp"
#include "timeline_layout.hpp"
#include "timeline_viewport.hpp"

#include <QFont>
#include <QHash>
#include <QPen>
#include <QStaticText>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

class QPainter;

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

class TimelineRenderer {
public:
    TimelineRenderer();

    void setTheme(const Theme& theme);
    const Theme& theme() const { return theme_; }
    // Presentation scale: fonts, strokes, marks and lane sizes × scale (1 = classroom
    // default at 1920×1080).
    void setScale(qreal scale);
    qreal scale() const { return scale_; }

    // Places the legend, the lane titles' gutter, the plot and the lanes for a widget of
    // `size`, into viewport (plot rectangle and lane geometry).
    // `kinds`: the kinds of event in the trace (TimelineLayout::kindsSeen()): `arrived` ones
    // get a row in the source lane, and the legend explains the rarer kinds only when present.
    void arrange(const QSizeF& size, int spanRows, std::uint32_t kinds, bool legend,
                 TimelineViewport& viewport);
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
    double gutterWidth() const { return gutterW_; }
    // The least height at which a lane's marks and one row of its labels read; arrange() never
    // gives a lane less while the plot has room for every lane's least height.
    double legibleLaneHeight(ys::Actor lane) const;
    // The least height of the whole timeline at which every lane is legible (legend in one row).
    double legibleHeight(bool legend) const;

    // Draws the mark the timeline uses for `kind` (as the legend shows it) centred in `box`,
    // so other views can show a kind the way the timeline does.
    void drawKindMark(QPainter& painter, ys::Kind kind, const QRectF& box);

    // The tooltip's text (rich text) for an event, or for a span.
    static QString describeEvent(const ys::Trace& trace, std::size_t seq);
    static QString describeSpan(const ys::Trace& trace, std::uint32_t span, std::size_t count);

private:
    struct Label {
        QStaticText text;
        qreal width = 0;
    };
    enum class LabelKind { Value, ValueShort, Yield, Log, Error, Span, Arrived, Buffer };
    struct Ink {
        QColor color;
        QPen line;   // stroke width
        QPen dashed; // stroke width, dashed
        QPen thin;   // outlines
        QBrush fill;
        QBrush soft; // translucent fill
    };
    enum InkId {
        NextInk,
        ValueInk,
        ResumedInk,
        AwaitInk,
        ReturnInk,
        DoneInk,
        CleanupInk,
        ErrorInk,
        LogInk,
        TextInk,
        MutedInk,
        InkCount
    };
    struct LegendItem {
        int glyph = 0;
        QStaticText text;
        QRectF box; // glyph box, widget coordinates
        QPointF textPos;
    };

    void rebuild(); // fonts, pens, static labels after theme or scale changes
    // The legend's items for a widget `width` wide: wrapped, or one row in short words.
    void arrangeLegend(double width, std::uint32_t kinds, bool oneRow);
    const Label& label(LabelKind kind, const ys::Trace& trace, const ys::Event& e);
    const Ink& inkFor(ys::Kind kind) const;
    const QColor& laneColour(std::size_t lane) const; // the lane's background

    void paintBackground(QPainter& p, const QRectF& rect);
    void paintSeparators(QPainter& p, const QRectF& rect, bool hasLegend);
    void paintInstants(QPainter& p, const TimelineFrame& f, std::size_t lo, std::size_t hi);
    void paintCursorBack(QPainter& p, const TimelineFrame& f);
    void paintSpans(QPainter& p, const TimelineFrame& f, std::size_t lo);
    void paintEvents(QPainter& p, const TimelineFrame& f, std::size_t lo, std::size_t hi);
    void paintEvent(QPainter& p, const TimelineFrame& f, std::size_t seq, bool arrows, bool labels);
    void paintFold(QPainter& p, const TimelineFrame& f, std::size_t lo, std::size_t hi);
    void paintGutter(QPainter& p, const QRectF& rect);
    void paintAxis(QPainter& p, const QRectF& rect, const TimelineFrame& f);
    void paintLegend(QPainter& p);
    void paintPlaceholder(QPainter& p, const TimelineFrame& f);

    // Label rows: two per lane (when the lane has room for them). A label `width` wide for a
    // mark at `anchor`, first tried at `left`: the row where it fits clear of the texts placed
    // so far (and its final left), or -1 when it fits nowhere.
    int findLabelPlace(ys::Actor lane, double& left, double width, double height, double anchor, bool chip);
    // Where an arrival's label starts for a mark at x.
    double arrivalLabelLeft(double x, double width) const;
    // Centred on x, inside the plot.
    double centredLeft(double x, double width) const;
    // The room a label takes (a chip's box around its text).
    QRectF labelBox(double left, double top, double width, double height, bool chip) const;
    // The current event's label takes its room before any other is placed.
    void reserveCurrentLabel(const TimelineFrame& f);
    double labelRowY(ys::Actor lane, int row, double height) const; // top of the label

    // The part of the plot a lane's texts must stay inside.
    QRectF laneRegion(ys::Actor lane) const;

    void drawGlyph(QPainter& p, int glyph, const QRectF& box);
    void useFont(QPainter& p, const QFont& font);
    void drawBuffer(QPainter& p, QPointF centre, int items);
    void drawArrival(QPainter& p, QPointF centre);

    Theme theme_;
    qreal scale_ = 1.0;

    // Fonts and metrics (scaled)
    QFont labelFont_, boldFont_, monoFont_, titleFont_, subtitleFont_, axisFont_, legendFont_, barFont_;
    qreal labelH_ = 0, monoH_ = 0, axisH_ = 0, legendRowH_ = 0, gutterW_ = 0;
    qreal stroke_ = 0, markR_ = 0, headLen_ = 0, headHalfW_ = 0, chipPadX_ = 0, chipH_ = 0;
    qreal spanRowH_ = 0, barH_ = 0, gap_ = 0;

    std::array<Ink, InkCount> inks_;
    QPen cursorPen_, axisPen_, separatorPen_, hoverPen_, bracketPen_, notchPen_, warningPen_, logInkPen_,
        instantTextPen_, windowPen_;
    QBrush highlightBrush_, columnBrush_, instantBrush_, chipBrush_, logFillBrush_, cursorBrush_,
        settleBrush_;
    std::array<QColor, ys::kActorCount> laneTints_; // the instants' band over each lane, opaque

    QStaticText nextText_, returnText_, doneText_, finallyText_, resumedText_;
    qreal nextW_ = 0, returnW_ = 0, doneW_ = 0, finallyW_ = 0, resumedW_ = 0;
    std::array<QStaticText, ys::kActorCount> laneTitles_, laneSubtitles_;

    QHash<quint64, Label> labels_;
    const ys::Trace* labelsTrace_ = nullptr;
    std::size_t labelsValueCount_ = 0;

    std::vector<LegendItem> legend_;
    qreal legendH_ = 0;
    bool arrivals_ = false; // the source lane has a row of arrivals
    QSizeF arrangedSize_;

    // Per-paint scratch, kept to avoid allocating.
    std::vector<TimelineLayout::Tick> ticks_;
    struct Band {
        double x0 = 0, x1 = 0, ms = 0;
    };
    std::vector<Band> bands_; // instants drawn this frame, for the axis
    std::vector<std::pair<double, double>> axisUsed_;
    const TimelineViewport* vp_ = nullptr;
    const QFont* currentFont_ = nullptr; // the painter's font during paint(), when set by useFont

    TimelinePaintStats stats_;
    TextPlacement placement_; // this frame's texts
};

} // namespace ys::ui
