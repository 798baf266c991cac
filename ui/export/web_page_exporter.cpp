// SPDX-License-Identifier: MIT
// File > Export as web page… and --html FILE.html: the whole run as one web page that steps in
// any browser, offline (web_page_export.hpp makes it). A run over the page's event limit is
// refused: the window says so in a message box, the command line before writing anything.
#include "ui/export/exporters.hpp"

#include "ui/export/web_page_export.hpp"
#include "ui/session/player.hpp"

#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>

namespace ys::ui {
namespace {

class WebPageExporter final : public Exporter {
    // Its texts are translated under its own name, as lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(ys::ui::WebPageExporter)

public:
    QString name() const override { return QStringLiteral("web-page"); }
    QString menuText() const override { return tr("Export as &web page…"); }
    QString actionName() const override { return QStringLiteral("actionExportWebPage"); }
    QString statusTip() const override
    {
        return tr("Save the whole run as one web page that steps in any browser, offline");
    }
    QString dialogTitle() const override { return tr("Export as web page"); }
    QString fileFilter() const override { return tr("Web pages (*.html);;All files (*)"); }
    QString suffix() const override { return QStringLiteral("html"); }

    bool exportFromWindow(const WindowExport& context) const override
    {
        context.player.pause();
        const QString name = QFileInfo(context.path).fileName();
        QString error;
        bool refused = false;
        if (!WebPageExport::exportSession(context.session, context.path, error, refused)) {
            context.tell(tr("Cannot export %1: %2").arg(name, error));
            if (refused) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Export as web page"),
                                            tr("Cannot export %1: %2.").arg(name, error), QMessageBox::Ok,
                                            &context.window);
                box->setObjectName(QStringLiteral("webPageRefused"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            return false;
        }
        context.tell(tr("Exported the run to %1").arg(name));
        return true;
    }

    std::optional<ExportOption> commandLineOption() const override
    {
        return ExportOption{QStringLiteral("html"),
                            tr("Run the demo to the end without a window and write it as one web "
                               "page that steps through the run in any browser, offline (- for "
                               "standard output)."),
                            QStringLiteral("file.html")};
    }
    bool needsViews() const override { return true; }
    bool mayRefuseRun() const override { return true; }

    bool writeFromCommandLine(CommandLineRun& run, const ByteSink& write, QString& error) const override
    {
        // The page's drawings need the views' fonts and panels: a QApplication (see
        // app/web_page_command.hpp).
        if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
            error = QStringLiteral("--html is not available in this program");
            return false;
        }
        // One event past the limit is enough to refuse: a long run is not run to its end for nothing.
        const Trace& trace = run.trace(WebPageExport::kMaxEvents + 1);
        if (trace.size() > WebPageExport::kMaxEvents) {
            error = WebPageExport::refusal(trace.size(), !run.finished());
            return false;
        }
        WebPageRun page;
        page.demo = run.demo();
        page.params = run.params();
        page.trace = &trace;
        page.listing = run.listing();
        page.name = run.name();
        const auto built = WebPageExport::build(page, error);
        if (!built) return false;
        return write(std::string_view(built->constData(), static_cast<std::size_t>(built->size())));
    }
};

} // namespace

const Exporter& webPageExporter()
{
    static const WebPageExporter exporter;
    return exporter;
}

} // namespace ys::ui
