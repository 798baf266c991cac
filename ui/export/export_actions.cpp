// SPDX-License-Identifier: MIT
#include "ui/export/export_actions.hpp"

#include "ui/export/exporters.hpp"

#include <QAction>
#include <QFileDialog>
#include <QWidget>

namespace ys::ui {

QList<QAction*> makeExportActions(QWidget& window, const RunSession& session, const RunExport& run)
{
    QList<QAction*> actions;
    std::optional<Exporter::MenuGroup> group;
    for (const Exporter* exporter : exporters()) {
        if (exporter->menuText().isEmpty()) continue;
        if (group && *group != exporter->menuGroup()) {
            auto* separator = new QAction(&window);
            separator->setSeparator(true);
            actions << separator;
        }
        group = exporter->menuGroup();
        auto* action = new QAction(exporter->menuText(), &window);
        action->setObjectName(exporter->actionName());
        action->setStatusTip(exporter->statusTip());
        if (!exporter->shortcut().isEmpty()) {
            action->setShortcut(exporter->shortcut());
            action->setShortcutContext(Qt::WindowShortcut);
            window.addAction(action);
        }
        QObject::connect(action, &QAction::triggered, &window, [&window, &session, exporter, run] {
            const std::optional<ExportOptions> options = exporter->askOptions(window);
            if (!options) return;
            const QString path =
                QFileDialog::getSaveFileName(&window, exporter->dialogTitle(),
                                             exporter->suggestedFileName(session), exporter->fileFilter());
            if (!path.isEmpty()) run(*exporter, path, *options);
        });
        actions << action;
    }
    return actions;
}

} // namespace ys::ui
