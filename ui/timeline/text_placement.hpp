// SPDX-License-Identifier: MIT
// Where a frame's texts go, and what was drawn where.
//
// TextPlacement is the renderer's collision avoidance: a text is drawn only where it fits
// inside its region (its lane, the gutter, the axis row, the legend) and clear of every text
// placed before it in the same frame. The renderer tries the places it prefers in turn
// (a label row, the next row, a shorter form) and leaves the text out when none is free: the
// tooltip still has it.
//
// A TextRecorder, when one is set, hears of every text placed, with its region: the layout
// audit (tests/ui/tst_layout_audit) checks the recorded rectangles for overlaps and for texts
// outside their region.
#pragma once

#include <QRectF>
#include <QString>

#include <vector>

namespace ys::ui {

// One text as drawn: its box, the region it must stay inside, and what it said.
struct PlacedText {
    QRectF rect;
    QRectF region;
    QString text;
    QString area; // which part of the window drew it ("timeline", "code", "narration")
};

class TextRecorder {
public:
    virtual ~TextRecorder() = default;
    virtual void placed(const PlacedText& text) = 0;
};

class TextPlacement {
public:
    // Forgets the texts of the last frame.
    void reset();
    void setRecorder(TextRecorder* recorder) { recorder_ = recorder; }
    TextRecorder* recorder() const { return recorder_; }

    // Whether `rect` lies inside `region` and clear of every text placed so far, by `air`
    // pixels left and right.
    bool fits(const QRectF& rect, const QRectF& region, double air = 0) const;
    // Takes the room of `rect` (whether or not it fits) and tells the recorder.
    void take(const QRectF& rect, const QRectF& region, const QString& text);
    // take() when it fits(); false (nothing taken) otherwise.
    bool place(const QRectF& rect, const QRectF& region, const QString& text);

private:
    std::vector<QRectF> taken_;
    TextRecorder* recorder_ = nullptr;
};

} // namespace ys::ui
