// SPDX-License-Identifier: MIT
#include "core/demos/engine.hpp"

#include "core/js/runtime.hpp"

namespace ys {

Engine::Engine(const Demo& demo, Params params)
    : demo_(&demo), params_(std::move(params)), runtime_(std::make_unique<Runtime>())
{
    // The listing's top level is the first macrotask, so constructing records nothing and
    // the first step shows the first event.
    runtime_->loop().addTimer(0, makeJob(runtime_->loop(), [this] { demo_->start(*runtime_, params_); }));
}

Engine::~Engine()
{
    Runtime::Activation active(*runtime_);
    runtime_.reset();
}

const Trace& Engine::trace() const { return runtime_->trace(); }

bool Engine::runOne()
{
    Runtime::Activation active(*runtime_);
    return runtime_->loop().runOne();
}

bool Engine::step()
{
    const std::size_t before = trace().size();
    Runtime::Activation active(*runtime_);
    while (trace().size() == before) {
        if (!runtime_->loop().runOne()) return false;
    }
    return true;
}

std::size_t Engine::runToEnd(std::size_t maxEvents)
{
    Runtime::Activation active(*runtime_);
    EventLoop& loop = runtime_->loop();
    while (trace().size() < maxEvents && loop.runOne()) {
    }
    return trace().size();
}

bool Engine::finished() const { return runtime_->loop().idle(); }

std::int64_t Engine::now() const { return runtime_->now(); }

void Engine::addListener(std::function<void(const Trace&, std::size_t)> listener)
{
    runtime_->trace().addListener(std::move(listener));
}

} // namespace ys
