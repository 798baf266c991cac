// SPDX-License-Identifier: MIT
#include "value_text.hpp"

#include "core/text/value_format.hpp"

#include <memory>
#include <utility>
#include <vector>

namespace ys::ui {
namespace {

const QString kEllipsis = QStringLiteral("\u2026");

struct Node {
    enum class Type { Scalar, String, Array, Object } type = Type::Scalar;
    QString text;                                                 // scalar text, or the decoded string
    std::vector<std::pair<QString, std::unique_ptr<Node>>> items; // keys empty for arrays
};

class Parser {
public:
    explicit Parser(std::string_view s) : s_(s) {}

    std::unique_ptr<Node> parseAll()
    {
        auto node = value(0);
        skipSpace();
        if (!node || i_ != s_.size()) return nullptr;
        return node;
    }

private:
    void skipSpace()
    {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
            ++i_;
    }

    bool eat(char c)
    {
        skipSpace();
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }

    std::unique_ptr<Node> value(int depth)
    {
        if (depth > 64) return nullptr;
        skipSpace();
        if (i_ >= s_.size()) return nullptr;
        const char c = s_[i_];
        if (c == '{' || c == '[') {
            const bool object = c == '{';
            const char close = object ? '}' : ']';
            ++i_;
            auto node = std::make_unique<Node>();
            node->type = object ? Node::Type::Object : Node::Type::Array;
            if (eat(close)) return node;
            while (true) {
                QString key;
                if (object) {
                    skipSpace();
                    if (!string(key) || !eat(':')) return nullptr;
                }
                auto item = value(depth + 1);
                if (!item) return nullptr;
                node->items.emplace_back(std::move(key), std::move(item));
                if (eat(',')) continue;
                if (eat(close)) return node;
                return nullptr;
            }
        }
        if (c == '"') {
            auto node = std::make_unique<Node>();
            node->type = Node::Type::String;
            if (!string(node->text)) return nullptr;
            return node;
        }
        const std::size_t start = i_;
        while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']' && s_[i_] != ' ' &&
               s_[i_] != '\n' && s_[i_] != '\t' && s_[i_] != '\r') {
            ++i_;
        }
        if (i_ == start) return nullptr;
        auto node = std::make_unique<Node>();
        node->text = QString::fromUtf8(s_.data() + start, static_cast<qsizetype>(i_ - start));
        return node;
    }

    bool string(QString& out)
    {
        if (i_ >= s_.size() || s_[i_] != '"') return false;
        ++i_;
        out.clear();
        std::string raw; // UTF-8 bytes not yet moved into out
        auto flush = [&] {
            out += QString::fromStdString(raw);
            raw.clear();
        };
        while (i_ < s_.size() && s_[i_] != '"') {
            char c = s_[i_++];
            if (c != '\\') {
                raw += c;
                continue;
            }
            if (i_ >= s_.size()) return false;
            c = s_[i_++];
            switch (c) {
            case 'n':
                raw += '\n';
                break;
            case 't':
                raw += '\t';
                break;
            case 'r':
                raw += '\r';
                break;
            case 'b':
                raw += '\b';
                break;
            case 'f':
                raw += '\f';
                break;
            case 'u': {
                if (i_ + 4 > s_.size()) return false;
                bool ok = false;
                const uint code = QString::fromLatin1(s_.data() + i_, 4).toUInt(&ok, 16);
                if (!ok) return false;
                i_ += 4;
                flush();
                out += QChar(static_cast<char16_t>(code)); // surrogate pairs come as two escapes
                break;
            }
            default:
                raw += c;
                break; // \" \\ \/
            }
        }
        if (i_ >= s_.size()) return false;
        ++i_;
        flush();
        return true;
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

bool isIdentifier(const QString& key)
{
    if (key.isEmpty()) return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        const bool ok =
            c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$') || (i > 0 && c.isDigit());
        if (!ok) return false;
    }
    return true;
}

QString quoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\t')) {
            out += QStringLiteral("\\t");
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString keyText(const QString& key) { return isIdentifier(key) ? key : quoted(key); }

void write(const Node& node, QString& out)
{
    switch (node.type) {
    case Node::Type::Scalar:
        out += node.text;
        return;
    case Node::Type::String:
        out += quoted(node.text);
        return;
    case Node::Type::Array:
    case Node::Type::Object: {
        const bool object = node.type == Node::Type::Object;
        out += object ? QLatin1Char('{') : QLatin1Char('[');
        bool first = true;
        for (const auto& [key, item] : node.items) {
            if (!first) out += QStringLiteral(", ");
            first = false;
            if (object) out += keyText(key) + QStringLiteral(": ");
            write(*item, out);
        }
        out += object ? QLatin1Char('}') : QLatin1Char(']');
        return;
    }
    }
}

} // namespace

QString elideChars(const QString& text, int maxChars)
{
    if (maxChars < 1) return {};
    if (text.size() <= maxChars) return text;
    return text.left(maxChars - 1) + kEllipsis;
}

QString jsLiteral(std::string_view json) { return QString::fromStdString(ys::jsLiteral(json)); }

QString shortValue(std::string_view json, int maxChars)
{
    const auto node = Parser(json).parseAll();
    if (!node)
        return elideChars(QString::fromUtf8(json.data(), static_cast<qsizetype>(json.size())), maxChars);
    QString full;
    write(*node, full);
    if (full.size() <= maxChars) return full;
    if (node->type == Node::Type::Object) {
        for (const auto& [key, item] : node->items) {
            if (item->type != Node::Type::String) continue;
            // {name: "user4", …}, else {… "user4"}, the text elided if need be.
            const QString text = quoted(item->text);
            const QString head = QStringLiteral("{") + keyText(key) + QStringLiteral(": ");
            const QString tail = QStringLiteral(", ") + kEllipsis + QStringLiteral("}");
            if (head.size() + text.size() + tail.size() <= maxChars) return head + text + tail;
            const QString shortHead = QStringLiteral("{") + kEllipsis + QLatin1Char(' ');
            const int room = maxChars - static_cast<int>(shortHead.size()) - 1;
            if (room < 4) break;
            return shortHead + elideChars(text, room) + QLatin1Char('}');
        }
    }
    if (node->type == Node::Type::String) {
        // Keep the closing quote: "a long sent…"
        return elideChars(quoted(node->text).chopped(1), maxChars - 1) + QLatin1Char('"');
    }
    return elideChars(full, maxChars);
}

QString consoleText(std::string_view json) { return QString::fromStdString(ys::consoleLine(json)); }

} // namespace ys::ui
