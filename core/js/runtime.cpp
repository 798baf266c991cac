// SPDX-License-Identifier: MIT
#include "core/js/runtime.hpp"

#include <cassert>
#include <stdexcept>

namespace ys {
namespace {
thread_local Runtime* tCurrent = nullptr;
} // namespace

Runtime::Runtime() = default;

Runtime::~Runtime()
{
    loop_.clear();
    destroyDetachedFrames();
}

Runtime& Runtime::current()
{
    if (tCurrent == nullptr) throw std::logic_error("no Runtime is active on this thread");
    return *tCurrent;
}

Runtime::Activation::Activation(Runtime& rt) : previous_(tCurrent) { tCurrent = &rt; }
Runtime::Activation::~Activation() { tCurrent = previous_; }

void Runtime::destroyDetachedFrames()
{
    // Destroying a frame can destroy others it owns (a generator local to it), which unlink
    // themselves; so always restart from the head.
    while (frames_ != nullptr)
        frames_->handle_.destroy();
}

std::uint32_t Runtime::beginOperation(const Operation& op, int line)
{
    scratch_.clear();
    appendJsonString(scratch_, operationLabel(op));
    const std::size_t seq = recordJson(Actor::Source, Kind::Awaiting, line, scratch_);
    return trace_.openSpan(seq);
}

void Runtime::endOperation(std::uint32_t span, int line)
{
    const Event& begin = trace_[trace_.spans()[span].begin];
    const std::size_t seq = record(Actor::Source, Kind::Settled, line, begin.value);
    trace_.closeSpan(span, seq);
}

DetachedFrame::DetachedFrame() : runtime_(&Runtime::current())
{
    next_ = runtime_->frames_;
    if (next_ != nullptr) next_->prev_ = this;
    runtime_->frames_ = this;
}

DetachedFrame::~DetachedFrame()
{
    if (prev_ != nullptr) {
        prev_->next_ = next_;
    } else {
        runtime_->frames_ = next_;
    }
    if (next_ != nullptr) next_->prev_ = prev_;
}

} // namespace ys
