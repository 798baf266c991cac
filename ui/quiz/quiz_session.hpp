// SPDX-License-Identifier: MIT
// Quiz mode without widgets: before each event the run waits while the class guesses what
// comes next, from a few kinds of event; the answer then shows the event and keeps the score.
//
// The choices come from the run itself: the kinds that follow an event of the shown kind
// anywhere in the demo's whole run (what could come next here), most frequent first, always
// with the true answer, at most kMaxChoices. When the run offers fewer than kMinChoices, the
// run's other kinds make up the rest, so a question is never a formality. Choices are listed
// in the order of ys::Kind, so the same kinds keep their number key from question to question.
#pragma once

#include "core/trace/event.hpp"
#include "core/trace/trace.hpp"

#include <QObject>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace ys::ui {

class RunSession;

struct QuizQuestion {
    std::size_t seq = 0;             // the event to guess, not shown yet
    std::optional<ys::Kind> after;   // the kind of the event shown (none before the first)
    std::vector<ys::Kind> choices;   // in ys::Kind order
    ys::Kind answer = ys::Kind::Log; // the kind of event seq
};

// How often each kind of event follows each other kind in a whole run.
struct KindTransitions {
    static constexpr std::size_t kStart = ys::kKindCount; // the row of "before the first event"
    std::array<std::array<std::uint64_t, ys::kKindCount>, ys::kKindCount + 1> following{};
    std::array<std::uint64_t, ys::kKindCount> overall{};

    static KindTransitions of(const ys::Trace& whole);
};

struct QuizReveal {
    std::size_t seq = 0;
    ys::Kind chosen = ys::Kind::Log;
    ys::Kind answer = ys::Kind::Log;
    bool right = false;
};

class QuizSession : public QObject {
    Q_OBJECT

public:
    static constexpr std::size_t kMaxChoices = 5;
    static constexpr std::size_t kMinChoices = 3;

    explicit QuizSession(RunSession& session, QObject* parent = nullptr);
    ~QuizSession() override;

    bool enabled() const { return enabled_; }
    void setEnabled(bool on);

    // The question waiting for an answer; while there is one, stepping forward is blocked.
    const std::optional<QuizQuestion>& question() const { return question_; }
    bool waitingForAnswer() const { return question_.has_value(); }
    // The last answer, until the next question (or the cursor moves elsewhere).
    const std::optional<QuizReveal>& reveal() const { return reveal_; }

    int right() const { return right_; }
    int asked() const { return asked_; }
    void resetScore();

    // One step as the class sees it. Outside quiz mode, the run steps. In quiz mode, a
    // question about the next event is asked (the run does not move yet); while it waits,
    // nothing happens. False when nothing changed.
    bool stepForward();
    // Answers the waiting question with `choice` (0-based): the event is shown and the
    // score counts it. False when no question waits or the index is not a choice.
    bool answer(int choice);

    // The choices for guessing an event of kind `answer` after one of kind `after` (none: the
    // first event), from the kinds that follow one another in a whole run.
    static std::vector<ys::Kind> choicesFor(const KindTransitions& run, std::optional<ys::Kind> after,
                                            ys::Kind answer);

signals:
    void enabledChanged(bool on);
    void questionAsked();
    // The waiting question went away unanswered (a new run, or the cursor moved elsewhere).
    void questionCancelled();
    void answered(bool right);
    void scoreChanged(int right, int asked);

private:
    void cancelQuestion();
    void learnRun();

    RunSession& session_;
    bool enabled_ = false;
    bool revealing_ = false; // the cursor moves because of an answer
    std::optional<QuizQuestion> question_;
    std::optional<QuizReveal> reveal_;
    int right_ = 0;
    int asked_ = 0;
    // The whole run's transitions, learned once per run when the first question needs them.
    std::optional<KindTransitions> run_;
};

} // namespace ys::ui
