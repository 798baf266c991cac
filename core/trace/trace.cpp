// SPDX-License-Identifier: MIT
#include "core/trace/trace.hpp"

#include <stdexcept>

namespace ys {

void Trace::notify(std::size_t seq) const
{
    for (const Listener& listener : listeners_)
        listener(*this, seq);
}

std::uint32_t Trace::openSpan(std::size_t awaitingSeq)
{
    if (spans_.size() >= Span::kOpen) throw std::length_error("too many spans");
    spans_.push_back(Span{static_cast<std::uint32_t>(awaitingSeq), Span::kOpen});
    return static_cast<std::uint32_t>(spans_.size() - 1);
}

void Trace::closeSpan(std::uint32_t span, std::size_t settledSeq)
{
    if (span >= spans_.size()) throw std::out_of_range("no such span");
    spans_[span].end = static_cast<std::uint32_t>(settledSeq);
}

std::uint16_t Trace::addInstance(std::string name)
{
    if (instanceNames_.size() > std::numeric_limits<std::uint16_t>::max())
        return 0; // so many: all in one lane
    instanceNames_.push_back(std::move(name));
    return static_cast<std::uint16_t>(instanceNames_.size() - 1);
}

void Trace::setInstance(std::size_t seq, std::uint16_t instance)
{
    if (seq >= events_.size()) throw std::out_of_range("no such event");
    if (instances_.size() <= seq) instances_.resize(seq + 1, 0);
    instances_[seq] = instance;
}

void Trace::clear()
{
    events_.clear();
    spans_.clear();
    values_.clear();
    instances_ = {};
    instanceNames_ = {""};
}

std::size_t Trace::bytesUsed() const
{
    return events_.bytesUsed() + spans_.bytesUsed() + values_.bytesUsed() +
           instances_.capacity() * sizeof(std::uint16_t);
}

} // namespace ys
