// SPDX-License-Identifier: MIT
// The quiz as the class sees it: "What happens next?", up to five large answer buttons (the
// kind in plain words, with its timeline mark and colour, and its number key), then the
// answer, right or not, and the score. It shows a QuizSession and answers through it.
#pragma once

#include "ui/style/theme.hpp"

#include <QFrame>

#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;
class QShortcut;

namespace ys::ui {

class QuizSession;

class QuizPanel : public QFrame {
    Q_OBJECT

public:
    explicit QuizPanel(QuizSession& quiz, QWidget* parent = nullptr);

    void setTheme(const Theme& theme);
    // Presentation mode: fonts and marks × scale (1 = default).
    void setScale(qreal scale);

    // The kind in plain words, as a choice reads: "the generator yields a value".
    static QString kindInWords(ys::Kind kind);

    // For tests: the answer buttons shown now, the prompt and the score line.
    std::vector<QPushButton*> choiceButtons() const;
    QString promptText() const;
    QString scoreText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // The texts set once (names, the Reset score button), then refresh().
    void retranslate();
    void refresh();
    // Puts the shown answers in a grid as wide as the panel allows.
    void placeChoices();
    // The width the panel is laid out at: its own once the layout gave it one while shown,
    // else its parent layout's, so that a panel just shown measures its prompt and its rows
    // at its coming width, not a stale one that would stretch the window past the screen.
    int layoutWidth() const;
    void applyFonts();
    QIcon markIcon(ys::Kind kind) const;

    QuizSession& quiz_;
    Theme theme_;
    qreal scale_ = 1.0;
    QLabel* prompt_ = nullptr;
    QLabel* score_ = nullptr;
    QPushButton* resetScore_ = nullptr;
    QGridLayout* grid_ = nullptr;
    std::vector<QPushButton*> buttons_;
    int placedColumns_ = 0; // how the choices were last laid out
    int placedCount_ = 0;
    bool laidOut_ = false;
    std::vector<QShortcut*> keys_;
};

} // namespace ys::ui
