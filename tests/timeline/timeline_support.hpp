// Traces for the timeline's tests: real demo runs from the engine, and synthetic ones.
#pragma once

#include "demo.hpp"
#include "engine.hpp"
#include "trace.hpp"

#include <QString>
#include <QTest>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ys::test {

// An engine for `demo` with its defaults, plus `key=value` settings, not yet stepped.
inline std::unique_ptr<ys::Engine> makeEngine(const char* demo, const std::vector<std::string>& settings = {})
{
    const ys::Demo* d = ys::findDemo(demo);
    if (d == nullptr) return nullptr;
    ys::Params params = d->defaults();
    for (const std::string& s : settings)
        params.assign(s);
    return std::make_unique<ys::Engine>(*d, params);
}

// The same, run to the end.
inline std::unique_ptr<ys::Engine> runDemo(const char* demo, const std::vector<std::string>& settings = {})
{
    auto engine = makeEngine(demo, settings);
    if (engine) engine->runToEnd();
    return engine;
}

// A countdown-like trace of `cycles` rounds: each waits `ms` (a span) then bursts 8 events.
inline void fillSynthetic(ys::Trace& trace, std::size_t cycles, std::int64_t ms = 500)
{
    using ys::Actor;
    using ys::Kind;
    trace.reserve(cycles * 8 + 2);
    const std::uint32_t label = trace.intern("\"setTimeout 500\"");
    const std::uint32_t log = trace.intern("\"tick\"");
    std::int64_t t = 0;
    trace.append(t, Actor::Consumer, Kind::NextCalled, 0, 1);
    trace.append(t, Actor::Producer, Kind::Resumed, 0, 1);
    for (std::size_t c = 0; c < cycles; ++c) {
        const std::uint32_t span = trace.openSpan(trace.append(t, Actor::Source, Kind::Awaiting, label, 2));
        t += ms;
        trace.closeSpan(span, trace.append(t, Actor::Source, Kind::Settled, label, 2));
        const std::uint32_t value = trace.intern(std::to_string(c % 100));
        trace.append(t, Actor::Producer, Kind::Resumed, 0, 2);
        trace.append(t, Actor::Producer, Kind::Yielded, value, 3);
        trace.append(t, Actor::Consumer, Kind::ValueReceived, value, 8);
        trace.append(t, Actor::Console, Kind::Log, log, 9);
        trace.append(t, Actor::Consumer, Kind::NextCalled, 0, 8);
        trace.append(t, Actor::Producer, Kind::Resumed, 0, 3);
    }
}

} // namespace ys::test
