// SPDX-License-Identifier: MIT
// A demo's texts (core/demos/*.cpp, marked YS_TRANSLATE_NOOP("Demo", ...)) in the language
// installed now; the English of the sources when there is no translation.
#pragma once

#include "core/demos/demo.hpp"
#include "core/demos/params.hpp"

#include <QCoreApplication>
#include <QString>

namespace ys::ui {

inline QString demoTitle(const Demo& demo) { return QCoreApplication::translate("Demo", demo.title.c_str()); }
inline QString demoSummary(const Demo& demo)
{
    return QCoreApplication::translate("Demo", demo.summary.c_str());
}
inline QString paramHelp(const ParamSpec& spec)
{
    return QCoreApplication::translate("Demo", spec.help.c_str());
}
// What a parameter accepts, as ParamSpec::acceptedValues() says it in English.
inline QString acceptedValues(const ParamSpec& spec)
{
    if (!spec.isList)
        return QCoreApplication::translate("Demo", "an integer from %1 to %2").arg(spec.min).arg(spec.max);
    return QCoreApplication::translate("Demo", "%1 to %2 integers from %3 to %4, comma-separated")
        .arg(static_cast<qulonglong>(spec.minItems))
        .arg(static_cast<qulonglong>(spec.maxItems))
        .arg(spec.min)
        .arg(spec.max);
}

} // namespace ys::ui
