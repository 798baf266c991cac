// SPDX-License-Identifier: MIT
// A demo's parameters as the settings of the simulated sources, so a demo's listing runs on the
// embedded engine against the same world the C++ engine and the Node harness give it.
#include "core/script/script_engine.hpp"

#include "core/demos/demo.hpp"

namespace ys::script {

World worldFor(const Params& params)
{
    World world;
    const auto set = [&](const char* name, std::int64_t& field) {
        for (const ParamSpec& spec : params.specs()) {
            if (spec.name == name && !spec.isList) field = params.integer(name);
        }
    };
    set("users", world.users);
    set("pageSize", world.pageSize);
    set("latency", world.latency);
    set("chunkSize", world.chunkSize);
    set("interval", world.interval);
    set("step", world.step);
    for (const ParamSpec& spec : params.specs()) {
        if (spec.name == "latencies") world.latencies = params.list("latencies");
    }
    world.wrapSyncLoops = params.demoName() == "sync";
    if (params.demoName() == "chunks")
        world.latency = world.interval; // the response comes after one interval
    return world;
}

} // namespace ys::script
