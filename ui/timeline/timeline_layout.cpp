// SPDX-License-Identifier: MIT
#include "ui/timeline/timeline_layout.hpp"

#include "ui/timeline/shared_axis.hpp"
#include "ui/timeline/timeline_text.hpp"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ys::ui {

TimelineLayout::TimelineLayout(double msPerSlot) : msUnit_(1.0 / std::max(msPerSlot, 1e-9)) {}

void TimelineLayout::setTrace(const ys::Trace* trace)
{
    trace_ = trace;
    reset();
    sync();
}

void TimelineLayout::reset()
{
    size_ = 0;
    instants_.clear();
    notable_.clear();
    blockCounts_.assign(1, {});
    running_ = {};
    rows_.clear();
    spanRow_.clear();
    freeRows_ = {};
    busyRows_ = {};
    pendingRows_.clear();
    spansAssigned_ = 0;
    kindsSeen_ = 0;
    instanceLanes_.clear();
}

bool TimelineLayout::isNotable(ys::Kind kind)
{
    return kind == ys::Kind::ReturnCalled || kind == ys::Kind::Done || kind == ys::Kind::Cleanup ||
           kind == ys::Kind::Error;
}

void TimelineLayout::sync()
{
    if (trace_ == nullptr) {
        reset();
        return;
    }
    const std::size_t n = trace_->size();
    if (n < size_ || trace_->spans().size() < spansAssigned_) reset(); // cleared or replaced
    if (n == size_ && trace_->spans().size() == spansAssigned_) return;

    const ys::EventStore& events = trace_->events();
    for (std::size_t seq = size_; seq < n; ++seq) {
        const ys::Event& e = events[seq];
        const auto s = static_cast<std::uint32_t>(seq);
        if (!instants_.empty() && instants_.back().last + 1 == s && events[instants_.back().last].t == e.t) {
            instants_.back().last = s;
        } else {
            instants_.push_back(Instant{s, s});
        }
        if (isNotable(e.kind)) notable_.push_back(s);
        kindsSeen_ |= 1U << static_cast<unsigned>(e.kind);
        ++running_[static_cast<std::size_t>(e.actor)];
        if ((seq + 1) % kBlock == 0) blockCounts_.push_back(running_);
        instanceLanes_.add(*trace_, seq);
    }
    size_ = n;
    assignSpans();
}

void TimelineLayout::assignSpans()
{
    const ys::SpanStore& spans = trace_->spans();
    spanRow_.resize(spans.size(), -1);
    // Rows whose last span was open at the previous sync: those that settled since are busy
    // until their end, the others stay pending. (Ends are read live.)
    std::size_t keep = 0;
    for (const std::uint32_t row : pendingRows_) {
        const ys::Span& last = spans[rows_[row].back()];
        if (last.end == ys::Span::kOpen) {
            pendingRows_[keep++] = row;
        } else {
            busyRows_.push({last.end, row});
        }
    }
    pendingRows_.resize(keep);

    for (; spansAssigned_ < spans.size(); ++spansAssigned_) {
        const ys::Span& span = spans[spansAssigned_];
        if (span.begin >= size_) break; // its awaiting event is not laid out yet
        // Spans come in order of their begin, so a row whose last span ended before this one
        // begins is free for every later span too.
        while (!busyRows_.empty() && busyRows_.top().end < span.begin) {
            freeRows_.push(busyRows_.top().row);
            busyRows_.pop();
        }
        // The first free row (the lowest), else a new one.
        std::uint32_t row = 0;
        if (freeRows_.empty()) {
            row = static_cast<std::uint32_t>(rows_.size());
            rows_.emplace_back();
        } else {
            row = freeRows_.top();
            freeRows_.pop();
        }
        rows_[row].push_back(static_cast<std::uint32_t>(spansAssigned_));
        spanRow_[spansAssigned_] = static_cast<std::int32_t>(row);
        if (span.end == ys::Span::kOpen) {
            pendingRows_.push_back(row);
        } else {
            busyRows_.push({span.end, row});
        }
    }
}

void TimelineLayout::setSharedAxis(const SharedAxis* axis, std::size_t run)
{
    axis_ = axis;
    axisRun_ = run;
}

double TimelineLayout::u(std::size_t seq) const
{
    if (axis_ != nullptr) return axis_->u(axisRun_, seq);
    return static_cast<double>((*trace_)[seq].t) * msUnit_ + static_cast<double>(seq) * kSlotUnit;
}

