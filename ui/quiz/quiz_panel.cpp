// SPDX-License-Identifier: MIT
#include "ui/quiz/quiz_panel.hpp"

#include "ui/panels/narration_text.hpp"
#include "ui/quiz/quiz_session.hpp"
#include "ui/timeline/timeline_renderer.hpp"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace ys::ui {
namespace {

constexpr qreal kPromptPoints = 20;
constexpr qreal kChoicePoints = 17;
constexpr qreal kScorePoints = 15;
constexpr int kMarkPx = 34;

// What the narration's badge calls a kind ("next() called", "ожидание"): the words the class
// has just read beside the lane, never the trace format's identifier.
QString kindShown(ys::Kind kind) { return kindBadge(kind).toHtmlEscaped(); }

} // namespace

QuizPanel::QuizPanel(QuizSession& quiz, QWidget* parent) : QFrame(parent), quiz_(quiz)
{
    setObjectName(QStringLiteral("quizPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    prompt_ = new QLabel(this);
    prompt_->setObjectName(QStringLiteral("quizPrompt"));
    prompt_->setWordWrap(true);
    prompt_->setTextFormat(Qt::RichText);
    score_ = new QLabel(this);
    score_->setObjectName(QStringLiteral("quizScore"));
    resetScore_ = new QPushButton(this);
    resetScore_->setObjectName(QStringLiteral("quizResetScore"));
    resetScore_->setFocusPolicy(Qt::TabFocus);
    connect(resetScore_, &QPushButton::clicked, &quiz_, &QuizSession::resetScore);

    auto* top = new QHBoxLayout;
    top->addWidget(prompt_, 1);
    top->addWidget(score_);
    top->addWidget(resetScore_);

    grid_ = new QGridLayout;
    grid_->setSpacing(12);
    for (std::size_t i = 0; i < QuizSession::kMaxChoices; ++i) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("quizChoice%1").arg(i + 1));
        b->setFocusPolicy(Qt::TabFocus);
        // Never shorter than their two lines: the window's columns give way instead.
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(b, &QPushButton::clicked, this, [this, i] { quiz_.answer(static_cast<int>(i)); });
        buttons_.push_back(b);
        // The number keys answer too: what a class calls out, the presenter presses.
        auto* key = new QShortcut(QKeySequence(static_cast<int>(Qt::Key_1 + i)), this);
        key->setContext(Qt::WindowShortcut);
        connect(key, &QShortcut::activated, this, [this, i] { quiz_.answer(static_cast<int>(i)); });
        keys_.push_back(key);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addLayout(grid_);

    connect(&quiz_, &QuizSession::questionAsked, this, &QuizPanel::refresh);
    connect(&quiz_, &QuizSession::questionCancelled, this, &QuizPanel::refresh);
    connect(&quiz_, &QuizSession::answered, this, &QuizPanel::refresh);
    connect(&quiz_, &QuizSession::scoreChanged, this, &QuizPanel::refresh);
    connect(&quiz_, &QuizSession::enabledChanged, this, [this](bool on) {
        setVisible(on);
        refresh();
    });
    setVisible(quiz_.enabled());
    applyFonts();
    retranslate();
}

void QuizPanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

void QuizPanel::retranslate()
{
    setAccessibleName(tr("Quiz"));
    score_->setAccessibleName(tr("Quiz score"));
    resetScore_->setText(tr("Reset score"));
    // The prompt, the score and the choices: refresh() words them from the quiz's state.
    placedColumns_ = 0; // the choices' widths change with their words
    refresh();
}

QString QuizPanel::kindInWords(ys::Kind kind) { return kindQuizWords(kind); }

void QuizPanel::setTheme(const Theme& theme)
{
    theme_ = theme;
    QPalette p = palette();
    p.setColor(QPalette::Window, theme.window);
    p.setColor(QPalette::WindowText, theme.text);
    setPalette(p);
    refresh();
}

void QuizPanel::setScale(qreal scale)
{
    scale_ = scale;
    applyFonts();
    refresh();
}

void QuizPanel::applyFonts()
{
    auto sized = [this](qreal points, bool bold) {
        QFont f = font();
        f.setPointSizeF(points * scale_);
        f.setBold(bold);
        return f;
    };
    prompt_->setFont(sized(kPromptPoints, false));
    score_->setFont(sized(kScorePoints, true));
    resetScore_->setFont(sized(kScorePoints * 0.85, false));
    const int mark = qRound(kMarkPx * scale_);
    for (QPushButton* b : buttons_) {
        b->setFont(sized(kChoicePoints, false));
        b->setIconSize(QSize(mark, mark));
        b->setMinimumHeight(qRound(56 * scale_));
    }
}

QIcon QuizPanel::markIcon(ys::Kind kind) const
{
    // The timeline's own mark for the kind, in the theme's colours, at twice the size for a
    // crisp icon.
    const int px = qRound(kMarkPx * scale_);
    QPixmap pixmap(px * 2, px * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    TimelineRenderer renderer;
    renderer.setTheme(theme_);
    renderer.setScale(scale_);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.drawKindMark(painter, kind, QRectF(0, 0, px, px));
    painter.end();
    return {pixmap};
}

void QuizPanel::refresh()
{
    const auto& question = quiz_.question();
    const auto& reveal = quiz_.reveal();
    if (question) {
        const QString after =
            question->after ? tr("after <i>%1</i>").arg(kindShown(*question->after)) : tr("to start the run");
        prompt_->setText(tr("<b>What happens next</b>, %1? Press its number or click it.").arg(after));
    } else if (reveal) {
        const QColor kindColor = theme_.kindColor(reveal->answer);
        const QString shown = QStringLiteral("<span style='color:%1;'><b>%2</b></span>")
                                  .arg(kindColor.name(), kindShown(reveal->answer));
        if (reveal->right) {
            prompt_->setText(tr("<b>✔ Right!</b> It was %1: %2. Press → for the next question.")
                                 .arg(shown, kindInWords(reveal->answer).toHtmlEscaped()));
        } else {
            prompt_->setText(
                tr("<b>Not quite</b> — it was %1: %2 (you chose <i>%3</i>). "
                   "Press → for the next question.")
                    .arg(shown, kindInWords(reveal->answer).toHtmlEscaped(), kindShown(reveal->chosen)));
        }
    } else {
        prompt_->setText(tr("<b>Quiz mode.</b> Press → and the class guesses what happens next."));
    }
    score_->setText(quiz_.asked() == 0 ? tr("Score: –")
                                       : tr("Score: %1 / %2").arg(quiz_.right()).arg(quiz_.asked()));

    const std::vector<ys::Kind> none;
    const std::vector<ys::Kind>& choices = question ? question->choices : none;
    for (std::size_t i = 0; i < buttons_.size(); ++i) {
        QPushButton* b = buttons_[i];
        const bool shown = i < choices.size();
        b->setVisible(shown);
        keys_[i]->setEnabled(shown);
        if (!shown) continue;
        const ys::Kind kind = choices[i];
        // One short line in plain words, so three answers fit a row at projector scale; the
        // kind's name (as the narration's badge and the reveal write it) is its tooltip.
        b->setText(QStringLiteral("%1   %2").arg(i + 1).arg(kindInWords(kind)));
        b->setToolTip(kindBadge(kind));
        b->setIcon(markIcon(kind));
        b->setAccessibleName(kindInWords(kind));
        // The kind's colour along the button's edge: the timeline's colour, never the only cue.
        b->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 8px 14px; "
                                        "border: 3px solid %1; border-radius: 8px; }")
                             .arg(theme_.kindColor(kind).name()));
    }
    placeChoices();
}

