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
constexpr int kIndent = 2; // spaces a Tab inserts, as the demos' listings are indented
} // namespace

class ProgramEditor::Gutter : public QWidget {
public:
    explicit Gutter(ProgramEditor* editor) : QWidget(editor), editor_(editor)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

protected:
    void paintEvent(QPaintEvent* event) override { editor_->paintGutter(event); }

private:
    ProgramEditor* editor_;
};

ProgramEditor::ProgramEditor(QWidget* parent)
    : QPlainTextEdit(parent), gutter_(new Gutter(this)), highlighter_(new JsHighlighter(document()))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(8);
    setAccessibleName(tr("Program editor"));
    setToolTip(tr("Your program. Ctrl+Enter runs it."));
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGutterGeometry(); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy != 0)
            gutter_->scroll(0, dy);
        else
            gutter_->update(0, rect.y(), gutter_->width(), rect.height());
    });
    // Any edit makes the mark stale: the next run says whether the error is still there.
    connect(document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if ((removed != 0 || added != 0) && errorLine_ != 0) clearError();
    });
    setColors(CodeColors{});
    updateGutterGeometry();
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
    gutter_->update();
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
    gutter_->update();
}

void ProgramEditor::clearError()
{
    if (errorLine_ == 0 && errorMessage_.isEmpty()) return;
    errorLine_ = 0;
    errorColumn_ = 0;
    errorMessage_.clear();
    updateSelections();
    gutter_->update();
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

int ProgramEditor::gutterWidth() const
{
    const QFontMetrics fm(font());
    int digits = 2;
    for (int n = std::max(1, blockCount()); n >= 100; n /= 10)
        ++digits;
    // Room for the error mark, the number and a gap.
    return fm.height() + fm.horizontalAdvance(QLatin1Char('9')) * digits + fm.height() / 2;
}

void ProgramEditor::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    gutter_->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void ProgramEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void ProgramEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * kIndent);
        updateGutterGeometry();
    }
}

void ProgramEditor::keyPressEvent(QKeyEvent* event)
{
    // Tab indents with spaces, as the listings are; Shift+Tab still leaves the editor.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        insertPlainText(QString(kIndent, QLatin1Char(' ')));
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

void ProgramEditor::paintGutter(QPaintEvent* event)
{
    QPainter p(gutter_);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(event->rect(), colors_.gutterBackground.isValid() ? colors_.gutterBackground
                                                                  : palette().color(QPalette::AlternateBase));
    p.setFont(font());
    const QFontMetrics fm(font());
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool isError = number == errorLine_;
            if (isError) {
                // A round mark: the error line differs in shape from the code panel's arrows.
                const qreal d = fm.height() * 0.5;
                p.setPen(Qt::NoPen);
                p.setBrush(errorColor(colors_));
                p.drawEllipse(QRectF(2 + (fm.height() - d) / 2, top + (fm.height() - d) / 2, d, d));
            }
            QFont f = font();
            f.setBold(isError);
            p.setFont(f);
            p.setPen(isError ? errorColor(colors_)
                             : (colors_.gutterText.isValid() ? colors_.gutterText
                                                              : palette().color(QPalette::PlaceholderText)));
            p.drawText(QRectF(0, top, gutter_->width() - fm.height() / 3.0, fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
        }
        block = block.next();
        top += height;
        ++number;
    }
}

} // namespace ys::ui
