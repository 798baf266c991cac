// SPDX-License-Identifier: MIT
// Draws the notes a presenter pins to events: a sticky-note callout along the top of the
// timeline's plot, above the event it belongs to, with a thin dashed stem down to the event's
// mark. Notes stay out of the lanes' label rows; when two would overlap the later one takes a
// second row, and a note with no room left is drawn as a small flag (its text is in the
// tooltip and the narration). No widget: TimelineView runs it over the renderer's frame, as the last of the
// timeline's passes.
#pragma once

#include "ui/style/theme.hpp"
#include "ui/timeline/timeline_layout.hpp"
#include "ui/timeline/timeline_viewport.hpp"

#include <QFont>
#include <QRectF>
#include <QString>

#include <cstddef>
#include <optional>
#include <vector>

class QPainter;

namespace ys::ui {

struct PinnedNote {
    std::size_t seq = 0;
    QString text;
};

class NotesPass {
public:
    void setTheme(const Theme& theme) { theme_ = theme; }
    void setScale(qreal scale) { scale_ = scale; }

    // Draws the notes of events [0, count) that are within the plot, and remembers where.
    void paint(QPainter& painter, const TimelineLayout& layout, const TimelineViewport& viewport,
               std::size_t count, const std::vector<PinnedNote>& notes);

    // Where the last paint drew event seq's note (none when it was not drawn).
    std::optional<QRectF> noteRect(std::size_t seq) const;
    // The event whose note is under pos, in the last paint.
    std::optional<std::size_t> noteAt(QPointF pos) const;

private:
    struct Drawn {
        std::size_t seq = 0;
        QRectF box;
    };

    Theme theme_;
    qreal scale_ = 1.0;
    std::vector<Drawn> drawn_;
};

} // namespace ys::ui
