// SPDX-License-Identifier: MIT
#include "core/demos/demo.hpp"

#include "core/demos/listing.hpp"

namespace ys {

std::string_view Demo::listingTemplate() const { return ys::listingTemplate(name); }

std::string Demo::listing(const Params& values) const
{
    return renderTemplate(listingTemplate(), [&](std::string_view key) {
        return placeholder ? placeholder(key, values) : values.text(key);
    });
}

int Demo::line(std::string_view snippet) const { return lineOf(listingTemplate(), snippet); }

ProgramShape Demo::programShape() const
{
    const DemoShape& s = shape.value();
    const auto lineOrNone = [this](std::string_view snippet) { return snippet.empty() ? 0 : line(snippet); };
    return {s.producer,  lineOrNone(s.producerFrom), lineOrNone(s.producerTo),
            s.asyncLoop, lineOrNone(s.loopFrom),     lineOrNone(s.loopTo)};
}

const Demo* findDemo(std::string_view name)
{
    for (const Demo* demo : allDemos()) {
        if (demo->name == name) return demo;
    }
    return nullptr;
}

std::string demoNames()
{
    std::string out;
    for (const Demo* demo : allDemos()) {
        if (!out.empty()) out += ", ";
        out += demo->name;
    }
    return out;
}

} // namespace ys
