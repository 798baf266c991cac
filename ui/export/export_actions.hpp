// SPDX-License-Identifier: MIT
// The File menu's entries for the exporters (exporters.hpp): one action each for those with a
// menu entry, in the registry's order, with a separator between the Save group and the exports.
// Triggered, an entry asks the exporter's options, then a file name, then hands both to `run`.
#pragma once

#include "ui/export/exporter.hpp"

#include <QList>

#include <functional>

class QAction;
class QWidget;

namespace ys::ui {

class RunSession;

using RunExport =
    std::function<void(const Exporter& exporter, const QString& path, const ExportOptions& options)>;

// The actions (children of `window`; the separators are actions too). An action with a
// shortcut is the window's, whichever widget has the focus.
QList<QAction*> makeExportActions(QWidget& window, const RunSession& session, const RunExport& run);

} // namespace ys::ui
