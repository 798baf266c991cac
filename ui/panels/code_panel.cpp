// SPDX-License-Identifier: MIT
#include "ui/panels/code_panel.hpp"

#include "ui/panels/code_view.hpp"
#include "ui/session/run_session.hpp"
#include "ui/style/code_colors.hpp"
#include "ui/window/code_font.hpp"

namespace ys::ui {

CodePanel::CodePanel(const RunSession& session, QObject* parent)
    : QObject(parent), session_(session), view_(new CodeView)
{
    view_->setObjectName(QStringLiteral("codeView"));
    view_->setFont(codeFont(16));
}

void CodePanel::followSession()
{
    connect(&session_, &RunSession::runStarted, this, &CodePanel::showRun);
    connect(&session_, &RunSession::cursorChanged, this, &CodePanel::showCursor);
}

void CodePanel::setTheme(const Theme& theme)
{
    view_->setColors(CodeColors::forTheme(theme));
    showCursor();
}

void CodePanel::showRun()
{
    view_->setListing(QString::fromStdString(session_.listing()));
    view_->setLines(0, 0);
}

void CodePanel::showCursor()
{
    const Trace* trace = session_.trace();
    if (trace == nullptr || !session_.hasCursor()) {
        view_->setLines(0, 0);
        return;
    }
    const std::size_t seq = session_.cursor();
    const Event& e = (*trace)[seq];
    const int previous = seq > 0 ? (*trace)[seq - 1].line : 0;
    view_->setLines(e.line, previous);
}

} // namespace ys::ui
