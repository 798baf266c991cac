// SPDX-License-Identifier: MIT
// When the program being typed has changed width enough for the code column to be fitted to it
// again (WindowColumns::fitToProgram): its longest line has grown and no longer shows whole, or
// has shrunk by more than twice the room the column keeps to type in, or the line numbers have
// taken another digit. Looked at a moment after the typing pauses, so the column and the font
// do not move with every key.
#pragma once

#include <QObject>

class QPlainTextEdit;
class QTimer;

namespace ys::ui {

class ProgramWidth : public QObject {
    Q_OBJECT

public:
    // Characters the column keeps free after the longest line when fitted to a program (where
    // it has the width).
    static constexpr int kRoom = 4;
    // How long the typing pauses before the width is looked at.
    static constexpr int kPauseMs = 300;

    explicit ProgramWidth(const QPlainTextEdit& editor, QObject* parent = nullptr);

    // The column has just been fitted to the text as it is now.
    void fitted();
    // Whether the text as it is now differs enough from the one fitted to be fitted again.
    bool changedEnough() const;
    // Looks at the text now, as the end of a pause in the typing does.
    void checkNow();

    // The longest line in characters (a tab as the editor's indent), its number (0-based), and
    // the digits of the last line's number.
    int longestLine(int* number = nullptr) const;
    int numberDigits() const;

signals:
    // The text has changed width enough: the column is to be fitted again.
    void changed();

private:
    // Whether line `number` (0-based) is wider than the editor shows.
    bool cut(int number) const;

    const QPlainTextEdit& editor_;
    QTimer* pause_;
    int fittedLongest_ = 0;
    int fittedDigits_ = 0;
};

} // namespace ys::ui
