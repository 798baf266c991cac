// SPDX-License-Identifier: MIT
#include "ui/session/compare_session.hpp"

#include "core/demos/compare_pairs.hpp"
#include "ui/window/demo_text.hpp"

#include <QStringList>

#include <algorithm>

namespace ys::ui {
namespace {

// What a side runs, for a pair made by hand: the demo's title and the parameters that differ
// from the other side (all of them when the demos differ).
QString labelOf(const Demo& demo, const Params& params, const Demo& otherDemo, const Params& otherParams)
{
    QString text = demoTitle(demo);
    QStringList parts;
    for (const ParamSpec& spec : demo.params) {
        const std::string value = params.text(spec.name);
        const bool same = &otherDemo == &demo && otherParams.text(spec.name) == value;
        if (!same) parts << QString::fromStdString(spec.name + " = " + value);
    }
    if (!parts.isEmpty()) text += QStringLiteral(" · ") + parts.join(QStringLiteral(", "));
    return text;
}

} // namespace

CompareSession::CompareSession(QObject* parent)
    : QObject(parent), player_(static_cast<PlaybackSource&>(*this))
{
}

CompareSession::~CompareSession() = default;

bool CompareSession::choosePair(int pairIndex)
{
    const std::vector<ComparePair>& pairs = comparePairs();
    if (pairIndex < 0 || pairIndex >= static_cast<int>(pairs.size())) return false;
    const ComparePair& pair = pairs[static_cast<std::size_t>(pairIndex)];
    std::array<const Demo*, 2> demos{};
    std::array<Params, 2> params;
    for (std::size_t i = 0; i < demos.size(); ++i) {
        demos[i] = pair.sides[i].findDemo();
        if (demos[i] == nullptr) return false;
        try {
            params[i] = pair.sides[i].params(*demos[i]);
        } catch (const ParamError&) {
            return false; // the pairs' own test names the bad parameter
        }
    }
    pair_ = pairIndex;
    load(demos, params);
    return true;
}

void CompareSession::setRun(int side, const Demo& demo, const Params& params)
{
    if (loading_) return;
    std::array<const Demo*, 2> demos{runs_[0].demo(), runs_[1].demo()};
    std::array<Params, 2> values{runs_[0].params(), runs_[1].params()};
    demos[index(side)] = &demo;
    values[index(side)] = params;
    // Before anything was loaded, the other side runs the same.
    for (std::size_t i = 0; i < demos.size(); ++i) {
        if (demos[i] == nullptr) {
            demos[i] = &demo;
            values[i] = params;
        }
    }
    pair_ = -1;
    load(demos, values);
}

QString CompareSession::label(int side) const
{
    // Made when asked, so that it speaks the language in use now.
    if (pair_ >= 0) {
        const ComparePair& pair = comparePairs()[static_cast<std::size_t>(pair_)];
        return QCoreApplication::translate("ComparePair", pair.sides[index(side)].label.c_str());
    }
    const int other = side == kSideB ? kSideA : kSideB;
    if (demo(side) == nullptr || demo(other) == nullptr) return {};
    return labelOf(*demo(side), params(side), *demo(other), params(other));
}

void CompareSession::reset()
{
    if (demo(kSideA) == nullptr || demo(kSideB) == nullptr) return;
    load({demo(kSideA), demo(kSideB)}, {params(kSideA), params(kSideB)});
}

void CompareSession::load(const std::array<const Demo*, 2>& demos, const std::array<Params, 2>& params)
{
    player_.pause();
    loading_ = true;
    // The views let go of the old traces before the engines that hold them go.
    emit runsAboutToLoad();
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        runs_[i].start(*demos[i], params[i]);
        runs_[i].recordUpTo(kMaxEvents);
    }
    axis_.build({runs_[0].trace(), runs_[1].trace()});
    emit runsLoaded();
    loading_ = false;
    emit cursorsChanged(-1);
}

bool CompareSession::cut(int side) const { return trace(side) != nullptr && !run(side).finished(); }

bool CompareSession::atEnd() const
{
    auto sideAtEnd = [this](int side) {
        const std::size_t n = size(side);
        const std::size_t c = cursor(side);
        return n == 0 || (c != kNoCursor && c + 1 >= n);
    };
    return sideAtEnd(kSideA) && sideAtEnd(kSideB);
}

