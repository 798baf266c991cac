// SPDX-License-Identifier: MIT
// Syntax colouring of the demos' JavaScript: keywords (bold as well as coloured), strings,
// template literals (their ${...} parts as code), numbers, comments and a few built-ins.
#pragma once

#include "ui/style/code_colors.hpp"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ys::ui {

class JsHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    // What a run of characters is, for the highlighter and its tests.
    enum class Token { Code, Keyword, Builtin, String, Template, Number, Comment };

    explicit JsHighlighter(QTextDocument* document);
    void setColors(const CodeColors& colors);

    // The token at each character of `line` when the previous line ended in `state`
    // (see blockState); returns the state at the end of the line.
    static int classify(const QString& line, int state, QVector<Token>& tokens);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat format(Token token) const;

    CodeColors colors_;
};

} // namespace ys::ui