void QuizPanel::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    laidOut_ = isVisible();
    placeChoices();
}

void QuizPanel::hideEvent(QHideEvent* event)
{
    QFrame::hideEvent(event);
    laidOut_ = false; // the window may change its width meanwhile
}

int QuizPanel::layoutWidth() const
{
    if (laidOut_) return width();
    const QWidget* parent = parentWidget();
    if (parent != nullptr && parent->layout() != nullptr) return parent->layout()->contentsRect().width();
    return width();
}

void QuizPanel::placeChoices()
{
    // A wrapped label's height depends on its width, which the main window's layout does not
    // ask about: the prompt claims the lines it needs at its present width itself.
    // (The prompt's own width may still be the old one here: work it out from the panel's.)
    // QLabel's heightForWidth is never less than its minimum height: measured with the last
    // minimum in place, the prompt would keep the most lines it ever needed (a narrow first
    // layout, a longer language) and push the window past the screen.
    const int panelWidth = layoutWidth();
    const int promptWidth =
        panelWidth - 32 - score_->sizeHint().width() - resetScore_->sizeHint().width() - 24;
    const int lastMinimum = prompt_->minimumHeight();
    prompt_->setMinimumHeight(0);
    const int promptHeight = prompt_->heightForWidth(std::max(promptWidth, 200));
    prompt_->setMinimumHeight(promptHeight > 0 ? promptHeight : lastMinimum);
    const std::vector<QPushButton*> shown = choiceButtons();
    if (shown.empty()) return;
    // As many to a row as fit whole (three at most, two when there are four), so no answer
    // is cut off at projector scale. Each column is as wide as its widest answer: a long
    // answer beside short ones (a longer language) still shares their row.
    const int n = static_cast<int>(shown.size());
    const auto fits = [&](int columns) {
        int total = grid_->horizontalSpacing() * (columns - 1);
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (int i = c; i < n; i += columns)
                widest = std::max(widest, shown[static_cast<std::size_t>(i)]->sizeHint().width());
            total += widest;
        }
        return total <= panelWidth - 32;
    };
    int columns = std::min(n == 4 ? 2 : n, 3);
    while (columns > 1 && !fits(columns))
        --columns;
    if (columns == placedColumns_ && n == placedCount_) return; // as placed: no relayout
    placedColumns_ = columns;
    placedCount_ = n;
    for (QPushButton* b : buttons_)
        grid_->removeWidget(b);
    for (int i = 0; i < n; ++i)
        grid_->addWidget(shown[static_cast<std::size_t>(i)], i / columns, i % columns);
    updateGeometry();
}

std::vector<QPushButton*> QuizPanel::choiceButtons() const
{
    std::vector<QPushButton*> shown;
    for (QPushButton* b : buttons_) {
        if (!b->isHidden()) shown.push_back(b);
    }
    return shown;
}

QString QuizPanel::promptText() const { return prompt_->text(); }

QString QuizPanel::scoreText() const { return score_->text(); }

} // namespace ys::ui
