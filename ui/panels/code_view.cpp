// SPDX-License-Identifier: MIT
#include "ui/panels/code_view.hpp"

#include "ui/panels/js_highlighter.hpp"
#include "ui/style/theme.hpp"

#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>

namespace ys::ui {

class CodeView::Gutter : public QWidget {
public:
    explicit Gutter(CodeView* view) : QWidget(view), view_(view) { setAttribute(Qt::WA_OpaquePaintEvent); }
    QSize sizeHint() const override { return {view_->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { view_->paintGutter(event); }

private:
    CodeView* view_;
};

CodeView::CodeView(QWidget* parent)
    : QPlainTextEdit(parent), gutter_(new Gutter(this)), highlighter_(new JsHighlighter(document())),
      colors_(CodeColors::forTheme(Theme::light()))
{
    setReadOnly(true);
    // Mouse selection only: the arrow keys stay the window's stepping keys.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFocusPolicy(Qt::TabFocus); // readable by keyboard users; the stepping keys still step
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Code"));
    setAccessibleDescription(tr("The demo's JavaScript; the current event's line is marked"));
    setToolTip(tr("The demo's JavaScript. ▶ marks the line of the current event, ▷ the previous one."));
    document()->setDocumentMargin(8);

    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy != 0) {
            gutter_->scroll(0, dy);
        } else {
            gutter_->update(0, rect.y(), gutter_->width(), rect.height());
        }
    });
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGutterGeometry(); });
    updateGutterGeometry();
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
    gutter_->update();
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
    gutter_->update();
}

QString CodeView::lineText(int line) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    return block.isValid() ? block.text() : QString();
}

void CodeView::setLineNumbersShown(bool on)
{
    if (on == numbers_) return;
    numbers_ = on;
    updateGutterGeometry();
    gutter_->update();
}

int CodeView::gutterWidth() const { return gutterWidth(font(), numbers_); }

int CodeView::gutterWidth(const QFont& font, bool numbers) const
{
    const QFontMetrics fm(font);
    if (!numbers) return fm.height() + fm.height() / 3; // the arrow and a gap
    int digits = 2;
    for (int n = std::max(1, blockCount()); n >= 100; n /= 10)
        ++digits;
    // Room for the arrow, the number and a gap.
    return fm.height() + fm.horizontalAdvance(QLatin1Char('9')) * digits + fm.height() / 2;
}

void CodeView::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    gutter_->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeView::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void CodeView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) updateGutterGeometry();
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

void CodeView::paintGutter(QPaintEvent* event)
{
    QPainter p(gutter_);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(event->rect(), colors_.gutterBackground);
    p.setFont(font());
    const QFontMetrics fm(font());
    const int arrowBox = fm.height();

    auto drawArrow = [&](const QRectF& box, bool solid) {
        const qreal h = box.height() * 0.56;
        const qreal w = h * 0.95;
        const QPointF c = box.center();
        QPainterPath path;
        path.moveTo(c.x() - w / 2, c.y() - h / 2);
        path.lineTo(c.x() + w / 2, c.y());
        path.lineTo(c.x() - w / 2, c.y() + h / 2);
        path.closeSubpath();
        if (solid) {
            p.setPen(Qt::NoPen);
            p.setBrush(colors_.currentMarker);
        } else {
            p.setPen(QPen(colors_.previousMarker, std::max<qreal>(1.5, h / 7), Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
        }
        p.drawPath(path);
    };

    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const QRectF lineBox(0, top, gutter_->width(), fm.height());
            const bool isCurrent = number == current_;
            const bool isPrevious = number == previous_ && previous_ != current_;
            if (isCurrent) drawArrow(QRectF(2, top, arrowBox, fm.height()), true);
            if (isPrevious) drawArrow(QRectF(2, top, arrowBox, fm.height()), false);
            if (numbers_) {
                QFont f = font();
                f.setBold(isCurrent);
                p.setFont(f);
                p.setPen(isCurrent ? colors_.text : colors_.gutterText);
                p.drawText(lineBox.adjusted(0, 0, -fm.height() / 3.0, 0), Qt::AlignRight | Qt::AlignVCenter,
                           QString::number(number));
            }
        }
        block = block.next();
        top += height;
        ++number;
    }
}

} // namespace ys::ui
