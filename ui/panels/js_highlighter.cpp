// SPDX-License-Identifier: MIT
#include "ui/panels/js_highlighter.hpp"

#include <QSet>

#include <algorithm>

namespace ys::ui {
namespace {

// Block states: what a line ends inside of.
enum State { Normal = 0, InBlockComment = 1, InTemplate = 2 };

const QSet<QString>& keywords()
{
    static const QSet<QString> set = {"async",     "await",   "break", "case",  "catch", "class",   "const",
                                      "continue",  "default", "do",    "else",  "false", "finally", "for",
                                      "function",  "if",      "in",    "let",   "new",   "null",    "of",
                                      "return",    "switch",  "this",  "throw", "true",  "try",     "typeof",
                                      "undefined", "var",     "while", "yield"};
    return set;
}

const QSet<QString>& builtins()
{
    static const QSet<QString> set = {"Promise", "setTimeout", "console", "Symbol", "fetch",
                                      "Error",   "JSON",       "Math",    "Array",  "Object"};
    return set;
}

bool identStart(QChar c) { return c.isLetter() || c == '_' || c == '$'; }
bool identPart(QChar c) { return c.isLetterOrNumber() || c == '_' || c == '$'; }

using Token = JsHighlighter::Token;

// Walks one line from the state the previous line ended in, marking each character's token.
class LineScanner {
public:
    LineScanner(const QString& line, int state, QVector<Token>& tokens)
        : line_(line), n_(static_cast<int>(line.size())), tokens_(tokens), state_(state)
    {
        tokens_.fill(Token::Code, n_);
    }

    // Marks the whole line; returns the state at its end.
    int run()
    {
        while (i_ < n_) {
            if (state_ == InBlockComment) {
                if (!blockCommentRest()) return InBlockComment;
                continue;
            }
            if (state_ == InTemplate && !inTemplateCode_) {
                if (!templateText()) return InTemplate;
                continue;
            }
            if (!code()) break;
        }
        if (inTemplateCode_) return InTemplate; // an unclosed ${ at the end of a line: keep it simple
        return state_;
    }

private:
    void mark(int from, int to, Token t)
    {
        for (int k = from; k < to && k < n_; ++k)
            tokens_[k] = t;
    }

    bool next(QChar c) const { return i_ + 1 < n_ && line_[i_ + 1] == c; }

    // Inside a block comment: up to its end, or the whole line (false) when it goes on.
    bool blockCommentRest()
    {
        const int end = static_cast<int>(line_.indexOf("*/", i_));
        if (end < 0) {
            mark(i_, n_, Token::Comment);
            return false;
        }
        mark(i_, end + 2, Token::Comment);
        i_ = end + 2;
        state_ = Normal;
        return true;
    }

    // Inside a template literal's text: up to its closing backtick or a ${, or the whole line
    // (false) when the text goes on to the next one.
    bool templateText()
    {
        const int start = i_;
        while (i_ < n_) {
            if (line_[i_] == '\\') {
                i_ += 2;
            } else if (line_[i_] == '`') {
                ++i_;
                state_ = Normal;
                break;
            } else if (line_[i_] == '$' && next('{')) {
                mark(start, i_ + 2, Token::Template);
                i_ += 2;
                inTemplateCode_ = true;
                braceDepth_ = 0;
                break;
            } else {
                ++i_;
            }
        }
        if (!inTemplateCode_) mark(start, i_, Token::Template);
        return !(i_ >= n_ && state_ == InTemplate && !inTemplateCode_);
    }

