// SPDX-License-Identifier: MIT
#include "app/arguments.hpp"

#include "core/text/message_text.hpp"

namespace ys::app {
namespace {

constexpr char16_t kEscapedByteBase = 0xDC00;

bool isEscapedByte(const QString& s, qsizetype i)
{
    const char16_t unit = s.at(i).unicode();
    if (unit < 0xDC80 || unit > 0xDCFF) return false;
    // A low surrogate after a high one is half of a real character.
    return i == 0 || !s.at(i - 1).isHighSurrogate();
}

} // namespace

QString argumentFromBytes(const QByteArray& bytes)
{
    // Valid runs decode as UTF-8; every other byte is escaped one by one.
    QString out;
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const std::string_view rest(bytes.constData() + i, static_cast<std::size_t>(bytes.size() - i));
        const std::size_t n = utf8CharLength(rest);
        if (n == 0) {
            out += QString::fromUtf8(bytes.constData() + runStart, i - runStart);
            out += QChar(static_cast<char16_t>(kEscapedByteBase + static_cast<unsigned char>(bytes.at(i))));
            ++i;
            runStart = i;
            continue;
        }
        i += static_cast<qsizetype>(n);
    }
    out += QString::fromUtf8(bytes.constData() + runStart, bytes.size() - runStart);
    return out;
}

QByteArray argumentBytes(const QString& argument)
{
    QByteArray out;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < argument.size(); ++i) {
        if (!isEscapedByte(argument, i)) continue;
        out += argument.mid(runStart, i - runStart).toUtf8();
        out += static_cast<char>(argument.at(i).unicode() - kEscapedByteBase);
        runStart = i + 1;
    }
    out += argument.mid(runStart).toUtf8();
    return out;
}

std::string pathBytes(const QString& argument) { return argumentBytes(argument).toStdString(); }

QStringList argumentsFromArgv(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << argumentFromBytes(QByteArray(argv[i])); // NOLINT: argv is an array
    return arguments;
}

QString printable(const QString& text)
{
    const QByteArray bytes = argumentBytes(text);
    return QString::fromStdString(printableText(std::string_view(bytes.constData(), bytes.size())));
}

} // namespace ys::app
