// SPDX-License-Identifier: MIT
#include "ui/panels/js_highlighter.hpp"

#include <QSet>

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

} // namespace

JsHighlighter::JsHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void JsHighlighter::setColours(const CodeColours& colours)
{
    colours_ = colours;
    rehighlight();
}

int JsHighlighter::classify(const QString& line, int state, QVector<Token>& tokens)
{
    const int n = static_cast<int>(line.size());
    tokens.fill(Token::Code, n);
    int i = 0;
    // Depth of ${ } nesting inside a template literal on this line (0: in the template's text).
    int braceDepth = 0;
    bool inTemplateCode = false;

    auto mark = [&](int from, int to, Token t) {
        for (int k = from; k < to && k < n; ++k)
            tokens[k] = t;
    };

    while (i < n) {
        if (state == InBlockComment) {
            const int end = static_cast<int>(line.indexOf("*/", i));
            if (end < 0) {
                mark(i, n, Token::Comment);
                return InBlockComment;
            }
            mark(i, end + 2, Token::Comment);
            i = end + 2;
            state = Normal;
            continue;
        }
        if (state == InTemplate && !inTemplateCode) {
            const int start = i;
            while (i < n) {
                if (line[i] == '\\') {
                    i += 2;
                } else if (line[i] == '`') {
                    ++i;
                    state = Normal;
                    break;
                } else if (line[i] == '$' && i + 1 < n && line[i + 1] == '{') {
                    mark(start, i + 2, Token::Template);
                    i += 2;
                    inTemplateCode = true;
                    braceDepth = 0;
                    break;
                } else {
                    ++i;
                }
            }
            if (!inTemplateCode) mark(start, i, Token::Template);
            if (i >= n && state == InTemplate && !inTemplateCode) return InTemplate;
            continue;
        }

        const QChar c = line[i];
        if (inTemplateCode && c == '}' && braceDepth == 0) {
            mark(i, i + 1, Token::Template);
            ++i;
            inTemplateCode = false;
            continue;
        }
        if (inTemplateCode && c == '{') ++braceDepth;
        if (inTemplateCode && c == '}') --braceDepth;

        if (c == '/' && i + 1 < n && line[i + 1] == '/') {
            mark(i, n, Token::Comment);
            break;
        }
        if (c == '/' && i + 1 < n && line[i + 1] == '*') {
            mark(i, i + 2, Token::Comment);
            i += 2;
            state = InBlockComment;
            continue;
        }
        if (c == '"' || c == '\'') {
            const int start = i++;
            while (i < n && line[i] != c)
                i += line[i] == '\\' ? 2 : 1;
            i = std::min(i + 1, n);
            mark(start, i, Token::String);
            continue;
        }
        if (c == '`') {
            mark(i, i + 1, Token::Template);
            ++i;
            state = InTemplate;
            continue;
        }
        if (c.isDigit() && (i == 0 || !identPart(line[i - 1]))) {
            const int start = i;
            while (i < n && (line[i].isLetterOrNumber() || line[i] == '.' || line[i] == '_'))
                ++i;
            mark(start, i, Token::Number);
            continue;
        }
        if (identStart(c)) {
            const int start = i;
            while (i < n && identPart(line[i]))
                ++i;
            const QString word = line.mid(start, i - start);
            // A property name after a dot (res.json, this.current) is not a keyword.
            const bool member = start > 0 && line[start - 1] == '.';
            if (!member && keywords().contains(word)) {
                int end = i;
                if (word == "function" && end < n && line[end] == '*') ++end; // function*
                mark(start, end, Token::Keyword);
                i = end;
            } else if (!member && builtins().contains(word)) {
                mark(start, i, Token::Builtin);
            }
            continue;
        }
        ++i;
    }
    if (inTemplateCode) return InTemplate; // an unclosed ${ at the end of a line: keep it simple
    return state;
}

QTextCharFormat JsHighlighter::format(Token token) const
{
    QTextCharFormat f;
    switch (token) {
    case Token::Code:
        break;
    case Token::Keyword:
        f.setForeground(colours_.keyword);
        f.setFontWeight(QFont::Bold);
        break;
    case Token::Builtin:
        f.setForeground(colours_.builtin);
        break;
    case Token::String:
    case Token::Template:
        f.setForeground(colours_.string);
        break;
    case Token::Number:
        f.setForeground(colours_.number);
        break;
    case Token::Comment:
        f.setForeground(colours_.comment);
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
