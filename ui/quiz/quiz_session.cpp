// SPDX-License-Identifier: MIT
#include "ui/quiz/quiz_session.hpp"

#include "ui/session/run_session.hpp"

#include <algorithm>

namespace ys::ui {
namespace {

using Counts = std::array<std::uint64_t, ys::kKindCount>;

std::size_t index(ys::Kind kind) { return static_cast<std::size_t>(kind); }

// Kinds with a count, most frequent first, ties in ys::Kind order.
std::vector<ys::Kind> byFrequency(const Counts& counts)
{
    std::vector<ys::Kind> kinds;
    for (std::size_t k = 0; k < counts.size(); ++k) {
        if (counts.at(k) > 0) kinds.push_back(static_cast<ys::Kind>(k));
    }
    std::stable_sort(kinds.begin(), kinds.end(),
                     [&](ys::Kind a, ys::Kind b) { return counts.at(index(a)) > counts.at(index(b)); });
    return kinds;
}

} // namespace

QuizSession::QuizSession(RunSession& session, QObject* parent) : QObject(parent), session_(session)
{
    connect(&session_, &RunSession::runStarted, this, [this] {
        run_.reset();
        cancelQuestion();
        reveal_.reset();
        resetScore();
    });
    connect(&session_, &RunSession::cursorChanged, this, [this] {
        if (revealing_) return;
        // The presenter stepped back, jumped or clicked elsewhere: the question is moot.
        cancelQuestion();
        reveal_.reset();
    });
}

QuizSession::~QuizSession() = default;

void QuizSession::setEnabled(bool on)
{
    if (on == enabled_) return;
    enabled_ = on;
    if (!on) cancelQuestion();
    reveal_.reset();
    emit enabledChanged(on);
}

void QuizSession::resetScore()
{
    if (right_ == 0 && asked_ == 0) return;
    right_ = 0;
    asked_ = 0;
    emit scoreChanged(right_, asked_);
}

void QuizSession::cancelQuestion()
{
    if (!question_) return;
    question_.reset();
    emit questionCancelled();
}

void QuizSession::learnRun()
{
    if (run_) return;
    // A finished run's trace is whole already; otherwise the session runs a copy to its end.
    if (session_.finished() && session_.trace() != nullptr) {
        run_ = KindTransitions::of(*session_.trace());
    } else {
        run_ = KindTransitions::of(session_.toTraceFile().trace);
    }
}

bool QuizSession::stepForward()
{
    if (!enabled_) return session_.stepForward();
    if (question_) return false;
    if (!session_.prefetch()) return false; // the run is over: nothing to guess
    learnRun();
    const Trace& trace = *session_.trace();
    QuizQuestion q;
    q.seq = session_.hasCursor() ? session_.cursor() + 1 : 0;
    if (q.seq > 0) q.after = trace[q.seq - 1].kind;
    q.answer = trace[q.seq].kind;
    q.choices = choicesFor(*run_, q.after, q.answer);
    question_ = std::move(q);
    reveal_.reset();
    emit questionAsked();
    return true;
}

bool QuizSession::answer(int choice)
{
    if (!question_ || choice < 0 || static_cast<std::size_t>(choice) >= question_->choices.size())
        return false;
    const QuizQuestion q = *question_;
    question_.reset();
    QuizReveal r;
    r.seq = q.seq;
    r.chosen = q.choices.at(static_cast<std::size_t>(choice));
    r.answer = q.answer;
    r.right = r.chosen == r.answer;
    reveal_ = r;
    ++asked_;
    if (r.right) ++right_;
    revealing_ = true;
    session_.jumpTo(q.seq);
    revealing_ = false;
    emit scoreChanged(right_, asked_);
    emit answered(r.right);
    return true;
}

KindTransitions KindTransitions::of(const ys::Trace& whole)
{
    KindTransitions t;
    for (std::size_t seq = 0; seq < whole.size(); ++seq) {
        const ys::Kind kind = whole[seq].kind;
        ++t.overall.at(index(kind));
        const std::size_t row = seq == 0 ? kStart : index(whole[seq - 1].kind);
        ++t.following.at(row).at(index(kind));
    }
    return t;
}

std::vector<ys::Kind> QuizSession::choicesFor(const KindTransitions& run, std::optional<ys::Kind> after,
                                              ys::Kind answer)
{
    const Counts& following = run.following.at(after ? index(*after) : KindTransitions::kStart);
    const Counts& overall = run.overall;
    std::vector<ys::Kind> choices{answer};
    auto add = [&](const std::vector<ys::Kind>& kinds, std::size_t upTo) {
        for (ys::Kind k : kinds) {
            if (choices.size() >= upTo) return;
            if (std::find(choices.begin(), choices.end(), k) == choices.end()) choices.push_back(k);
        }
    };
    add(byFrequency(following), kMaxChoices);
    add(byFrequency(overall), kMinChoices);
    std::sort(choices.begin(), choices.end());
    return choices;
}

} // namespace ys::ui
