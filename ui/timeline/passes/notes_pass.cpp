// SPDX-License-Identifier: MIT
#include "ui/timeline/passes/notes_pass.hpp"

#include "ui/timeline/long_text.hpp"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>

namespace ys::ui {
namespace {

constexpr int kRows = 2;
constexpr qreal kFontPoints = 13;
constexpr qreal kMaxTextPx = 260; // longer notes are elided here (whole in the tooltip)

struct NoteInk {
    QColor paper, edge, text;
};

// A sticky note's yellow, kept readable on either theme.
NoteInk noteInk(const Theme& theme)
{
    if (theme.isDark) return {QColor(0x4a, 0x3d, 0x10), QColor(0xe0, 0xb9, 0x3a), QColor(0xff, 0xf1, 0xc4)};
    return {QColor(0xff, 0xf4, 0xc2), QColor(0xb8, 0x8a, 0x00), QColor(0x3a, 0x2e, 0x00)};
}

} // namespace

void NotesPass::paint(QPainter& p, const TimelineLayout& layout, const TimelineViewport& viewport,
                      std::size_t count, const std::vector<PinnedNote>& notes)
{
    drawn_.clear();
    if (notes.empty() || count == 0) return;
    const qreal s = scale_;
    const NoteInk ink = noteInk(theme_);
    QFont font = p.font();
    font.setPointSizeF(kFontPoints * s);
    font.setBold(true);
    const QFontMetricsF fm(font);
    const QRectF plot = viewport.plotRect();
    const qreal padX = 8 * s;
    const qreal boxH = fm.height() + 8 * s;
    const qreal flagW = 6 * s;
    std::array<qreal, kRows> rowRight;
    rowRight.fill(-1e300);

    p.save();
    p.setClipRect(plot);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(font);
    for (const PinnedNote& note : notes) {
        if (note.seq >= count || note.seq >= layout.size()) continue;
        const QPointF anchor = viewport.eventAnchor(layout, note.seq);
        if (anchor.x() < plot.left() - kMaxTextPx * s || anchor.x() > plot.right()) continue;
        // Cut before measuring: a note may be a MiB long, and only a line of it shows.
        const QString text = fm.elidedText(elideLongText(note.text, kNoteChars, 1).simplified(),
                                           Qt::ElideRight, kMaxTextPx * s);
        const qreal w = fm.horizontalAdvance(text) + 2 * padX + flagW;
        // The callout starts at its event and takes the first row with room.
        const qreal left = anchor.x() - flagW / 2;
        int row = -1;
        for (int r = 0; r < kRows; ++r) {
            if (left >= rowRight.at(static_cast<std::size_t>(r)) + 6 * s) {
                row = r;
                break;
            }
        }
        const qreal top = plot.top() + 6 * s + std::max(row, 0) * (boxH + 4 * s);
        QRectF box(left, top, w, boxH);
        if (row < 0)
            box = QRectF(left, plot.top() + 6 * s, flagW * 3, boxH); // no room: a flag
        else
            rowRight.at(static_cast<std::size_t>(row)) = box.right();

        // The stem: from the note down to the event's mark, thin and dashed.
        p.setPen(QPen(ink.edge, 1.5 * s, Qt::DashLine, Qt::FlatCap));
        p.drawLine(QPointF(anchor.x(), box.bottom()), QPointF(anchor.x(), anchor.y() - 10 * s));

        p.setPen(QPen(ink.edge, 1.5 * s));
        p.setBrush(ink.paper);
        p.drawRoundedRect(box, 4 * s, 4 * s);
        p.fillRect(QRectF(box.left(), box.top(), flagW, box.height()), ink.edge);
        if (row >= 0) {
            p.setPen(ink.text);
            p.drawText(QRectF(box.left() + flagW + padX, box.top(), w - 2 * padX - flagW, box.height()),
                       Qt::AlignVCenter | Qt::AlignLeft, text);
        }
        drawn_.push_back({note.seq, box});
    }
    p.restore();
}

std::optional<QRectF> NotesPass::noteRect(std::size_t seq) const
{
    for (const Drawn& d : drawn_) {
        if (d.seq == seq) return d.box;
    }
    return std::nullopt;
}

std::optional<std::size_t> NotesPass::noteAt(QPointF pos) const
{
    // The later notes are drawn on top: the last one under pos wins.
    std::optional<std::size_t> found;
    for (const Drawn& d : drawn_) {
        if (d.box.contains(pos)) found = d.seq;
    }
    return found;
}

} // namespace ys::ui
