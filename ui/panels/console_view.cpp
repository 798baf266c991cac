// SPDX-License-Identifier: MIT
#include "ui/panels/console_view.hpp"

#include "core/narration/narration.hpp"
#include "core/trace/trace.hpp"
#include "ui/timeline/long_text.hpp"

#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextCursor>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>

namespace ys::ui {
namespace {

// Texts whose characters the document turns into other separators (\r, U+2029, frame marks)
// change length on the way in, so the step edits, which count characters, rebuild instead.
bool plain(const QString& text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c == QLatin1Char('\r') || c == QChar::ParagraphSeparator || c.unicode() == 0xFDD0 ||
               c.unicode() == 0xFDD1;
    });
}

} // namespace

ConsoleView::ConsoleView(QWidget* parent) : QPlainTextEdit(parent)
{
    // The reader scrolling within a screen of the top brings the earlier outputs in, after the
    // scroll has been handled.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { scrolled(); });
}

void ConsoleView::setRun(const Trace* trace, const std::string& listing)
{
    trace_ = trace;
    logSeqs_.clear();
    indexedUpTo_ = 0;
    first_ = 0;
    shown_ = 0;
    pendingBreak_ = false;
    writeLines_.clear();
    const int lineCount = static_cast<int>(std::count(listing.begin(), listing.end(), '\n')) + 1;
    for (int line = 1; line <= lineCount; ++line) {
        if (codeOfLine(listing, line).rfind("process.stdout.write", 0) == 0) writeLines_.insert(line);
    }
    const QScopedValueRollback editing(editing_, true);
    clear();
    traceGrew();
}

void ConsoleView::traceGrew()
{
    if (trace_ == nullptr) return;
    const std::size_t n = trace_->size();
    for (std::size_t i = indexedUpTo_; i < n; ++i) {
        if ((*trace_)[i].kind == Kind::Log) logSeqs_.push_back(i);
    }
    indexedUpTo_ = n;
}

QString ConsoleView::header(std::size_t earlier)
{
    if (earlier == 0) return {};
    if (earlier == 1) return tr("… 1 earlier output: scroll up to see it") + QLatin1Char('\n');
    return tr("… %L1 earlier outputs: scroll up to see them").arg(earlier) + QLatin1Char('\n');
}

QString ConsoleView::textOf(std::size_t output) const
{
    // An output of a MiB, or of a hundred thousand lines, is cut: the document lays out what it holds.
    return elideLongText(
        QString::fromStdString(ys::consoleText(trace_->valueText((*trace_)[logSeqs_[output]]))),
        kConsoleOutputChars, kConsoleOutputLines);
}

// console.log ends its output with a line break; process.stdout.write does not.
bool ConsoleView::breaksAfter(std::size_t output) const
{
    return !writeLines_.contains((*trace_)[logSeqs_[output]].line);
}

void ConsoleView::showUpTo(std::optional<std::size_t> seq)
{
    traceGrew();
    std::size_t shown = 0;
    if (trace_ != nullptr && seq) {
        shown = static_cast<std::size_t>(std::upper_bound(logSeqs_.begin(), logSeqs_.end(), *seq) -
                                         logSeqs_.begin());
    }
    if (shown == shown_) return;
    const QScopedValueRollback editing(editing_, true);
    if (!step(shown)) rebuild(shown);
    shown_ = shown;
    moveCursor(QTextCursor::End);
    ensureCursorVisible();
}

