// SPDX-License-Identifier: MIT
#include "ui/timeline/instance_title.hpp"

#include "ui/timeline/timeline_text.hpp"

#include <string>

namespace ys::ui {
namespace {

// The engine's name cut into what it names and its line: "numbers, line 2" → "numbers()", "2".
struct NameParts {
    QString what;
    QString line; // empty when the name gives none
};

NameParts parts(const std::string& name)
{
    static const std::string kLine = ", line ";
    const std::size_t at = name.rfind(kLine);
    NameParts out;
    const std::string what = at == std::string::npos ? name : name.substr(0, at);
    if (at != std::string::npos) out.line = QString::fromStdString(name.substr(at + kLine.size()));
    const bool loop = what == "for await" || what == "for";
    out.what = QString::fromStdString(what) + (loop || what.empty() ? QString() : QStringLiteral("()"));
    return out;
}

} // namespace

InstanceTitle instanceTitle(const InstanceLanes& lanes, const ys::Trace* trace, ys::Actor actor, int lane)
{
    const QString role =
        actor == ys::Actor::Consumer ? TimelineText::tr("consumer") : TimelineText::tr("producer");
    const int sharing = lanes.instancesInLane(actor, lane);
    if (sharing > 1) return {TimelineText::tr("%n more", nullptr, sharing), role};
    const std::uint16_t id = lanes.instanceOfLane(actor, lane);
    if (trace == nullptr || id == 0 || id >= trace->instanceNames().size())
        return {TimelineText::tr("other"), role};
    const NameParts p = parts(trace->instanceNames()[id]);
    if (p.line.isEmpty()) return {p.what, role};
    // The title says what plays the role (a loop, a function's name): the line tells two apart.
    return {p.what, TimelineText::tr("line %1").arg(p.line)};
}

QString instanceName(const ys::Trace& trace, std::uint16_t instance)
{
    if (instance == 0 || instance >= trace.instanceNames().size()) return {};
    const NameParts p = parts(trace.instanceNames()[instance]);
    if (p.line.isEmpty()) return p.what;
    //: A generator or a loop named with its line: "numbers() (line 2)", "for await (line 12)".
    return TimelineText::tr("%1 (line %2)").arg(p.what, p.line);
}

QString laneInstanceName(const InstanceLanes& lanes, const ys::Trace& trace, std::size_t seq)
{
    if (seq >= trace.size() || lanes.instances(trace[seq].actor).size() < 2) return {};
    return instanceName(trace, trace.instance(seq));
}

} // namespace ys::ui
