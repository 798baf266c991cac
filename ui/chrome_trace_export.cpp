#include "chrome_trace_export.hpp"

#include "chrome_trace.hpp"
#include "run_session.hpp"

#include <QSaveFile>

namespace ys::ui {

bool exportChromeTrace(const RunSession& session, const QString& path, QString& error)
{
    const TraceFile whole = session.toTraceFile();
    const std::string title = whole.demo != nullptr ? whole.demo->name : std::string();
    const std::string json = chromeTraceJson(whole.trace, title);
    QSaveFile out(path);
    const bool ok =
        out.open(QIODevice::WriteOnly) &&
        out.write(json.data(), static_cast<qint64>(json.size())) == static_cast<qint64>(json.size()) &&
        out.commit();
    if (!ok) error = out.errorString();
    return ok;
}

} // namespace ys::ui
