// SPDX-License-Identifier: MIT
// The editor of a program of one's own: plain text, syntax-coloured as the code panel is, with
// line numbers in a gutter. A syntax error is marked where the engine found it: its line tinted,
// a wavy underline from its column, a mark in the gutter, and the text cursor moved there.
#pragma once

#include "ui/panels/line_numbered_edit.hpp"
#include "ui/style/code_colors.hpp"

namespace ys::ui {

class JsHighlighter;

class ProgramEditor : public LineNumberedEdit {
    Q_OBJECT

public:
    // The spaces a Tab inserts (and a tab character takes), as the demos' listings are indented.
    static constexpr int kTabWidth = 2;

    explicit ProgramEditor(QWidget* parent = nullptr);

    void setColors(const CodeColors& colors);
    // Replaces the whole text as one edit, so Undo brings the old program back.
    void replaceProgram(const QString& program);

    // Marks a 1-based line and column (column 0: the whole line) and moves the cursor there.
    void markError(int line, int column, const QString& message);
    void clearError();
    int errorLine() const { return errorLine_; }
    int errorColumn() const { return errorColumn_; }
    QString errorMessage() const { return errorMessage_; }

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    QColor gutterBackground() const override;
    GutterNumber gutterNumber(int line) const override;
    // A round mark on the error's line: it differs in shape from the code panel's arrows.
    void paintGutterMark(QPainter& p, int line, const QRectF& box) const override;

private:
    void updateSelections();

    JsHighlighter* highlighter_;
    CodeColors colors_;
    int errorLine_ = 0;
    int errorColumn_ = 0;
    QString errorMessage_;
};

} // namespace ys::ui
