// SPDX-License-Identifier: MIT
// One run of a program on the engine: the state the host's natives, the job queue, the timers
// and the watchdog share. Private to core/script: only its .cpp files include this header (it
// brings the engine's headers).
#pragma once

#include "core/js/text_decoder.hpp"
#include "core/script/script_engine.hpp"

#include <js/Promise.h>
#include <jsapi.h>

#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ys::script::host {

inline constexpr const char* kProgramFile = "program.js";

enum class Stop { None, WallTime, Jobs, VirtualTime, Timers, Memory, Events, Requested };

// Why a run was stopped, in one sentence (stop_reasons.cpp).
std::string stopSentence(Stop stop, const Limits& limits);
// The process's resident memory in bytes, 0 when unknown.
std::size_t residentBytes();

extern const JSClass kGlobalClass;

std::string toUtf8(JSContext* cx, JS::HandleValue v);

// One run's state; the natives find it through `current`.
class Run;
extern Run* current;

class Run final {
public:
    Run(JSContext* cx, Trace& trace, const World& world, const Limits& limits)
        : cx_(cx), trace_(trace), world_(world), limits_(limits)
    {
    }
    ~Run() = default;
    Run(const Run&) = delete;
    Run& operator=(const Run&) = delete;

    Result run(std::string_view source);

    // The watchdog's side.
    std::atomic<Stop> stop{Stop::None};

    // ---- the job queue (through Forwarder)
    void enqueue(JSContext* cx, JS::HandleObject job) { jobs_->emplace_back(cx, job); }
    void runJobs(JSContext* cx);
    bool empty() const { return jobs_->empty(); }

public:
    using Jobs = std::deque<JS::PersistentRootedObject>;
    // The Debugger's hooks run with the program's jobs set aside (saveJobQueue).
    std::unique_ptr<Jobs> takeJobs() { return std::exchange(jobs_, std::make_unique<Jobs>()); }
    void restoreJobs(std::unique_ptr<Jobs> jobs) { jobs_ = std::move(jobs); }

public:
    // ---- natives
    static bool record(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool begin(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool end(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool after(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool cancel(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool now(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool userLine(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool newInstance(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool setCurrent(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool decodeUtf8(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool promiseState(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool isPromise(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool isProxy(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool whenSettled(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool resumeLater(JSContext* cx, unsigned argc, JS::Value* vp);
    static bool dropResume(JSContext* cx, unsigned argc, JS::Value* vp);
    static void trackRejection(JSContext* cx, bool, JS::HandleObject promise,
                               JS::PromiseRejectionHandlingState state, void*);

private:
    bool halt(Stop why)
    {
        Stop expected = Stop::None;
        stop.compare_exchange_strong(expected, why);
        return false; // returned by a native: ends the program without an exception it could catch
    }
    int lineOfCaller();
    JSObject* makeHost();
    JSObject* evaluateResource(std::string_view text, const char* file);
    Result syntaxError(std::string_view source);
    Result uncaught(JS::HandleValue exception, const std::string& prefix);
    std::string inspect(JS::HandleValue v);
    Result stopped();
    Result failed(const std::string& what);
    bool runJob();
    // The steps of run, in order; each gives a result when it ends the run early.
    std::optional<Result> startPrelude(JS::HandleObject global);
    bool defineWorld(JS::HandleObject world);
    std::optional<Result> startObserver(JS::HandleObject global);
    std::optional<Result> instrument(std::string_view source, std::string& instrumented);
    std::optional<Result> execute(std::string_view source, const std::string& instrumented);
    Result eventLoop(JS::HandleObject global);
    Result failure();
    void flushResume()
    {
        if (!pendingResume_.waiting) return;
        pendingResume_.waiting = false;
        const std::size_t seq =
            trace_.append(now_, Actor::Producer, Kind::Resumed, ValueTable::kNull, pendingResume_.line);
        if (pendingResume_.instance > 0)
            trace_.setInstance(seq, static_cast<std::uint16_t>(pendingResume_.instance));
    }
    void recordEvent(Actor actor, Kind kind, int line, std::string_view json, int instance)
    {
        flushResume();
        const std::size_t seq = trace_.append(now_, actor, kind, trace_.intern(json), line);
        const int id = instance < 0 ? currentInstance_ : instance;
        if (id > 0) trace_.setInstance(seq, static_cast<std::uint16_t>(id));
    }

    JSContext* cx_;
    Trace& trace_;
    const World& world_;
    const Limits& limits_;
    std::unique_ptr<Jobs> jobs_ = std::make_unique<Jobs>();
    std::int64_t now_ = 0;
    std::uint64_t jobsRun_ = 0;
    // Timers by (due, id); dueOf finds one to cancel.
    std::map<std::pair<std::int64_t, std::uint64_t>, std::unique_ptr<JS::PersistentRootedObject>> timers_;
    std::unordered_map<std::uint64_t, std::int64_t> dueOf_;
    std::uint64_t timersMade_ = 0;
    std::vector<std::unique_ptr<JS::PersistentRootedObject>> unhandled_;
    std::vector<std::unique_ptr<TextDecoder>> decoders_;
    int currentInstance_ = 0;
    struct PendingResume {
        bool waiting = false;
        int line = 0;
        int instance = 0;
    } pendingResume_;
    std::unique_ptr<JS::PersistentRootedObject> global_;
    std::unique_ptr<JS::PersistentRootedObject> prelude_; // {instrument, describe, snapshot}
};

inline Run& runOf(JSContext*) { return *current; }

} // namespace ys::script::host
