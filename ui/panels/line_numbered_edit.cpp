// SPDX-License-Identifier: MIT
#include "ui/panels/line_numbered_edit.hpp"

#include <QPainter>
#include <QTextBlock>

namespace ys::ui {

class LineNumberedEdit::Gutter : public QWidget {
public:
    explicit Gutter(LineNumberedEdit* edit) : QWidget(edit), edit_(edit)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }
    QSize sizeHint() const override { return {edit_->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { edit_->paintGutter(event); }

private:
    LineNumberedEdit* edit_;
};

LineNumberedEdit::LineNumberedEdit(QWidget* parent) : QPlainTextEdit(parent), gutter_(new Gutter(this))
{
    // Code: one line per line, set flush in its panel with a little room around it. (Set
    // before the gutter's geometry, which depends on the frame.)
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFrameShape(QFrame::NoFrame);
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
}

int LineNumberedEdit::gutterWidth() const { return gutterWidth(font(), numbers_); }

int LineNumberedEdit::gutterWidth(const QFont& font, bool numbers) const
{
    const QFontMetrics fm(font);
    if (!numbers) return fm.height() + fm.height() / 3; // the mark and a gap
    int digits = 2;
    for (int n = std::max(1, blockCount()); n >= 100; n /= 10)
        ++digits;
    // Room for the mark, the number and a gap.
    return fm.height() + fm.horizontalAdvance(QLatin1Char('9')) * digits + fm.height() / 2;
}

void LineNumberedEdit::setLineNumbersShown(bool on)
{
    if (on == numbers_) return;
    numbers_ = on;
    updateGutterGeometry();
    gutter_->update();
}

void LineNumberedEdit::updateGutter() { gutter_->update(); }

void LineNumberedEdit::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    gutter_->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void LineNumberedEdit::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void LineNumberedEdit::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) updateGutterGeometry();
}

void LineNumberedEdit::paintGutter(QPaintEvent* event)
{
    QPainter p(gutter_);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(event->rect(), gutterBackground());
    p.setFont(font());
    const QFontMetrics fm(font());
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            paintGutterMark(p, number, QRectF(2, top, fm.height(), fm.height()));
            if (numbers_) {
                const GutterNumber look = gutterNumber(number);
                QFont f = font();
                f.setBold(look.bold);
                p.setFont(f);
                p.setPen(look.ink);
                p.drawText(QRectF(0, top, gutter_->width() - fm.height() / 3.0, fm.height()),
                           Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
            }
        }
        block = block.next();
        top += height;
        ++number;
    }
}

} // namespace ys::ui
