// SPDX-License-Identifier: MIT
// A unit of work for the event loop, linked intrusively into one list at a time: a promise's
// reactions while it is pending, then the microtask queue once it has settled. Awaiters are
// jobs that live inside coroutine frames, so awaiting allocates nothing; a frame destroyed
// while suspended unlinks its awaiter on the way out, so nothing can resume a dead frame.
#pragma once

#include <cassert>
#include <cstddef>
#include <utility>

namespace ys {

class Job {
public:
    Job() = default;
    Job(const Job&) = delete;
    Job& operator=(const Job&) = delete;
    // Awaiters are moved around before they suspend; a job can only be moved while unlinked,
    // and the new one starts unlinked.
    Job([[maybe_unused]] Job&& other) noexcept { assert(!other.linked()); }
    Job& operator=(Job&&) = delete;
    virtual ~Job() { unlink(); }

    // Runs the job. It is unlinked first. A job may be destroyed while it runs (an awaiter
    // resumes its coroutine, which ends the awaiter's life), so run() must not touch `this`
    // after handing control away.
    virtual void run() = 0;

    // Called instead of run() when the loop or a promise is torn down with the job pending.
    // Jobs that own themselves (heap jobs) delete themselves here.
    virtual void discard() { unlink(); }

    bool linked() const { return next_ != nullptr; }

    void unlink()
    {
        if (next_ == nullptr) return;
        prev_->next_ = next_;
        next_->prev_ = prev_;
        prev_ = next_ = nullptr;
    }

private:
    friend class JobList;
    Job* prev_ = nullptr;
    Job* next_ = nullptr;
};

// A FIFO of jobs around a sentinel. Not copyable or movable: its jobs point at the sentinel.
class JobList {
public:
    JobList() { head_.prev_ = head_.next_ = &head_; }
    JobList(const JobList&) = delete;
    JobList& operator=(const JobList&) = delete;
    ~JobList() { discardAll(); }

    bool empty() const { return head_.next_ == &head_; }

    void pushBack(Job* job)
    {
        job->unlink();
        job->prev_ = head_.prev_;
        job->next_ = &head_;
        head_.prev_->next_ = job;
        head_.prev_ = job;
    }

    Job* popFront()
    {
        if (empty()) return nullptr;
        Job* job = head_.next_;
        job->unlink();
        return job;
    }

    // Moves every job of `other` to the back of this list, keeping their order.
    void spliceBack(JobList& other)
    {
        if (other.empty()) return;
        Job* first = other.head_.next_;
        Job* last = other.head_.prev_;
        other.head_.prev_ = other.head_.next_ = &other.head_;
        first->prev_ = head_.prev_;
        last->next_ = &head_;
        head_.prev_->next_ = first;
        head_.prev_ = last;
    }

    void discardAll()
    {
        while (Job* job = popFront())
            job->discard();
    }

private:
    class Sentinel final : public Job {
    public:
        void run() override {}
    };
    Sentinel head_;
};

// A job that owns itself: created with new, it deletes itself when it runs or is discarded.
// It also stays on its loop's list of owned jobs while alive, so that tearing the loop down
// deletes every one of them - including those waiting in the reactions of a promise that will
// never settle, which may hold that very promise (a cycle nothing else would break).
class OwnedJob : public Job {
public:
    explicit OwnedJob(class OwnedJobs& owner);
    ~OwnedJob() override { detach(); }
    void discard() override { delete this; }

protected:
    // Leaves every list before the derived job's members die: destroying what a callback holds
    // (a promise) may discard that promise's reactions, and this job must not be among them.
    void detach();

private:
    friend class OwnedJobs;
    OwnedJobs* owner_;
    OwnedJob* ownPrev_ = nullptr;
    OwnedJob* ownNext_ = nullptr;
};

class OwnedJobs {
public:
    OwnedJobs() = default;
    OwnedJobs(const OwnedJobs&) = delete;
    OwnedJobs& operator=(const OwnedJobs&) = delete;
    ~OwnedJobs() { deleteAll(); }

    void deleteAll()
    {
        while (head_ != nullptr)
            delete head_;
    }
    std::size_t count() const { return count_; }

private:
    friend class OwnedJob;
    OwnedJob* head_ = nullptr;
    std::size_t count_ = 0;
};

inline OwnedJob::OwnedJob(OwnedJobs& owner) : owner_(&owner), ownNext_(owner.head_)
{
    if (ownNext_ != nullptr) ownNext_->ownPrev_ = this;
    owner.head_ = this;
    ++owner.count_;
}

inline void OwnedJob::detach()
{
    unlink();
    if (owner_ == nullptr) return;
    if (ownPrev_ != nullptr) {
        ownPrev_->ownNext_ = ownNext_;
    } else {
        owner_->head_ = ownNext_;
    }
    if (ownNext_ != nullptr) ownNext_->ownPrev_ = ownPrev_;
    --owner_->count_;
    owner_ = nullptr;
}

// A job that runs a callable once and then deletes itself.
template <class F>
class CallbackJob final : public OwnedJob {
public:
    CallbackJob(OwnedJobs& owner, F fn) : OwnedJob(owner), fn_(std::move(fn)) {}
    ~CallbackJob() override { detach(); }
    void run() override
    {
        F fn = std::move(fn_);
        delete this;
        fn();
    }

private:
    F fn_;
};

template <class F>
Job* makeJob(OwnedJobs& owner, F fn)
{
    return new CallbackJob<F>(owner, std::move(fn));
}

} // namespace ys
