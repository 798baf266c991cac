// SPDX-License-Identifier: MIT
#include "ui/timeline/shared_axis.hpp"

#include <algorithm>
#include <limits>

namespace ys::ui {

SharedAxis::SharedAxis(double msPerSlot) : msUnit_(1.0 / std::max(msPerSlot, 1e-9)) {}

void SharedAxis::build(const std::vector<const ys::Trace*>& traces)
{
    traces_ = traces;
    rebuild();
}

void SharedAxis::rebuild()
{
    const std::size_t runs = traces_.size();
    us_.assign(runs, {});
    instants_.clear();
    totalWidth_ = 0;
    std::vector<std::size_t> next(runs, 0);
    for (std::size_t r = 0; r < runs; ++r) {
        if (traces_[r] != nullptr) us_[r].resize(traces_[r]->size());
    }
    constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::max();
    // Cumulative widths are whole numbers of cells: summing them as integers keeps u exactly
    // equal to the single layout's formula for one run.
    std::uint64_t cells = 0;
    for (;;) {
        std::int64_t t = kNone;
        for (std::size_t r = 0; r < runs; ++r) {
            if (next[r] < us_[r].size()) t = std::min(t, (*traces_[r])[next[r]].t);
        }
        if (t == kNone) break;
        const double start = static_cast<double>(t) * msUnit_ + static_cast<double>(cells);
        std::uint32_t width = 0;
        for (std::size_t r = 0; r < runs; ++r) {
            std::uint32_t index = 0;
            while (next[r] < us_[r].size() && (*traces_[r])[next[r]].t == t) {
                us_[r][next[r]] = start + static_cast<double>(index);
                ++next[r];
                ++index;
            }
            width = std::max(width, index);
        }
        instants_.push_back(Instant{t, start, width});
        cells += width;
    }
    totalWidth_ = static_cast<double>(cells);
}

double SharedAxis::u(std::size_t run, std::size_t seq) const
{
    const std::vector<double>& us = us_[run];
    if (seq < us.size()) return us[seq];
    // Recorded after the axis was built: after its end, one cell each, time running on.
    const auto t = static_cast<double>((*traces_[run])[seq].t);
    return t * msUnit_ + totalWidth_ + static_cast<double>(seq - us.size());
}

double SharedAxis::uOfTime(double ms) const
{
    constexpr double half = TimelineLayout::kSlotUnit / 2;
    if (instants_.empty()) return ms * msUnit_ - half;
    const auto it = std::lower_bound(instants_.begin(), instants_.end(), ms, [](const Instant& in, double v) {
        return static_cast<double>(in.t) < v;
    });
    if (it == instants_.begin()) return it->u - half - (static_cast<double>(it->t) - ms) * msUnit_;
    if (it != instants_.end() && static_cast<double>(it->t) == ms) return it->u - half;
    const Instant& p = *(it - 1);
    return p.u + static_cast<double>(p.width) - half + (ms - static_cast<double>(p.t)) * msUnit_;
}

double SharedAxis::timeAtU(double value) const
{
    constexpr double half = TimelineLayout::kSlotUnit / 2;
    if (instants_.empty()) return (value + half) / msUnit_;
    // The first instant whose right edge is at or after value.
    const auto it =
        std::lower_bound(instants_.begin(), instants_.end(), value, [](const Instant& in, double v) {
            return in.u + static_cast<double>(in.width) - half < v;
        });
    if (it != instants_.end() && it->u - half <= value) return static_cast<double>(it->t);
    if (it == instants_.begin()) return static_cast<double>(it->t) - (it->u - half - value) / msUnit_;
    const Instant& p = *(it - 1);
    return static_cast<double>(p.t) + (value - (p.u + static_cast<double>(p.width) - half)) / msUnit_;
}

double SharedAxis::beginU() const
{
    return instants_.empty() ? -TimelineLayout::kSlotUnit / 2
                             : instants_.front().u - TimelineLayout::kSlotUnit / 2;
}

double SharedAxis::endU() const
{
    if (instants_.empty()) return TimelineLayout::kSlotUnit / 2;
    const Instant& last = instants_.back();
    return last.u + static_cast<double>(last.width) - TimelineLayout::kSlotUnit / 2;
}

} // namespace ys::ui
