// SPDX-License-Identifier: MIT
#include "ui/timeline/text_placement.hpp"

#include <algorithm>

namespace ys::ui {
namespace {

// Half a pixel of slack: text boxes from font metrics are fractional, and two labels that
// share an edge do not overlap.
constexpr double kSlack = 0.5;

bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.left() < b.right() - kSlack && b.left() < a.right() - kSlack && a.top() < b.bottom() - kSlack &&
           b.top() < a.bottom() - kSlack;
}

bool inside(const QRectF& rect, const QRectF& region)
{
    return rect.left() >= region.left() - kSlack && rect.right() <= region.right() + kSlack &&
           rect.top() >= region.top() - kSlack && rect.bottom() <= region.bottom() + kSlack;
}

} // namespace

void TextPlacement::reset() { taken_.clear(); }

bool TextPlacement::fits(const QRectF& rect, const QRectF& region, double air) const
{
    if (!inside(rect, region)) return false;
    const QRectF wide = rect.adjusted(-air, 0, air, 0);
    // Latest first: labels are placed left to right, so a clash is most often with the last few.
    return std::none_of(taken_.rbegin(), taken_.rend(), [&](const QRectF& t) { return overlaps(wide, t); });
}

void TextPlacement::take(const QRectF& rect, const QRectF& region, const QString& text)
{
    taken_.push_back(rect);
    if (recorder_ != nullptr) recorder_->placed(PlacedText{rect, region, text, QStringLiteral("timeline")});
}

bool TextPlacement::place(const QRectF& rect, const QRectF& region, const QString& text)
{
    if (!fits(rect, region)) return false;
    take(rect, region, text);
    return true;
}

} // namespace ys::ui
