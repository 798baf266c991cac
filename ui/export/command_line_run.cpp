// SPDX-License-Identifier: MIT
#include "ui/export/command_line_run.hpp"

#include "ui/export/web_page_export.hpp"

#include <utility>

namespace ys::ui {

CommandLineRun::CommandLineRun(const Demo& demo, Params params) : demo_(&demo), params_(std::move(params)) {}

CommandLineRun::CommandLineRun(TraceFile programRun, QString fileName)
    : programRun_(std::move(programRun)), fileName_(std::move(fileName))
{
}

const std::string* CommandLineRun::program() const { return programRun_ ? &programRun_->program : nullptr; }

std::string CommandLineRun::listing() const
{
    return programRun_ ? programRun_->program : demo_->listing(params_);
}

QString CommandLineRun::name() const
{
    return demo_ != nullptr ? WebPageExport::runName(demo_, params_) : fileName_;
}

std::string CommandLineRun::shortName() const
{
    return demo_ != nullptr ? demo_->name : fileName_.toStdString();
}

const Trace& CommandLineRun::trace(std::size_t maxEvents)
{
    if (programRun_) return programRun_->trace;
    if (!engine_) engine_ = std::make_unique<Engine>(*demo_, params_);
    engine_->runToEnd(maxEvents);
    return engine_->trace();
}

bool CommandLineRun::finished() const { return programRun_ || (engine_ && engine_->finished()); }

TraceFile CommandLineRun::takeProgramRun() { return std::move(programRun_.value()); }

} // namespace ys::ui
