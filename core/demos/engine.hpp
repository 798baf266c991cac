// SPDX-License-Identifier: MIT
// Runs one demo with one set of parameters, an event at a time or to the end.
// The engine owns the run's world (event loop, trace, coroutine frames); destroying it
// frees everything, whatever state the run is in.
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"
#include "core/trace/trace.hpp"

#include <cstdint>
#include <functional>
#include <memory>

namespace ys {

class Runtime;

class Engine {
public:
    Engine(const Demo& demo, Params params);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    const Demo& demo() const { return *demo_; }
    const Params& params() const { return params_; }
    const Trace& trace() const;
    std::string listing() const { return demo_->listing(params_); }

    // Runs the event loop until at least one new event is recorded. Returns false, recording
    // nothing, when the run has ended. One job can record several events at once.
    bool step();
    // Runs to the end, or until `maxEvents` events exist. Returns the number of events.
    std::size_t runToEnd(std::size_t maxEvents = SIZE_MAX);
    bool finished() const;
    std::int64_t now() const;

    // Listeners hear each new event as it is recorded.
    void addListener(std::function<void(const Trace&, std::size_t seq)> listener);

private:
    bool runOne();

    const Demo* demo_;
    Params params_;
    std::unique_ptr<Runtime> runtime_;
};

} // namespace ys
