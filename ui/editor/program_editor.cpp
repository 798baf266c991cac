// SPDX-License-Identifier: MIT
#include "ui/editor/program_editor.hpp"

#include "ui/panels/js_highlighter.hpp"

#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>

namespace ys::ui {
namespace {
// The colour an error is marked in, whatever the theme: the syntax colours have no red.
QColor errorColor(const CodeColors& colors)
{
    const bool dark = colors.background.lightness() < 128;
    return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
}
} // namespace

ProgramEditor::ProgramEditor(QWidget* parent)
    : LineNumberedEdit(parent), highlighter_(new JsHighlighter(document()))
{
    setAccessibleName(tr("Program editor"));
    setToolTip(tr("Your program. Ctrl+Enter runs it."));
    // Any edit makes the mark stale: the next run says whether the error is still there.
    connect(document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if ((removed != 0 || added != 0) && errorLine_ != 0) clearError();
    });
    setColors(CodeColors{});
}

void ProgramEditor::setColors(const CodeColors& colors)
{
    colors_ = colors;
    QPalette p = palette();
    if (colors_.background.isValid()) p.setColor(QPalette::Base, colors_.background);
    if (colors_.text.isValid()) p.setColor(QPalette::Text, colors_.text);
    setPalette(p);
    highlighter_->setColors(colors_);
    updateSelections();
    updateGutter();
}

void ProgramEditor::replaceProgram(const QString& program)
{
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(program);
    cursor.movePosition(QTextCursor::Start);
    setTextCursor(cursor);
    clearError();
}

void ProgramEditor::markError(int line, int column, const QString& message)
{
    errorLine_ = std::max(0, line);
    errorColumn_ = std::max(0, column);
    errorMessage_ = message;
    const QTextBlock block = document()->findBlockByNumber(errorLine_ - 1);
    if (block.isValid()) {
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                            std::clamp(errorColumn_ - 1, 0, std::max(0, block.length() - 1)));
        setTextCursor(cursor);
        ensureCursorVisible();
    }
    updateSelections();
    updateGutter();
}

void ProgramEditor::clearError()
{
    if (errorLine_ == 0 && errorMessage_.isEmpty()) return;
    errorLine_ = 0;
    errorColumn_ = 0;
    errorMessage_.clear();
    updateSelections();
    updateGutter();
}

void ProgramEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(errorLine_ - 1);
    if (errorLine_ > 0 && block.isValid()) {
        const QColor red = errorColor(colors_);
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(block);
        line.format.setBackground(mix(palette().color(QPalette::Base), red, 0.14));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << line;
        // The underline from the column to the end of the line (at least one character).
        QTextEdit::ExtraSelection mark;
        QTextCursor from(block);
        const int length = std::max(0, block.length() - 1);
        const int start = std::clamp(errorColumn_ - 1, 0, length);
        from.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                          std::max(0, start == length ? start - 1 : start));
        from.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        mark.cursor = from;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(red);
        selections << mark;
    }
    setExtraSelections(selections);
}

void ProgramEditor::changeEvent(QEvent* event)
{
    LineNumberedEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * kTabWidth);
}

void ProgramEditor::keyPressEvent(QKeyEvent* event)
{
    // Tab indents with spaces, as the listings are; Shift+Tab still leaves the editor.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        insertPlainText(QString(kTabWidth, QLatin1Char(' ')));
        return;
    }
    // A new line keeps the indentation of the one before.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        const QString line = textCursor().block().text();
        int indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        insertPlainText(QStringLiteral("\n") + QString(indent, QLatin1Char(' ')));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

QColor ProgramEditor::gutterBackground() const
{
    return colors_.gutterBackground.isValid() ? colors_.gutterBackground
                                              : palette().color(QPalette::AlternateBase);
}

ProgramEditor::GutterNumber ProgramEditor::gutterNumber(int line) const
{
    if (line == errorLine_) return {errorColor(colors_), true};
    return {colors_.gutterText.isValid() ? colors_.gutterText : palette().color(QPalette::PlaceholderText),
            false};
}

void ProgramEditor::paintGutterMark(QPainter& p, int line, const QRectF& box) const
{
    if (line != errorLine_) return;
    const qreal d = box.height() * 0.5;
    p.setPen(Qt::NoPen);
    p.setBrush(errorColor(colors_));
    p.drawEllipse(QRectF(box.x() + (box.width() - d) / 2, box.y() + (box.height() - d) / 2, d, d));
}

} // namespace ys::ui
