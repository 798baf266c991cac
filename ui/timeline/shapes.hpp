// SPDX-License-Identifier: MIT
// The shapes of the timeline's marks, each drawn by one function that both the trace's marks
// and the legend use, so a kind looks the same wherever it is shown. Pure drawing: where a
// shape goes is the caller's business.
#pragma once

#include "core/trace/event_vocabulary.hpp"
#include "ui/timeline/timeline_inks.hpp"
#include "ui/timeline/timeline_metrics.hpp"

#include <QPointF>
#include <QRectF>

#include <optional>

class QPainter;

namespace ys::ui {

// The unit vector from `from` to `to` (downwards when they are the same point).
QPointF direction(QPointF from, QPointF to);

class ShapePainter {
public:
    ShapePainter(const TimelineMetrics& metrics, const TimelineInks& inks) : m_(metrics), inks_(inks) {}

    // A stroke from `from` towards `to` that stops `back` short of it (where a head sits).
    static void stem(QPainter& p, const QPen& pen, QPointF from, QPointF to, double back);
    // A filled triangle pointing along `dir` (a unit vector) with its tip at `tip`.
    void arrowHead(QPainter& p, const Ink& ink, QPointF tip, QPointF dir, double length,
                   double halfWidth) const;
    // The bar across the end of a return() stem, at `end`, across `dir`.
    void returnBar(QPainter& p, const Ink& ink, QPointF end, QPointF dir) const;
    // done: a square `markR × 1.5` wide, centred on x, its top at `top`.
    void doneSquare(QPainter& p, const Ink& ink, double x, double top) const;
    // The yield diamond, the finally hexagon, the error's warning triangle: centred on c.
    void diamond(QPainter& p, const Ink& ink, QPointF c) const;
    void hexagon(QPainter& p, const Ink& ink, QPointF c) const;
    void warning(QPainter& p, const Ink& ink, QPointF c) const;
    // The producer resuming: a short upright tick through c.
    void tick(QPainter& p, const QPen& pen, QPointF c) const;
    // An await's bar from its start to its settling, with the settled dot at `settledAt`.
    void awaitBar(QPainter& p, const QRectF& bar, QPointF settledAt) const;
    // A console chip's box; the legend's has a prompt in it, on the line `promptY`.
    void logChip(QPainter& p, const QRectF& chip, double radius, std::optional<double> promptY = {}) const;
    // A console line with no room for its chip: a small square.
    void logSquare(QPainter& p, const QRectF& square) const;
    // Something pushed in from outside: a short stroke into a downward triangle.
    void arrival(QPainter& p, QPointF c) const;
    // A tray with one slab per item waiting (five at most).
    void buffer(QPainter& p, QPointF c, int items) const;
    // The band of one instant, as the legend explains it.
    void instantBand(QPainter& p, const QRectF& box) const;

    // The legend's picture of `glyph`, centred in `box`.
    void glyph(QPainter& p, ys::Glyph glyph, const QRectF& box) const;

private:
    const TimelineMetrics& m_;
    const TimelineInks& inks_;
};

} // namespace ys::ui
