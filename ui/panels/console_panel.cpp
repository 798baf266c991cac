// SPDX-License-Identifier: MIT
#include "ui/panels/console_panel.hpp"

#include "ui/panels/console_view.hpp"
#include "ui/panels/titled_panel.hpp"
#include "ui/session/run_session.hpp"
#include "ui/style/code_colors.hpp"
#include "ui/window/code_font.hpp"

#include <QLabel>

#include <optional>

namespace ys::ui {

ConsolePanel::ConsolePanel(const RunSession& session, QObject* parent)
    : QObject(parent), session_(session), view_(new ConsoleView)
{
    view_->setObjectName(QStringLiteral("console"));
    view_->setReadOnly(true);
    view_->setUndoRedoEnabled(false); // edited step by step for a whole run: keep no history
    view_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    view_->setFocusPolicy(Qt::TabFocus);
    view_->setFont(codeFont(16));
    view_->setLineWrapMode(QPlainTextEdit::NoWrap);
    view_->setFrameShape(QFrame::NoFrame);
    view_->document()->setDocumentMargin(8);
    box_ = titledPanel(QString(), view_, &title_);
    retranslate();
}

void ConsolePanel::retranslate()
{
    view_->setAccessibleName(tr("Console"));
    view_->setToolTip(tr("What the program has printed with console.log so far"));
    showTitle();
}

void ConsolePanel::followSession()
{
    connect(&session_, &RunSession::runStarted, this, &ConsolePanel::showRun);
    connect(&session_, &RunSession::traceGrew, view_, &ConsoleView::traceGrew);
    connect(&session_, &RunSession::cursorChanged, this, &ConsolePanel::showCursor);
}

void ConsolePanel::setTheme(const Theme& theme)
{
    const CodeColors colors = CodeColors::forTheme(theme);
    QPalette p = view_->palette();
    p.setColor(QPalette::Base, colors.background);
    p.setColor(QPalette::Text, colors.text);
    view_->setPalette(p);
}

void ConsolePanel::showRun()
{
    view_->setRun(session_.trace(), session_.listing());
    showCursor();
}

void ConsolePanel::showCursor()
{
    view_->showUpTo(session_.hasCursor() ? std::optional<std::size_t>(session_.cursor()) : std::nullopt);
    showTitle();
}

void ConsolePanel::showTitle()
{
    const std::size_t shown = view_->outputs();
    title_->setText(shown == 0   ? tr("Console")
                    : shown == 1 ? tr("Console (1 output)")
                                 : tr("Console (%L1 outputs)").arg(shown));
}

} // namespace ys::ui
