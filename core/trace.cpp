#include "trace.hpp"

#include <stdexcept>

namespace ys {

std::size_t Trace::append(const Event& e)
{
    const std::size_t seq = events_.size();
    events_.push_back(e);
    for (const Listener& listener : listeners_)
        listener(*this, seq);
    return seq;
}

std::size_t Trace::append(std::int64_t t, Actor actor, Kind kind, std::uint32_t value, int line)
{
    Event e;
    e.t = t;
    e.actor = actor;
    e.kind = kind;
    e.value = value;
    e.line = static_cast<std::uint16_t>(line > 0 && line <= 0xFFFF ? line : 0);
    return append(e);
}

std::uint32_t Trace::openSpan(std::size_t awaitingSeq)
{
    if (spans_.size() >= Span::kOpen) throw std::length_error("too many spans");
    spans_.push_back(Span{static_cast<std::uint32_t>(awaitingSeq), Span::kOpen});
    return static_cast<std::uint32_t>(spans_.size() - 1);
}

void Trace::closeSpan(std::uint32_t span, std::size_t settledSeq)
{
    spans_.at(span).end = static_cast<std::uint32_t>(settledSeq);
}

void Trace::clear()
{
    events_.clear();
    spans_.clear();
    values_.clear();
}

std::size_t Trace::bytesUsed() const
{
    return events_.capacity() * sizeof(Event) + spans_.capacity() * sizeof(Span) + values_.bytesUsed();
}

} // namespace ys
