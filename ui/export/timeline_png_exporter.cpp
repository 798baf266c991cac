// SPDX-License-Identifier: MIT
// File > Export timeline as PNG…: the timeline as it is drawn now, or the whole run so far
// fitted to its size, at 1x to 4x its size (TimelineExportDialog asks which).
#include "ui/export/exporters.hpp"

#include "ui/export/timeline_export_dialog.hpp"
#include "ui/export/whole_run_view.hpp"
#include "ui/style/theme.hpp"

#include <QFileInfo>
#include <QImage>

#include <algorithm>

namespace ys::ui {
namespace {

class TimelinePngExporter final : public Exporter {
    // Its texts are translated under its own name, as lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(ys::ui::TimelinePngExporter)

public:
    QString name() const override { return QStringLiteral("timeline-png"); }
    QString menuText() const override { return tr("Export timeline as &PNG…"); }
    QString actionName() const override { return QStringLiteral("actionExportPng"); }
    QString statusTip() const override
    {
        return tr("Save the timeline, as shown or the whole run, as an image at 1x to 4x its size");
    }
    QString dialogTitle() const override { return tr("Export the timeline as PNG"); }
    QString fileFilter() const override { return tr("PNG images (*.png);;All files (*)"); }
    QString suffix() const override { return QStringLiteral("png"); }
    QString suggestedFileName(const RunSession& session) const override
    {
        return runBaseName(session, QStringLiteral("timeline")) + QStringLiteral("-timeline.png");
    }

    std::optional<ExportOptions> askOptions(QWidget& window) const override
    {
        TimelineExportDialog dialog(TimelineExportDialog::Format::Png, &window);
        if (dialog.exec() != QDialog::Accepted) return std::nullopt;
        return ExportOptions{dialog.scale(), dialog.extent()};
    }

    bool exportFromWindow(const WindowExport& context) const override
    {
        const QString name = QFileInfo(context.path).fileName();
        const qreal scale = std::clamp<qreal>(context.options.scale, 0.25, 8.0);
        TimelineView& timeline = context.timeline;
        const QSize size = timeline.size();
        QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)),
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(context.theme.window);
        {
            const WholeRunView whole(timeline, context.options.extent);
            timeline.render(&image);
        }
        if (image.isNull() || !image.save(context.path, "PNG")) {
            context.tell(tr("Cannot export %1").arg(name));
            return false;
        }
        context.tell(tr("Exported the timeline to %1").arg(name));
        return true;
    }
};

} // namespace

const Exporter& timelinePngExporter()
{
    static const TimelinePngExporter exporter;
    return exporter;
}

} // namespace ys::ui
