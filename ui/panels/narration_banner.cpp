// SPDX-License-Identifier: MIT
#include "ui/panels/narration_banner.hpp"

#include "ui/panels/narration_text.hpp"
#include "ui/style/label_fit.hpp"
#include "ui/timeline/long_text.hpp"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace ys::ui {
namespace {

constexpr int kMaxSentenceChars = 2000;

// Splits a sentence into alternating prose and code parts (code at odd indices), reading
// Markdown-style code spans: a run of n backticks up to the next run of exactly n.
QStringList splitCode(const QString& sentence)
{
    QStringList parts;
    QString prose;
    int i = 0;
    const int n = static_cast<int>(sentence.size());
    while (i < n) {
        if (sentence[i] != '`') {
            prose += sentence[i++];
            continue;
        }
        int ticks = 0;
        while (i + ticks < n && sentence[i + ticks] == '`')
            ++ticks;
        const QString fence(ticks, '`');
        int close = i + ticks;
        int found = -1;
        while ((close = static_cast<int>(sentence.indexOf(fence, close))) >= 0) {
            const bool longer = close + ticks < n && sentence[close + ticks] == '`';
            if (!longer) {
                found = close;
                break;
            }
            while (close < n && sentence[close] == '`')
                ++close;
        }
        if (found < 0) { // unmatched: literal backticks
            prose += fence;
            i += ticks;
            continue;
        }
        QString code = sentence.mid(i + ticks, found - i - ticks);
        if (code.size() >= 2 && code.startsWith(' ') && code.endsWith(' '))
            code = code.mid(1, code.size() - 2);
        parts << prose << code;
        prose.clear();
        i = found + ticks;
    }
    parts << prose;
    return parts;
}

} // namespace

NarrationBanner::NarrationBanner(QWidget* parent)
    : QFrame(parent), badge_(new QLabel(this)), sentence_(new QLabel(this)), ended_(new QLabel(this))
{
    setObjectName(QStringLiteral("narrationBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setAccessibleName(tr("Narration"));
    setToolTip(tr("What the current event means"));

    badge_->setAlignment(Qt::AlignCenter);
    badge_->setAccessibleName(tr("Current event"));
    badge_->hide();

    sentence_->setWordWrap(true);
    sentence_->setTextFormat(Qt::RichText);
    sentence_->setTextInteractionFlags(Qt::NoTextInteraction);
    sentence_->setAccessibleName(tr("Narration"));
    sentence_->setObjectName(QStringLiteral("narration"));
    sentence_->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    sentence_->installEventFilter(this);

    ended_->setText(tr("■ The program has finished: nothing is left to run."));
    ended_->setAccessibleName(tr("Run ended"));
    ended_->hide();

    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(sentence_);
    text->addWidget(ended_);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 14, 24, 14);
    layout->setSpacing(20);
    layout->addWidget(badge_, 0, Qt::AlignVCenter);
    layout->addLayout(text, 1);
    applyFonts();
}

void NarrationBanner::setScale(qreal scale)
{
    scale = std::clamp<qreal>(scale, 0.5, 4.0);
    if (scale == scale_) return;
    scale_ = scale;
    applyFonts();
}

void NarrationBanner::applyFonts()
{
    QFont badgeFont = font();
    badgeFont.setPointSizeF(13 * scale_);
    badgeFont.setBold(true);
    badge_->setFont(badgeFont);
    badge_->setMinimumWidth(qRound(220 * scale_));

    QFont big = font();
    big.setPointSizeF(20 * scale_);
    big.setWeight(QFont::DemiBold);
    sentenceFont_ = big;
    sentence_->setFont(big);
    sentence_->setMinimumHeight(QFontMetrics(big).lineSpacing() * 2 + 4);
    fitSentence();

    QFont small = font();
    small.setPointSizeF(14 * scale_);
    ended_->setFont(small);
}

qreal NarrationBanner::sentencePointSize() const { return sentence_->font().pointSizeF(); }

bool NarrationBanner::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == sentence_ && event->type() == QEvent::Resize) fitSentence();
    return QFrame::eventFilter(watched, event);
}

void NarrationBanner::fitSentence()
{
    // Down from the full size, the first that fits the room the window gives the label (at
    // least two lines of the full size).
    fitWrappedLabel(*sentence_, sentenceFont_, sentence_->contentsRect().height());
}

void NarrationBanner::setCodeColors(const QColor& background, const QColor& text)
{
    codeBackground_ = background;
    codeText_ = text;
    if (!raw_.isEmpty() && badge_->isVisible()) sentence_->setText(toHtml(raw_, codeBackground_, codeText_));
    fitSentence();
}

void NarrationBanner::setDetails(const QString& details)
{
    if (details.isEmpty()) {
        setToolTip(tr("What the current event means"));
        return;
    }
    setToolTip(QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                   .arg(elideLongText(details, kOnDemandChars, 400).toHtmlEscaped()));
}

void NarrationBanner::showHint(const QString& hint)
{
    raw_.clear();
    plain_ = hint;
    badge_->hide();
    ended_->hide();
    sentence_->setText(hint.toHtmlEscaped());
    sentence_->setAccessibleDescription(hint);
    fitSentence();
}

void NarrationBanner::showNarration(Actor actor, Kind kind, const QColor& color, const QString& sentence,
                                    bool ended, const QString& instance)
{
    // Sentences quote long values and notes cut already; this bounds whatever else comes, as
    // the label's layout (and finding code spans) grows with the text.
    const QString shown = elideLongText(sentence, kMaxSentenceChars, 4);
    raw_ = shown;
    plain_ = toPlain(shown);
    badge_->setText(badgeText(actor, kind, instance));
    // Dark text on light kind colours, white on dark ones.
    const QColor ink = color.lightnessF() > 0.6 ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white);
    badge_->setStyleSheet(
        QString("QLabel { background: %1; color: %2; border-radius: 10px; padding: 8px 16px; }")
            .arg(color.name(), ink.name()));
    badge_->show();
    sentence_->setText(toHtml(shown, codeBackground_, codeText_));
    sentence_->setAccessibleDescription(plain_);
    ended_->setVisible(ended);
    fitSentence();
}

QString NarrationBanner::badgeText(Actor actor, Kind kind, const QString& instance)
{
    return (instance.isEmpty() ? actorBadge(actor) : instance) + QStringLiteral(" · ") + kindBadge(kind);
}

QString NarrationBanner::badge() const { return badge_->isVisible() ? badge_->text() : QString(); }

QString NarrationBanner::toHtml(const QString& sentence, const QColor& codeBackground, const QColor& codeText)
{
    const QStringList parts = splitCode(sentence);
    const QString family = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    QString html;
    for (int i = 0; i < parts.size(); ++i) {
        if (i % 2 == 0) {
            html += parts[i].toHtmlEscaped();
            continue;
        }
        QString style = QString("font-family:'%1'; font-weight:600;").arg(family);
        if (codeBackground.isValid()) style += QString(" background-color:%1;").arg(codeBackground.name());
        if (codeText.isValid()) style += QString(" color:%1;").arg(codeText.name());
        html += QString("<span style=\"%1\">&nbsp;%2&nbsp;</span>").arg(style, parts[i].toHtmlEscaped());
    }
    return html;
}

QString NarrationBanner::toPlain(const QString& sentence) { return splitCode(sentence).join(QString()); }

} // namespace ys::ui