std::size_t TimelineLayout::lowerBound(double value, std::size_t count) const
{
    return lowerBound(value, 0, count);
}

std::size_t TimelineLayout::upperBound(double value, std::size_t count) const
{
    return upperBound(value, 0, count);
}

std::size_t TimelineLayout::lowerBound(double value, std::size_t from, std::size_t to) const
{
    std::size_t hi = std::min(to, size_);
    std::size_t lo = std::min(from, hi);
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (u(mid) < value) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

std::size_t TimelineLayout::upperBound(double value, std::size_t from, std::size_t to) const
{
    std::size_t hi = std::min(to, size_);
    std::size_t lo = std::min(from, hi);
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (u(mid) <= value) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

double TimelineLayout::beginU() const { return size_ == 0 ? -kSlotUnit / 2 : u(0) - kSlotUnit / 2; }

double TimelineLayout::endU(std::size_t count) const
{
    count = std::min(count, size_);
    return count == 0 ? kSlotUnit / 2 : u(count - 1) + kSlotUnit / 2;
}

double TimelineLayout::uOfTime(double ms, std::size_t count) const
{
    if (axis_ != nullptr) return axis_->uOfTime(ms);
    count = std::min(count, size_);
    if (count == 0) return ms * msUnit_ - kSlotUnit / 2;
    // First event at or after ms (events are sorted by t).
    const ys::EventStore& events = trace_->events();
    const auto it =
        std::lower_bound(events.begin(), events.begin() + static_cast<std::ptrdiff_t>(count), ms,
                         [](const ys::Event& e, double v) { return static_cast<double>(e.t) < v; });
    const auto f = static_cast<std::size_t>(it - events.begin());
    if (f == 0) return u(0) - kSlotUnit / 2 - (static_cast<double>(events[0].t) - ms) * msUnit_;
    const std::size_t p = f - 1; // last event before ms
    if (f < count && static_cast<double>(events[f].t) == ms) return u(f) - kSlotUnit / 2;
    return u(p) + kSlotUnit / 2 + (ms - static_cast<double>(events[p].t)) * msUnit_;
}

double TimelineLayout::timeAtU(double value, std::size_t count) const
{
    if (axis_ != nullptr) return axis_->timeAtU(value);
    count = std::min(count, size_);
    if (count == 0) return (value + kSlotUnit / 2) / msUnit_;
    // First event whose cell's right edge is at or after value.
    const std::size_t s = lowerBound(value - kSlotUnit / 2, count);
    const ys::EventStore& events = trace_->events();
    if (s < count && u(s) - kSlotUnit / 2 <= value) return static_cast<double>(events[s].t);
    if (s == 0) return static_cast<double>(events[0].t) - (u(0) - kSlotUnit / 2 - value) / msUnit_;
    const std::size_t p = s - 1;
    return static_cast<double>(events[p].t) + (value - (u(p) + kSlotUnit / 2)) / msUnit_;
}

double TimelineLayout::ticks(double u0, double u1, double pxPerUnit, double minSpacingPx, std::size_t count,
                             std::vector<Tick>& out) const
{
    out.clear();
    if (!(pxPerUnit > 0) || !(u1 > u0)) return 0;
    const double pxPerMs = pxPerUnit * msUnit_;
    const double raw = std::max(minSpacingPx / pxPerMs, 1.0);
    double step = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (step * m >= raw) {
            step *= m;
            break;
        }
    }
    const double t0 = std::max(0.0, timeAtU(u0, count));
    const double t1 = timeAtU(u1, count);
    double ms = std::ceil(t0 / step) * step;
    for (int i = 0; ms <= t1 && i < 2000; ++i, ms += step)
        out.push_back(Tick{ms, uOfTime(ms, count)});
    return step;
}

QString TimelineLayout::formatMs(double ms, double step)
{
    if (std::abs(ms) < 1000 && step < 1000)
        return TimelineText::tr("%1 ms", "a time on the axis and in tooltips: %1 milliseconds")
            .arg(std::llround(ms));
    const int decimals = step >= 1000 ? 0 : step >= 100 ? 1 : step >= 10 ? 2 : 3;
    // In the program's language (installLanguage makes it the default): "1.5 s", "1,5 с".
    const QLocale locale;
    QString s = locale.toString(ms / 1000.0, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point)) s.chop(point.size());
    }
    return TimelineText::tr("%1 s", "a time on the axis and in tooltips: %1 seconds").arg(s);
}