bool CompareSession::atStart() const { return cursor(kSideA) == kNoCursor && cursor(kSideB) == kNoCursor; }

int CompareSession::nextSide() const
{
    // The side whose next event comes first in virtual time. On a tie A goes first: at an
    // instant both runs have, all of A's events there are shown before B's. This is the
    // order in which the shared axis places them too (same instant, A's cells from the left).
    std::array<std::size_t, 2> next{};
    std::array<bool, 2> has{};
    for (int side : {kSideA, kSideB}) {
        const std::size_t c = cursor(side);
        next[index(side)] = c == kNoCursor ? 0 : c + 1;
        has[index(side)] = next[index(side)] < size(side);
    }
    if (!has[0] && !has[1]) return -1;
    if (!has[1]) return kSideA;
    if (!has[0]) return kSideB;
    return timeOf(kSideA, next[0]) <= timeOf(kSideB, next[1]) ? kSideA : kSideB;
}

std::int64_t CompareSession::now() const
{
    std::int64_t t = 0;
    for (int side : {kSideA, kSideB}) {
        if (cursor(side) != kNoCursor) t = std::max(t, timeOf(side, cursor(side)));
    }
    return t;
}

std::optional<PlaybackSource::NextEvent> CompareSession::nextEvent()
{
    const int side = nextSide();
    if (side < 0) return std::nullopt;
    const std::size_t c = cursor(side);
    return NextEvent{now(), timeOf(side, c == kNoCursor ? 0 : c + 1)};
}

bool CompareSession::stepForward()
{
    const int side = nextSide();
    if (side < 0) return false;
    std::array<std::size_t, 2> c{cursor(kSideA), cursor(kSideB)};
    std::size_t& moved = c[index(side)];
    moved = moved == kNoCursor ? 0 : moved + 1;
    setCursors(c[0], c[1], side);
    return true;
}

bool CompareSession::stepBack()
{
    // Undoes the last step: the side whose shown event comes last in step order (later in
    // time; on a tie B, since A goes first).
    const std::size_t a = cursor(kSideA);
    const std::size_t b = cursor(kSideB);
    if (a == kNoCursor && b == kNoCursor) return false;
    int side = kSideB;
    if (b == kNoCursor || (a != kNoCursor && timeOf(kSideA, a) > timeOf(kSideB, b))) side = kSideA;
    std::array<std::size_t, 2> c{a, b};
    std::size_t& moved = c[index(side)];
    moved = moved == 0 ? kNoCursor : moved - 1;
    setCursors(c[0], c[1], side);
    return true;
}

void CompareSession::jumpToStart() { setCursors(kNoCursor, kNoCursor, -1); }

void CompareSession::jumpToEnd()
{
    const std::size_t a = size(kSideA);
    const std::size_t b = size(kSideB);
    setCursors(a == 0 ? kNoCursor : a - 1, b == 0 ? kNoCursor : b - 1, -1);
    emit jumpedToEnd();
}

void CompareSession::jumpTo(int side, std::size_t seq)
{
    if (seq >= size(side)) return;
    const std::int64_t t = timeOf(side, seq);
    const int other = side == kSideA ? kSideB : kSideA;
    // Everything of the other side that comes before this event in step order: earlier in
    // time, or at the same time when the other side is A.
    const auto& events = trace(other)->events();
    const auto it = other == kSideA
                        ? std::upper_bound(events.begin(), events.end(), t,
                                           [](std::int64_t v, const Event& e) { return v < e.t; })
                        : std::lower_bound(events.begin(), events.end(), t,
                                           [](const Event& e, std::int64_t v) { return e.t < v; });
    const auto count = static_cast<std::size_t>(it - events.begin());
    const std::size_t otherCursor = count == 0 ? kNoCursor : count - 1;
    if (side == kSideA) {
        setCursors(seq, otherCursor, -1);
    } else {
        setCursors(otherCursor, seq, -1);
    }
}

void CompareSession::setCursors(std::size_t a, std::size_t b, int steppedSide)
{
    for (int side : {kSideA, kSideB}) {
        const std::size_t c = side == kSideA ? a : b;
        if (c == kNoCursor) {
            run(side).jumpToStart();
        } else {
            run(side).jumpTo(c);
        }
    }
    emit cursorsChanged(steppedSide);
}

} // namespace ys::ui
