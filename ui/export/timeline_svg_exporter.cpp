// SPDX-License-Identifier: MIT
// File > Export timeline as SVG…: the timeline as a scalable drawing of its size, as drawn now
// or the whole run so far (TimelineExportDialog asks which).
#include "ui/export/exporters.hpp"

#include "ui/export/timeline_export_dialog.hpp"
#include "ui/export/whole_run_view.hpp"

#include <QFileInfo>
#include <QPainter>
#include <QSvgGenerator>

namespace ys::ui {
namespace {

class TimelineSvgExporter final : public Exporter {
    // Its texts are translated under its own name, as lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(ys::ui::TimelineSvgExporter)

public:
    QString name() const override { return QStringLiteral("timeline-svg"); }
    QString menuText() const override { return tr("Export timeline as S&VG…"); }
    QString actionName() const override { return QStringLiteral("actionExportSvg"); }
    QString statusTip() const override
    {
        return tr("Save the timeline, as shown or the whole run, as a scalable drawing");
    }
    QString dialogTitle() const override { return tr("Export the timeline as SVG"); }
    QString fileFilter() const override { return tr("SVG drawings (*.svg);;All files (*)"); }
    QString suffix() const override { return QStringLiteral("svg"); }
    QString suggestedFileName(const RunSession& session) const override
    {
        return runBaseName(session, QStringLiteral("timeline")) + QStringLiteral("-timeline.svg");
    }

    std::optional<ExportOptions> askOptions(QWidget& window) const override
    {
        TimelineExportDialog dialog(TimelineExportDialog::Format::Svg, &window);
        if (dialog.exec() != QDialog::Accepted) return std::nullopt;
        return ExportOptions{dialog.scale(), dialog.extent()};
    }

    bool exportFromWindow(const WindowExport& context) const override
    {
        const QString name = QFileInfo(context.path).fileName();
        TimelineView& timeline = context.timeline;
        const QSize size = timeline.size();
        QSvgGenerator svg;
        svg.setFileName(context.path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(context.window.windowTitle());
        svg.setDescription(tr("The timeline of a Yieldscope run"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            context.tell(tr("Cannot export %1").arg(name));
            return false;
        }
        {
            const WholeRunView whole(timeline, context.options.extent);
            timeline.render(&painter);
        }
        painter.end();
        if (!QFileInfo::exists(context.path)) {
            context.tell(tr("Cannot export %1").arg(name));
            return false;
        }
        context.tell(tr("Exported the timeline to %1").arg(name));
        return true;
    }
};

} // namespace

const Exporter& timelineSvgExporter()
{
    static const TimelineSvgExporter exporter;
    return exporter;
}

} // namespace ys::ui
