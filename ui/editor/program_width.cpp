// SPDX-License-Identifier: MIT
#include "ui/editor/program_width.hpp"

#include "ui/editor/program_editor.hpp"

#include <QFontMetricsF>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>

#include <algorithm>

namespace ys::ui {

ProgramWidth::ProgramWidth(const QPlainTextEdit& editor, QObject* parent)
    : QObject(parent), editor_(editor), pause_(new QTimer(this))
{
    pause_->setSingleShot(true);
    pause_->setInterval(kPauseMs);
    // Each edit puts the look off until the typing pauses.
    connect(editor_.document(), &QTextDocument::contentsChange, pause_, qOverload<>(&QTimer::start));
    connect(pause_, &QTimer::timeout, this, &ProgramWidth::checkNow);
}

void ProgramWidth::fitted()
{
    pause_->stop();
    fittedLongest_ = longestLine();
    fittedDigits_ = numberDigits();
}

void ProgramWidth::checkNow()
{
    pause_->stop();
    if (changedEnough()) emit changed();
}

bool ProgramWidth::changedEnough() const
{
    int number = 0;
    const int longest = longestLine(&number);
    return (longest > fittedLongest_ && cut(number)) || longest < fittedLongest_ - 2 * kRoom ||
           numberDigits() != fittedDigits_;
}

int ProgramWidth::longestLine(int* number) const
{
    int longest = 0;
    for (QTextBlock block = editor_.document()->begin(); block.isValid(); block = block.next()) {
        const int length = block.length() - 1; // a block's length counts its end
        // Not the longest even were it all tabs: its text need not be read.
        if (length * ProgramEditor::kTabWidth <= longest) continue;
        const auto tabs = static_cast<int>(block.text().count(QLatin1Char('\t')));
        const int width = length + tabs * (ProgramEditor::kTabWidth - 1);
        if (width <= longest) continue;
        longest = width;
        if (number != nullptr) *number = block.blockNumber();
    }
    return longest;
}

bool ProgramWidth::cut(int number) const
{
    QString text = editor_.document()->findBlockByNumber(number).text();
    text.replace(QLatin1Char('\t'), QString(ProgramEditor::kTabWidth, QLatin1Char(' ')));
    const qreal width =
        QFontMetricsF(editor_.font()).horizontalAdvance(text) + 2 * editor_.document()->documentMargin();
    return width > editor_.viewport()->width();
}

int ProgramWidth::numberDigits() const
{
    int digits = 1;
    for (int n = editor_.document()->blockCount(); n >= 10; n /= 10)
        ++digits;
    return digits;
}

} // namespace ys::ui