std::size_t TimelineLayout::instantOf(std::size_t seq) const
{
    const auto it = std::upper_bound(instants_.begin(), instants_.end(), seq,
                                     [](std::size_t s, const Instant& in) { return s < in.first; });
    return it == instants_.begin() ? 0 : static_cast<std::size_t>(it - instants_.begin()) - 1;
}

std::size_t TimelineLayout::firstInstantEndingAtOrAfter(std::size_t seq) const
{
    const auto it = std::lower_bound(instants_.begin(), instants_.end(), seq,
                                     [](const Instant& in, std::size_t s) { return in.last < s; });
    return static_cast<std::size_t>(it - instants_.begin());
}

int TimelineLayout::spanRow(std::size_t spanIndex) const
{
    return spanIndex < spanRow_.size() ? spanRow_[spanIndex] : -1;
}

std::optional<std::uint32_t> TimelineLayout::spanOfEvent(std::size_t seq) const
{
    if (trace_ == nullptr || seq >= size_) return std::nullopt;
    const ys::SpanStore& spans = trace_->spans();
    const ys::Kind kind = (*trace_)[seq].kind;
    if (kind == ys::Kind::Awaiting) {
        const auto end = spans.begin() + static_cast<std::ptrdiff_t>(spansAssigned_);
        const auto it = std::lower_bound(spans.begin(), end, seq,
                                         [](const ys::Span& s, std::size_t v) { return s.begin < v; });
        if (it != end && it->begin == seq) return static_cast<std::uint32_t>(it - spans.begin());
    } else if (kind == ys::Kind::Settled) {
        for (const std::vector<std::uint32_t>& row : rows_) {
            const auto it =
                std::lower_bound(row.begin(), row.end(), seq,
                                 [&](std::uint32_t i, std::size_t v) { return spans[i].end < v; });
            if (it != row.end() && spans[*it].end == seq) return *it;
        }
    }
    return std::nullopt;
}

std::size_t TimelineLayout::firstSpanInRowEndingAtOrAfter(int row, std::size_t seq, std::size_t count) const
{
    const ys::SpanStore& spans = trace_->spans();
    const std::vector<std::uint32_t>& r = rowSpans(row);
    const auto it = std::lower_bound(r.begin(), r.end(), seq, [&](std::uint32_t i, std::size_t v) {
        const std::uint32_t end = spans[i].end;
        const bool open = end == ys::Span::kOpen || end >= count;
        return !open && end < v;
    });
    return static_cast<std::size_t>(it - r.begin());
}

std::size_t TimelineLayout::firstSpanInRowBeginningAtOrAfter(int row, std::size_t seq, std::size_t from) const
{
    const ys::SpanStore& spans = trace_->spans();
    const std::vector<std::uint32_t>& r = rowSpans(row);
    from = std::min(from, r.size());
    const auto it = std::lower_bound(r.begin() + static_cast<std::ptrdiff_t>(from), r.end(), seq,
                                     [&](std::uint32_t i, std::size_t v) { return spans[i].begin < v; });
    return static_cast<std::size_t>(it - r.begin());
}

std::array<std::uint32_t, ys::kActorCount> TimelineLayout::actorCounts(std::size_t lo, std::size_t hi) const
{
    std::array<std::uint32_t, ys::kActorCount> counts{};
    hi = std::min(hi, size_);
    if (lo >= hi) return counts;
    const ys::EventStore& events = trace_->events();
    auto scan = [&](std::size_t a, std::size_t b) {
        for (std::size_t s = a; s < b; ++s)
            ++counts[static_cast<std::size_t>(events[s].actor)];
    };
    const std::size_t blo = (lo + kBlock - 1) / kBlock;
    const std::size_t bhi = hi / kBlock;
    if (bhi <= blo) {
        scan(lo, hi);
        return counts;
    }
    for (std::size_t a = 0; a < counts.size(); ++a)
        counts[a] = blockCounts_[bhi][a] - blockCounts_[blo][a];
    scan(lo, blo * kBlock);
    scan(bhi * kBlock, hi);
    return counts;
}

} // namespace ys::ui
