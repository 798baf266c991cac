// SPDX-License-Identifier: MIT
// The narration banner across the bottom of the window: a badge naming the current event
// (its lane and kind, in the kind's colour, so the colour is never the only cue) and one
// large sentence telling what happens, with quoted code set in a code font.
#pragma once

#include "core/trace/event.hpp"

#include <QFrame>

class QLabel;

namespace ys::ui {

class NarrationBanner : public QFrame {
    Q_OBJECT

public:
    explicit NarrationBanner(QWidget* parent = nullptr);

    // No event is shown: a hint instead.
    void showHint(const QString& hint);
    // `sentence` marks code with backticks, as narrate() writes it; `ended` adds that the
    // run is over. A sentence past a few lines is shown cut (see long_text.hpp); one that needs
    // more lines than the banner has is set smaller, to 70% at most, so that it shows whole
    // (Russian's longer words, a note after it, a short window). `instance`:
    // the generator or loop of the event when its actor has several (laneInstanceName()).
    void showNarration(Actor actor, Kind kind, const QColor& color, const QString& sentence, bool ended,
                       const QString& instance = QString());
    // What the sentence quotes cut, shown whole (within bounds) as the banner's tooltip; empty
    // for nothing more than the sentence.
    void setDetails(const QString& details);
    void setCodeColors(const QColor& background, const QColor& text);
    // Presentation mode: the badge's, the sentence's and the end note's fonts × scale (1 = default).
    void setScale(qreal scale);
    qreal scale() const { return scale_; }

    // The sentence shown, without markup.
    QString text() const { return plain_; }
    QLabel* sentenceLabel() const { return sentence_; }

    // "lane · kind" as the badge shows it: the lane's role ("Producer · yielded"), or the
    // instance its event belongs to when given ("numbers() (line 2) · yielded"), as its lane is titled.
    static QString badgeText(Actor actor, Kind kind, const QString& instance = QString());
    // The badge shown (empty with a hint).
    QString badge() const;
    // The sentence as rich text: HTML-escaped, code spans in a code font.
    static QString toHtml(const QString& sentence, const QColor& codeBackground, const QColor& codeText);
    // The sentence without the backticks.
    static QString toPlain(const QString& sentence);

    // The sentence's point size now: its size at this scale, or less while it does not fit.
    qreal sentencePointSize() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFonts();
    void fitSentence();

    QLabel* badge_;
    QLabel* sentence_;
    QLabel* ended_;
    QString plain_;
    QString raw_;
    QColor codeBackground_;
    QColor codeText_;
    qreal scale_ = 1.0;
    // The sentence's type at this scale, before fitSentence() makes it smaller.
    QFont sentenceFont_;
};

} // namespace ys::ui
