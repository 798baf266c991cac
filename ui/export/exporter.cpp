// SPDX-License-Identifier: MIT
#include "ui/export/exporter.hpp"

#include "ui/session/run_session.hpp"

namespace ys::ui {

QString Exporter::suggestedFileName(const RunSession& session) const
{
    return runBaseName(session, QStringLiteral("run")) + QLatin1Char('.') + suffix();
}

std::optional<ExportOptions> Exporter::askOptions(QWidget& /*window*/) const { return ExportOptions{}; }

bool Exporter::exportFromWindow(const WindowExport& /*context*/) const { return false; }

bool Exporter::writeFromCommandLine(CommandLineRun& /*run*/, const ByteSink& /*write*/, QString& error) const
{
    error = QStringLiteral("%1 cannot be written from the command line").arg(name());
    return false;
}

QString Exporter::runBaseName(const RunSession& session, const QString& fallback)
{
    return session.demo() != nullptr ? QString::fromStdString(session.demo()->name) : fallback;
}

} // namespace ys::ui
