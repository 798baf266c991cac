// SPDX-License-Identifier: MIT
// Every export format, in the order the File menu lists them (those with a menu entry) and the
// command line writes them (those with an option). Each format is one file of this folder; its
// accessor is declared here and listed in exporters.cpp.
#pragma once

#include "ui/export/exporter.hpp"

#include <vector>

namespace ys::ui {

const std::vector<const Exporter*>& exporters();
// The exporter of that name(), or nullptr.
const Exporter* findExporter(const QString& name);
// The exporter of that command-line option, or nullptr.
const Exporter* findExporterForOption(const QString& option);

const Exporter& listingExporter();     // listing_exporter.cpp: --listing
const Exporter& traceFileExporter();   // trace_file_exporter.cpp: File > Save, --trace
const Exporter& timelinePngExporter(); // timeline_png_exporter.cpp
const Exporter& timelineSvgExporter(); // timeline_svg_exporter.cpp
const Exporter& chromeTraceExporter(); // chrome_trace_exporter.cpp: --chrome-trace
const Exporter& webPageExporter();     // web_page_exporter.cpp: --html
const Exporter& windowPngExporter();   // window_png_exporter.cpp

} // namespace ys::ui
