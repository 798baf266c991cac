// SPDX-License-Identifier: MIT
#include "ui/session/run_session.hpp"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace ys::ui {
namespace {
qint64 asSigned(std::size_t cursor)
{
    return cursor == RunSession::kNoCursor ? -1 : static_cast<qint64>(cursor);
}
} // namespace

RunSession::RunSession(QObject* parent) : QObject(parent) {}

RunSession::~RunSession() = default;

void RunSession::start(const Demo& demo, Params params)
{
    ++generation_;
    setJumping(false);
    const bool wasFinished = finished_;
    const qint64 previous = asSigned(cursor_);
    engine_.reset(); // the old run's world goes before the new one is built
    file_.reset();
    notes_.clear();
    demo_ = &demo;
    params_ = std::move(params);
    engine_ = std::make_unique<Engine>(demo, params_);
    listing_ = engine_->listing();
    cursor_ = kNoCursor;
    finished_ = false;
    emit runStarted();
    if (previous != -1) emit cursorChanged(previous, -1);
    if (wasFinished) emit finishedChanged(false);
}

void RunSession::open(TraceFile file)
{
    ++generation_;
    setJumping(false);
    const bool wasFinished = finished_;
    const qint64 previous = asSigned(cursor_);
    engine_.reset();
    file_ = std::make_unique<TraceFile>(std::move(file));
    demo_ = file_->demo;
    params_ = file_->params;
    notes_ = file_->notes;
    // A program of one's own shows its source; an unknown demo has nothing to show.
    listing_ = demo_ != nullptr ? demo_->listing(params_) : file_->program;
    cursor_ = kNoCursor;
    finished_ = true;
    emit runStarted();
    if (previous != -1) emit cursorChanged(previous, -1);
    if (!file_->trace.empty()) emit traceGrew();
    if (!wasFinished) emit finishedChanged(true);
}

const Trace* RunSession::trace() const
{
    if (engine_) return &engine_->trace();
    if (file_) return &file_->trace;
    return nullptr;
}

TraceFile RunSession::toTraceFile() const
{
    TraceFile out;
    out.demo = demo_;
    out.params = params_;
    out.notes = notes_;
    out.program = program();
    if (file_) {
        out.trace = file_->trace;
    } else if (engine_ && finished_) {
        out.trace = engine_->trace();
    } else if (demo_ != nullptr) {
        Engine whole(*demo_, params_);
        whole.runToEnd();
        out.trace = whole.trace();
    }
    return out;
}

bool RunSession::setNote(std::size_t seq, const std::string& text)
{
    if (seq >= recorded()) return false;
    // A file may list its notes in any order: look for the event's note wherever it is.
    auto it = std::find_if(notes_.begin(), notes_.end(), [seq](const Note& a) { return a.seq == seq; });
    if (text.empty()) {
        if (it == notes_.end()) return true;
        notes_.erase(it);
    } else if (it != notes_.end()) {
        if (it->text == text) return true;
        it->text = text;
    } else {
        notes_.push_back(Note{seq, text});
        std::stable_sort(notes_.begin(), notes_.end(),
                         [](const Note& a, const Note& b) { return a.seq < b.seq; });
    }
    emit notesChanged();
    return true;
}

bool RunSession::atEnd() const
{
    if (trace() == nullptr || !finished_) return false;
    const std::size_t n = recorded();
    return n == 0 || cursor_ == n - 1;
}

std::int64_t RunSession::timeAtCursor() const
{
    if (!hasCursor() || trace() == nullptr) return 0;
    return (*trace())[cursor_].t;
}

bool RunSession::runEngineStep()
{
    if (!engine_ || finished_) return false;
    const bool recordedMore = engine_->step();
    if (recordedMore) emit traceGrew();
    checkFinished();
    return recordedMore;
}

void RunSession::checkFinished()
{
    if (!finished_ && engine_ && engine_->finished()) {
        finished_ = true;
        emit finishedChanged(true);
    }
}

bool RunSession::prefetch()
{
    const std::size_t next = hasCursor() ? cursor_ + 1 : 0;
    if (next < recorded()) return true;
    if (!engine_ || jumping_) return false;
    return runEngineStep() && next < recorded();
}

void RunSession::recordUpTo(std::size_t maxEvents)
{
    if (!engine_ || finished_ || jumping_) return;
    const std::size_t before = recorded();
    engine_->runToEnd(maxEvents);
    if (recorded() > before) emit traceGrew();
    checkFinished();
}

void RunSession::setCursor(std::size_t seq)
{
    if (seq == cursor_) return;
    const qint64 previous = asSigned(cursor_);
    cursor_ = seq;
    emit cursorChanged(previous, asSigned(cursor_));
}

bool RunSession::stepForward()
{
    if (jumping_) cancelJump();
    if (!prefetch()) return false;
    setCursor(hasCursor() ? cursor_ + 1 : 0);
    return true;
}

bool RunSession::stepBack()
{
    if (jumping_) cancelJump();
    if (!hasCursor()) return false;
    setCursor(cursor_ == 0 ? kNoCursor : cursor_ - 1);
    return true;
}

void RunSession::jumpTo(std::size_t seq)
{
    if (jumping_) cancelJump();
    if (seq >= recorded()) return;
    setCursor(seq);
}

void RunSession::jumpToStart()
{
    if (jumping_) cancelJump();
    setCursor(kNoCursor);
}

void RunSession::jumpToEnd()
{
    if (trace() == nullptr || jumping_) return;
    if (finished_) {
        if (recorded() > 0) setCursor(recorded() - 1);
        return;
    }
    setJumping(true);
    const std::uint64_t generation = generation_;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == generation_) runSlice();
    });
}

void RunSession::runSlice()
{
    if (!jumping_ || !engine_) return;
    const std::size_t before = recorded();
    const std::size_t limit = before + kSliceEvents;
    QElapsedTimer clock;
    clock.start();
    std::size_t after = before;
    do {
        after = engine_->runToEnd(std::min(after + kSliceStepEvents, limit));
    } while (after < limit && !engine_->finished() && clock.elapsed() < kSliceMs);
    if (after > before) emit traceGrew();
    checkFinished();
    if (finished_) {
        setJumping(false);
        if (recorded() > 0) setCursor(recorded() - 1);
        return;
    }
    const std::uint64_t generation = generation_;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == generation_) runSlice();
    });
}

void RunSession::cancelJump()
{
    if (!jumping_) return;
    ++generation_;
    setJumping(false);
}

void RunSession::setJumping(bool on)
{
    if (jumping_ == on) return;
    jumping_ = on;
    emit jumpingChanged(on);
}

void RunSession::reset()
{
    if (file_) {
        jumpToStart();
        return;
    }
    if (demo_ == nullptr) return;
    start(*demo_, params_);
}

} // namespace ys::ui
