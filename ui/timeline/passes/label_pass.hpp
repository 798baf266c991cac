// SPDX-License-Identifier: MIT
// The texts on events: the labels of values (prepared once per value), the fixed names of
// kinds, and where a label goes. Each lane has two label rows; a label is tried centred on
// its mark, then starting at it, then ending at it, in either row, clear of every text placed
// so far, and else left out (the tooltip has it). The current event's label is placed first
// (reserveCurrent, before the spans and marks) and always shown. The marks pass asks this
// pass to draw each mark's label just after the mark, so later marks paint over earlier
// labels as they always have.
#pragma once

#include "ui/timeline/passes/paint_context.hpp"

#include <QHash>

#include <array>

namespace ys::ui {

class LabelPass {
public:
    struct Label {
        QStaticText text;
        qreal width = 0;
    };
    enum class Form { Value, ValueShort, Yield, Log, Error, Span, Arrived, Buffer };

    // Texts that depend on the style: the fixed names of kinds.
    void prepare(const TimelineStyle& style);
    void invalidate();

    // The label of event e's value in `form` (cached by value).
    const Label& label(const TimelineStyle& style, Form form, const ys::Trace& trace, const ys::Event& e);
    // The name a kind's mark carries (next(), done, …), or an empty label.
    const Label& fixed(ys::Kind kind) const { return fixed_.at(static_cast<std::size_t>(kind)); }

    // The current event's label takes its room before any other is placed.
    void reserveCurrent(PaintContext& c);

    // A label for a mark at x in `lane`'s label rows; a chip draws a box behind it. When there
    // is no room, `shorter` is tried before leaving the label out.
    struct Request {
        ys::Actor lane = ys::Actor::Consumer;
        std::uint16_t instance = 0; // the lane's generator or loop (Trace::instance)
        double x = 0;
        bool current = false;
        const QStaticText* text = nullptr;
        double width = 0;
        const QFont* font = nullptr;
        const QPen* pen = nullptr;
        const Ink* chipBorder = nullptr;
        const QBrush* chipFill = nullptr;
        const Label* shorter = nullptr;
    };
    static void draw(PaintContext& c, const Request& r);

    // Label rows: a label `width` wide for a mark at `anchor`, first tried at `left`: the row
    // where it fits clear of the texts placed so far (and its final left), or -1.
    static int findPlace(PaintContext& c, ys::Actor lane, double& left, double width, double height,
                         double anchor, bool chip, std::uint16_t instance = 0);
    // Top of the label.
    static double rowY(const PaintContext& c, ys::Actor lane, int row, double height,
                       std::uint16_t instance = 0);
    // Where an arrival's label starts for a mark at x.
    static double arrivalLeft(const PaintContext& c, double x, double width);
    // Centred on x, inside the plot.
    static double centredLeft(const PaintContext& c, double x, double width);
    // The room a label takes (a chip's box around its text).
    static QRectF box(const PaintContext& c, double left, double top, double width, double height, bool chip);

private:
    QHash<quint64, Label> labels_;
    const ys::Trace* labelsTrace_ = nullptr;
    std::size_t labelsValueCount_ = 0;
    std::array<Label, ys::kKindCount> fixed_;
};

} // namespace ys::ui