    // In code (also inside a template's ${ }): one token from i_; false at a line comment,
    // which takes the rest of the line.
    bool code()
    {
        const QChar c = line_[i_];
        if (inTemplateCode_ && c == '}' && braceDepth_ == 0) {
            mark(i_, i_ + 1, Token::Template);
            ++i_;
            inTemplateCode_ = false;
            return true;
        }
        if (inTemplateCode_ && c == '{') ++braceDepth_;
        if (inTemplateCode_ && c == '}') --braceDepth_;

        if (c == '/' && next('/')) {
            mark(i_, n_, Token::Comment);
            return false;
        }
        if (c == '/' && next('*')) {
            mark(i_, i_ + 2, Token::Comment);
            i_ += 2;
            state_ = InBlockComment;
        } else if (c == '"' || c == '\'') {
            quoted(c);
        } else if (c == '`') {
            mark(i_, i_ + 1, Token::Template);
            ++i_;
            state_ = InTemplate;
        } else if (c.isDigit() && (i_ == 0 || !identPart(line_[i_ - 1]))) {
            number();
        } else if (identStart(c)) {
            word();
        } else {
            ++i_;
        }
        return true;
    }

    // A string in quotes (to the line's end when unclosed).
    void quoted(QChar quote)
    {
        const int start = i_++;
        while (i_ < n_ && line_[i_] != quote)
            i_ += line_[i_] == '\\' ? 2 : 1;
        i_ = std::min(i_ + 1, n_);
        mark(start, i_, Token::String);
    }

    void number()
    {
        const int start = i_;
        while (i_ < n_ && (line_[i_].isLetterOrNumber() || line_[i_] == '.' || line_[i_] == '_'))
            ++i_;
        mark(start, i_, Token::Number);
    }

    // A name: a keyword or a builtin unless it follows a dot; other names stay code.
    void word()
    {
        const int start = i_;
        while (i_ < n_ && identPart(line_[i_]))
            ++i_;
        const QString word = line_.mid(start, i_ - start);
        // A property name after a dot (res.json, this.current) is not a keyword.
        const bool member = start > 0 && line_[start - 1] == '.';
        if (!member && keywords().contains(word)) {
            int end = i_;
            if (word == "function" && end < n_ && line_[end] == '*') ++end; // function*
            mark(start, end, Token::Keyword);
            i_ = end;
        } else if (!member && builtins().contains(word)) {
            mark(start, i_, Token::Builtin);
        }
    }

    const QString& line_;
    const int n_;
    QVector<Token>& tokens_;
    int state_;
    int i_ = 0;
    // Depth of ${ } nesting inside a template literal on this line (0: in the template's text).
    int braceDepth_ = 0;
    bool inTemplateCode_ = false;
};

} // namespace

JsHighlighter::JsHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void JsHighlighter::setColors(const CodeColors& colors)
{
    colors_ = colors;
    rehighlight();
}

int JsHighlighter::classify(const QString& line, int state, QVector<Token>& tokens)
{
    return LineScanner(line, state, tokens).run();
}

QTextCharFormat JsHighlighter::format(Token token) const
{
    QTextCharFormat f;
    switch (token) {
    case Token::Code:
        break;
    case Token::Keyword:
        f.setForeground(colors_.keyword);
        f.setFontWeight(QFont::Bold);
        break;
    case Token::Builtin:
        f.setForeground(colors_.builtin);
        break;
    case Token::String:
    case Token::Template:
        f.setForeground(colors_.string);
        break;
    case Token::Number:
        f.setForeground(colors_.number);
        break;
    case Token::Comment:
        f.setForeground(colors_.comment);
        f.setFontItalic(true);
        break;
    }
    return f;
}

void JsHighlighter::highlightBlock(const QString& text)
{
    QVector<Token> tokens;
    const int previous = previousBlockState() < 0 ? Normal : previousBlockState();
    setCurrentBlockState(classify(text, previous, tokens));
    int start = 0;
    for (int i = 1; i <= tokens.size(); ++i) {
        if (i == tokens.size() || tokens[i] != tokens[start]) {
            if (tokens[start] != Token::Code) setFormat(start, i - start, format(tokens[start]));
            start = i;
        }
    }
}

} // namespace ys::ui
