// SPDX-License-Identifier: MIT
// The code panel: the demo's rendered listing, syntax-coloured, with line numbers in a gutter.
// The current event's line is lit and marked with a solid arrow; the previous event's line is
// tinted more faintly and marked with a hollow arrow, so the two differ in shape, not only in
// colour.
#pragma once

#include "ui/style/code_colors.hpp"

#include <QPlainTextEdit>

namespace ys::ui {

class JsHighlighter;

class CodeView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit CodeView(QWidget* parent = nullptr);

    void setListing(const QString& listing);
    // 1-based lines; 0 for none.
    void setLines(int current, int previous);
    void setColors(const CodeColors& colors);
    const CodeColors& colors() const { return colors_; }

    int currentLine() const { return current_; }
    int previousLine() const { return previous_; }
    // The text of a 1-based line.
    QString lineText(int line) const;

    int gutterWidth() const;
    // The gutter's width were the view to use `font`, with or without line numbers.
    int gutterWidth(const QFont& font, bool numbers) const;
    // The line numbers in the gutter (on by default); without them the gutter keeps only the
    // arrows, for a listing that would not fit its panel otherwise.
    void setLineNumbersShown(bool on);
    bool lineNumbersShown() const { return numbers_; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    class Gutter;
    friend class Gutter;

    void paintGutter(QPaintEvent* event);
    void updateSelections();
    void updateGutterGeometry();

    Gutter* gutter_;
    JsHighlighter* highlighter_;
    CodeColors colors_;
    int current_ = 0;
    int previous_ = 0;
    bool numbers_ = true;
};

} // namespace ys::ui
