// SPDX-License-Identifier: MIT
// The code panel: the demo's rendered listing, syntax-coloured, with line numbers in a gutter.
// The current event's line is lit and marked with a solid arrow; the previous event's line is
// tinted more faintly and marked with a hollow arrow, so the two differ in shape, not only in
// colour.
#pragma once

#include "ui/panels/line_numbered_edit.hpp"
#include "ui/style/code_colors.hpp"

namespace ys::ui {

class JsHighlighter;

class CodeView : public LineNumberedEdit {
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

protected:
    QColor gutterBackground() const override { return colors_.gutterBackground; }
    GutterNumber gutterNumber(int line) const override;
    // The current line's solid arrow, the previous line's hollow one.
    void paintGutterMark(QPainter& p, int line, const QRectF& box) const override;

private:
    void updateSelections();

    JsHighlighter* highlighter_;
    CodeColors colors_;
    int current_ = 0;
    int previous_ = 0;
};

} // namespace ys::ui
