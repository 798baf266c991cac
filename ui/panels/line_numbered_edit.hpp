// SPDX-License-Identifier: MIT
// Plain text with its line numbers in a gutter at the left: the one gutter of the code panel and
// the program editor. It follows the text's scrolling, font and length, and paints its
// background, each line's mark (the subclass draws it in a box of one line's height) and the
// numbers, in the ink and weight the subclass gives each line. The text does not wrap and has
// no frame.
#pragma once

#include <QColor>
#include <QPlainTextEdit>

class QPainter;

namespace ys::ui {

class LineNumberedEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit LineNumberedEdit(QWidget* parent = nullptr);

    int gutterWidth() const;
    // The gutter's width were the text to use `font`, with or without line numbers.
    int gutterWidth(const QFont& font, bool numbers) const;
    // The line numbers in the gutter (on by default); without them the gutter keeps only the
    // marks, for a text that would not fit its panel otherwise.
    void setLineNumbersShown(bool on);
    bool lineNumbersShown() const { return numbers_; }

protected:
    // How one line's number is written.
    struct GutterNumber {
        QColor ink;
        bool bold = false;
    };
    virtual QColor gutterBackground() const = 0;
    virtual GutterNumber gutterNumber(int line) const = 0;
    // Draws the mark of a 1-based line, if it has one, in `box` (one line high and as wide).
    virtual void paintGutterMark(QPainter& p, int line, const QRectF& box) const = 0;
    // Paints the gutter again, after what the hooks above answer has changed.
    void updateGutter();

    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    class Gutter;
    friend class Gutter;

    void paintGutter(QPaintEvent* event);
    void updateGutterGeometry();

    Gutter* gutter_;
    bool numbers_ = true;
};

} // namespace ys::ui
