// SPDX-License-Identifier: MIT
// File > Export window as PNG…: the whole window as it is drawn now (code, timeline, console,
// narration), one image pixel per window pixel (recording/window_image.hpp).
#include "ui/export/exporters.hpp"

#include "ui/recording/window_image.hpp"

#include <QFileInfo>

namespace ys::ui {
namespace {

class WindowPngExporter final : public Exporter {
    // Its texts are translated under its own name, as lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(ys::ui::WindowPngExporter)

public:
    QString name() const override { return QStringLiteral("window-png"); }
    QString suffix() const override { return QStringLiteral("png"); }
    QString fileFilter() const override { return tr("PNG images (*.png);;All files (*)"); }

    QString menuText() const override { return tr("Export &window as PNG…"); }
    QString actionName() const override { return QStringLiteral("actionExportWindow"); }
    QString statusTip() const override
    {
        return tr(
            "Save the whole window as it is shown now (code, timeline, console, narration) as an image");
    }
    QString dialogTitle() const override { return tr("Export the window as PNG"); }
    // Not the run's name: the picture is of the window, whatever it shows.
    QString suggestedFileName(const RunSession& /*session*/) const override
    {
        return QStringLiteral("yieldscope-window.png");
    }

    bool exportFromWindow(const WindowExport& context) const override
    {
        const QString name = QFileInfo(context.path).fileName();
        if (!saveWindowPng(context.window, context.path)) {
            context.tell(tr("Cannot export %1").arg(name));
            return false;
        }
        context.tell(tr("Exported the window to %1").arg(name));
        return true;
    }
};

} // namespace

const Exporter& windowPngExporter()
{
    static const WindowPngExporter exporter;
    return exporter;
}

} // namespace ys::ui
