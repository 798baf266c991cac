// File > Export > Chrome trace…: the whole run in the Trace Event Format (see
// core/chrome_trace.hpp), written whole or not at all.
#pragma once

#include <QString>

namespace ys::ui {

class RunSession;

// Writes the session's whole run (a live run that has not finished is run to its end on an
// engine of its own) to `path`; false with `error` set when the file cannot be written.
bool exportChromeTrace(const RunSession& session, const QString& path, QString& error);

} // namespace ys::ui
