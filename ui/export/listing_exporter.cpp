// SPDX-License-Identifier: MIT
// --listing FILE: the demo's JavaScript listing, rendered with its parameters. The window shows
// it in its code panel, so it has no menu entry; a program's listing is its own file, so it
// writes no program's run.
#include "ui/export/exporters.hpp"

namespace ys::ui {
namespace {

class ListingExporter final : public Exporter {
    // Its texts are translated under its own name, as lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(ys::ui::ListingExporter)

public:
    QString name() const override { return QStringLiteral("listing"); }
    QString fileFilter() const override { return tr("JavaScript (*.js);;All files (*)"); }
    QString suffix() const override { return QStringLiteral("js"); }

    std::optional<ExportOption> commandLineOption() const override
    {
        return ExportOption{QStringLiteral("listing"),
                            tr("Write the demo's JavaScript listing, rendered with its "
                               "parameters, to file (- for standard output)."),
                            QStringLiteral("file")};
    }

    bool writesProgramRuns() const override { return false; }

    bool writeFromCommandLine(CommandLineRun& run, const ByteSink& write, QString& /*error*/) const override
    {
        return write(run.listing());
    }
};

} // namespace

const Exporter& listingExporter()
{
    static const ListingExporter exporter;
    return exporter;
}

} // namespace ys::ui