// A jump: the latest kNearOutputs, replacing the document's text in one edit (cheaper than
// setPlainText, which also resets the widget's layout and scroll state).
void ConsoleView::rebuild(std::size_t shown)
{
    first_ = shown > kNearOutputs ? shown - kNearOutputs : 0;
    QString text = header(first_);
    bool pending = false;
    for (std::size_t i = first_; i < shown; ++i) {
        if (pending) text += QLatin1Char('\n');
        text += textOf(i);
        pending = breaksAfter(i);
    }
    pendingBreak_ = pending;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

// A step of one output: the document is edited at its ends (append or remove the last output,
// drop or restore the first, rewrite the header). Positions in the document are the texts'
// lengths. Returns false, doing nothing, when the change is not one step or a text is not plain.
bool ConsoleView::step(std::size_t shown)
{
    const std::size_t old = shown_;
    if (shown != old + 1 && shown + 1 != old) return false;
    const bool forward = shown > old;
    std::size_t first = first_;
    if (forward && shown - first_ > kKeptOutputs) ++first;
    if (!forward && first_ > 0 && shown - first_ < kNearOutputs) --first;
    // The one output entering or leaving at each end.
    const std::size_t last = forward ? old : shown;
    const QString lastText = textOf(last);
    const QString firstText = first != first_ ? textOf(std::min(first, first_)) : QString();
    if (!plain(lastText) || !plain(firstText)) return false;

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    if (forward) {
        cursor.movePosition(QTextCursor::End);
        cursor.insertText((pendingBreak_ ? QStringLiteral("\n") : QString()) + lastText);
        pendingBreak_ = breaksAfter(last);
    } else {
        const bool separated = last > first_ && breaksAfter(last - 1);
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor,
                            static_cast<int>(lastText.size()) + (separated ? 1 : 0));
        cursor.removeSelectedText();
        pendingBreak_ = last > 0 && breaksAfter(last - 1);
    }
    if (first != first_) {
        const QString oldHeader = header(first_);
        const std::size_t edge = std::min(first, first_);
        const QString between = breaksAfter(edge) ? QStringLiteral("\n") : QString();
        cursor.setPosition(static_cast<int>(oldHeader.size()));
        if (first > first_) {
            cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor,
                                static_cast<int>(firstText.size() + between.size()));
            cursor.removeSelectedText();
        } else {
            cursor.insertText(firstText + between);
        }
        cursor.setPosition(0);
        cursor.setPosition(static_cast<int>(oldHeader.size()), QTextCursor::KeepAnchor);
        cursor.insertText(header(first));
        first_ = first;
    }
    cursor.endEditBlock();
    return true;
}

bool ConsoleView::loadEarlier()
{
    if (first_ == 0 || trace_ == nullptr) return false;
    const QScopedValueRollback editing(editing_, true);
    const std::size_t first = first_ > kLoadOutputs ? first_ - kLoadOutputs : 0;
    // The earlier outputs go between the header and the window's first output, which they
    // end: it continues their last line when that was written without a line break.
    QString text = header(first);
    for (std::size_t i = first; i < first_; ++i) {
        text += textOf(i);
        if (breaksAfter(i)) text += QLatin1Char('\n');
    }
    QScrollBar* bar = verticalScrollBar();
    const int top = bar->value();
    const int linesBefore = document()->blockCount();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(0);
    cursor.setPosition(static_cast<int>(header(first_).size()), QTextCursor::KeepAnchor);
    cursor.insertText(text);
    cursor.endEditBlock();
    first_ = first;
    // The lines that were in view stay in view: the scroll bar counts lines.
    bar->setValue(top + document()->blockCount() - linesBefore);
    return true;
}

void ConsoleView::scrolled()
{
    if (editing_ || loadPending_ || first_ == 0) return;
    auto nearTop = [this] {
        const QScrollBar* bar = verticalScrollBar();
        return bar->value() - bar->minimum() < bar->pageStep();
    };
    if (!nearTop()) return;
    loadPending_ = true;
    QTimer::singleShot(0, this, [this, nearTop] {
        loadPending_ = false;
        if (nearTop()) loadEarlier();
    });
}

// A window shorter than the console does not scroll: the wheel at the top loads instead.
void ConsoleView::wheelEvent(QWheelEvent* event)
{
    const QScrollBar* bar = verticalScrollBar();
    if (event->angleDelta().y() > 0 && bar->value() == bar->minimum() && loadEarlier()) {
        event->accept();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

} // namespace ys::ui
