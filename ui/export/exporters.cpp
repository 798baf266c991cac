// SPDX-License-Identifier: MIT
#include "ui/export/exporters.hpp"

namespace ys::ui {

const std::vector<const Exporter*>& exporters()
{
    // The command line writes its outputs in this order (to standard output, one after the
    // other), and the File menu lists its entries in this order.
    static const std::vector<const Exporter*> all = {
        &listingExporter(),     &traceFileExporter(), &timelinePngExporter(), &timelineSvgExporter(),
        &chromeTraceExporter(), &webPageExporter(),   &windowPngExporter(),
    };
    return all;
}

const Exporter* findExporter(const QString& name)
{
    for (const Exporter* exporter : exporters()) {
        if (exporter->name() == name) return exporter;
    }
    return nullptr;
}

const Exporter* findExporterForOption(const QString& option)
{
    for (const Exporter* exporter : exporters()) {
        if (const auto o = exporter->commandLineOption(); o && o->name == option) return exporter;
    }
    return nullptr;
}

} // namespace ys::ui
