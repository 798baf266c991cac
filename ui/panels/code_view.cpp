// SPDX-License-Identifier: MIT
#include "ui/panels/code_view.hpp"

#include "ui/panels/js_highlighter.hpp"
#include "ui/style/theme.hpp"

#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>

namespace ys::ui {

CodeView::CodeView(QWidget* parent)
    : LineNumberedEdit(parent), highlighter_(new JsHighlighter(document())),
      colors_(CodeColors::forTheme(Theme::light()))
{
    setReadOnly(true);
    // Mouse selection only: the arrow keys stay the window's stepping keys.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFocusPolicy(Qt::TabFocus); // readable by keyboard users; the stepping keys still step
    setAccessibleName(tr("Code"));
    setAccessibleDescription(tr("The demo's JavaScript; the current event's line is marked"));
    setToolTip(tr("The demo's JavaScript. ▶ marks the line of the current event, ▷ the previous one."));
    setColors(colors_);
}

void CodeView::setListing(const QString& listing)
{
    if (listing == toPlainText()) return;
    setPlainText(listing);
    current_ = previous_ = 0;
    updateSelections();
}

void CodeView::setLines(int current, int previous)
{
    if (current == current_ && previous == previous_) return;
    current_ = current;
    previous_ = previous;
    updateSelections();
    if (current_ > 0) {
        const QTextBlock block = document()->findBlockByNumber(current_ - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            setTextCursor(cursor);
            ensureCursorVisible();
        }
    }
    updateGutter();
}

void CodeView::setColors(const CodeColors& colors)
{
    colors_ = colors;
    QPalette p = palette();
    p.setColor(QPalette::Base, colors_.background);
    p.setColor(QPalette::Text, colors_.text);
    p.setColor(QPalette::Highlight, mix(colors_.background, colors_.builtin, 0.35));
    p.setColor(QPalette::HighlightedText, colors_.text);
    setPalette(p);
    highlighter_->setColors(colors_);
    updateSelections();
    updateGutter();
}

QString CodeView::lineText(int line) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    return block.isValid() ? block.text() : QString();
}

void CodeView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    auto lineSelection = [&](int line, const QColor& color) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid()) return;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setBackground(color);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << s;
    };
    if (previous_ > 0 && previous_ != current_) lineSelection(previous_, colors_.previousLine);
    if (current_ > 0) {
        lineSelection(current_, colors_.currentLine);
    }
    setExtraSelections(selections);
}

CodeView::GutterNumber CodeView::gutterNumber(int line) const
{
    const bool isCurrent = line == current_;
    return {isCurrent ? colors_.text : colors_.gutterText, isCurrent};
}

void CodeView::paintGutterMark(QPainter& p, int line, const QRectF& box) const
{
    const bool isCurrent = line == current_;
    const bool isPrevious = line == previous_ && previous_ != current_;
    if (!isCurrent && !isPrevious) return;
    const qreal h = box.height() * 0.56;
    const qreal w = h * 0.95;
    const QPointF c = box.center();
    QPainterPath path;
    path.moveTo(c.x() - w / 2, c.y() - h / 2);
    path.lineTo(c.x() + w / 2, c.y());
    path.lineTo(c.x() - w / 2, c.y() + h / 2);
    path.closeSubpath();
    if (isCurrent) {
        p.setPen(Qt::NoPen);
        p.setBrush(colors_.currentMarker);
    } else {
        p.setPen(QPen(colors_.previousMarker, std::max<qreal>(1.5, h / 7), Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
    }
    p.drawPath(path);
}

} // namespace ys::ui
