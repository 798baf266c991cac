// SPDX-License-Identifier: MIT
// The command line's words as Qt strings without losing a byte. A file name need not be UTF-8:
// each byte that is not part of a UTF-8 character is kept as the lone code unit U+DC80 + its
// low seven bits and one (U+DC80 to U+DCFF), so that the name written or read is the one typed,
// and a message shows the byte as \xNN.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string>

namespace ys::app {

QString argumentFromBytes(const QByteArray& bytes);
// The bytes an argument came from (a path for open(2)).
QByteArray argumentBytes(const QString& argument);
std::string pathBytes(const QString& argument);
QStringList argumentsFromArgv(int argc, char** argv);

// `text` (a message, a path) on one line as a terminal shows it: newlines and other control
// characters escaped, bytes that are not UTF-8 as \xNN.
QString printable(const QString& text);

} // namespace ys::app
