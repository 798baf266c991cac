// SPDX-License-Identifier: MIT
// The SpiderMonkey host behind runScript: the engine's thread, the job queue that runs one
// promise job at a time, the virtual clock's timers, the natives the prelude and the observer
// call, and the watchdog that stops runaway programs. Only this file includes the engine's
// headers (they are heavy).
#include "core/script/script_engine.hpp"

#include "core/js/json.hpp"
#include "core/js/text_decoder.hpp"
#include "core/script/script_resources.hpp"
#include "core/text/message_text.hpp"

#include <js/Array.h>
#include <js/CharacterEncoding.h>
#include <js/CompilationAndEvaluation.h>
#include <js/Conversions.h>
#include <js/Debug.h>
#include <js/ErrorReport.h>
#include <js/Exception.h>
#include <js/GlobalObject.h>
#include <js/Initialization.h>
#include <js/Interrupt.h>
#include <js/Promise.h>
#include <js/PropertyAndElement.h>
#include <js/SavedFrameAPI.h>
#include <js/SourceText.h>
#include <js/Stack.h>
#include <js/String.h>
#include <js/Wrapper.h>
#include <jsapi.h>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ys::script {
namespace {

constexpr const char* kProgramFile = "program.js";

enum class Stop { None, WallTime, Jobs, VirtualTime, Timers, Memory, Events, Requested };

std::string stopSentence(Stop stop, const Limits& limits)
{
    switch (stop) {
    case Stop::WallTime:
        return "Stopped after " + std::to_string(limits.wallTime.count()) +
               " ms of real time: the program never finished (an endless loop?).";
    case Stop::Jobs:
        return "Stopped after " + std::to_string(limits.jobs) +
               " promise jobs: the program never stopped queueing work (an endless chain of microtasks?).";
    case Stop::VirtualTime:
        return "Stopped when the virtual clock passed " + std::to_string(limits.virtualMs / 86'400'000) +
               " days: the program never stopped setting timers (an endless chain of timers?).";
    case Stop::Timers:
        return "Stopped after " + std::to_string(limits.timers) +
               " timers: the program never stopped setting timers (an endless chain of timers?).";
    case Stop::Memory:
        return "Stopped when the program had taken " + std::to_string(limits.residentGrowth >> 20) +
               " MiB of memory (an endless allocation?).";
    case Stop::Events:
        return "Stopped after " + std::to_string(limits.events) + " events: the program never finished.";
    case Stop::Requested:
        return "Stopped before the program finished, as asked.";
    case Stop::None:
        break;
    }
    return {};
}

std::size_t residentBytes()
{
    std::FILE* f = std::fopen("/proc/self/statm", "r");
    if (f == nullptr) return 0;
    unsigned long size = 0;
    unsigned long resident = 0;
    const int read = std::fscanf(f, "%lu %lu", &size, &resident);
    std::fclose(f);
    return read == 2 ? resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE)) : 0;
}

const JSClass kGlobalClass = {"global", JSCLASS_GLOBAL_FLAGS, &JS::DefaultGlobalClassOps, nullptr, nullptr,
                              nullptr};

std::string toUtf8(JSContext* cx, JS::HandleValue v)
{
    JS::RootedString s(cx, JS::ToString(cx, v));
    if (!s) {
        JS_ClearPendingException(cx);
        return {};
    }
    JS::UniqueChars chars = JS_EncodeStringToUTF8(cx, s);
    return chars ? std::string(chars.get()) : std::string();
}

// One run's state; the natives find it through `current`.
class Run;
Run* current = nullptr;

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
    void runJobs(JSContext* cx)
    {
        // Only the Debugger's own jobs come here (AutoDebuggerJobQueueInterruption).
        while (!jobs_->empty()) {
            JS::RootedObject job(cx, jobs_->front());
            jobs_->pop_front();
            JSAutoRealm realm(cx, job);
            JS::RootedValue rv(cx);
            if (!JS::Call(cx, JS::UndefinedHandleValue, job, JS::HandleValueArray::empty(), &rv))
                JS_ClearPendingException(cx);
        }
    }
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

Run& runOf(JSContext*) { return *current; }

bool Run::record(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    Run& r = runOf(cx);
    if (r.trace_.size() >= r.limits_.events) return r.halt(Stop::Events);
    int32_t actor = 0;
    int32_t kind = 0;
    int32_t line = 0;
    int32_t instance = 0;
    if (!JS::ToInt32(cx, args.get(0), &actor) || !JS::ToInt32(cx, args.get(1), &kind) ||
        !JS::ToInt32(cx, args.get(2), &line) || !JS::ToInt32(cx, args.get(4), &instance))
        return false;
    const std::string json = toUtf8(cx, args.get(3));
    if (actor < 0 || actor >= kActorCount || kind < 0 || kind >= kKindCount) {
        JS_ReportErrorASCII(cx, "record: no such actor or kind");
        return false;
    }
    r.recordEvent(static_cast<Actor>(actor), static_cast<Kind>(kind), line, json.empty() ? "null" : json,
                  instance);
    args.rval().setUndefined();
    return true;
}

// begin(label, line): `awaiting label` and its span; end(span, line): `settled label`.
bool Run::begin(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    Run& r = runOf(cx);
    int32_t line = 0;
    if (!JS::ToInt32(cx, args.get(1), &line)) return false;
    std::string json;
    appendJsonString(json, toUtf8(cx, args.get(0)));
    r.flushResume();
    const std::size_t seq =
        r.trace_.append(r.now_, Actor::Source, Kind::Awaiting, r.trace_.intern(json), line);
    args.rval().setNumber(static_cast<double>(r.trace_.openSpan(seq)));
    return true;
}

bool Run::end(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    Run& r = runOf(cx);
    uint32_t span = 0;
    int32_t line = 0;
    if (!JS::ToUint32(cx, args.get(0), &span) || !JS::ToInt32(cx, args.get(1), &line)) return false;
    if (span < r.trace_.spans().size()) {
        r.flushResume();
        const Event& begin = r.trace_[r.trace_.spans()[span].begin];
        const std::size_t seq = r.trace_.append(r.now_, Actor::Source, Kind::Settled, begin.value, line);
        r.trace_.closeSpan(span, seq);
    }
    args.rval().setUndefined();
    return true;
}

// after(ms, fn): a timer on the virtual clock; its id.
bool Run::after(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    Run& r = runOf(cx);
    double ms = 0;
    if (!JS::ToNumber(cx, args.get(0), &ms)) return false;
    if (!args.get(1).isObject() || !JS::IsCallable(&args.get(1).toObject())) {
        JS_ReportErrorASCII(cx, "after: not a function");
        return false;
    }
    if (r.timersMade_ >= r.limits_.timers) return r.halt(Stop::Timers);
    const std::uint64_t id = ++r.timersMade_;
    const double delay = ms > 0 ? ms : 0;
    const std::int64_t due = delay > double(r.limits_.virtualMs) ? r.limits_.virtualMs + 1
                                                                 : r.now_ + static_cast<std::int64_t>(delay);
    r.timers_.emplace(std::make_pair(due, id),
                      std::make_unique<JS::PersistentRootedObject>(cx, &args.get(1).toObject()));
    r.dueOf_.emplace(id, due);
    args.rval().setNumber(static_cast<double>(id));
    return true;
}

bool Run::cancel(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    Run& r = runOf(cx);
    double id = 0;
    if (args.get(0).isNumber() && JS::ToNumber(cx, args.get(0), &id) && id >= 1) {
        const auto found = r.dueOf_.find(static_cast<std::uint64_t>(id));
        if (found != r.dueOf_.end()) {
            r.timers_.erase({found->second, found->first});
            r.dueOf_.erase(found);
        }
    }
    args.rval().setUndefined();
    return true;
}

bool Run::now(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    args.rval().setNumber(static_cast<double>(runOf(cx).now_));
    return true;
}

// The line of the program the innermost call from the program's own code is on.
int Run::lineOfCaller()
{
    JS::RootedObject frame(cx_);
    if (!JS::CaptureCurrentStack(cx_, &frame, JS::StackCapture(JS::MaxFrames(12)))) {
        JS_ClearPendingException(cx_);
        return 0;
    }
    JS::RootedString source(cx_);
    JS::RootedObject parent(cx_);
    while (frame) {
        if (JS::GetSavedFrameSource(cx_, nullptr, frame, &source) == JS::SavedFrameResult::Ok && source) {
            bool match = false;
            if (JS_StringEqualsAscii(cx_, source, kProgramFile, &match) && match) {
                uint32_t line = 0;
                JS::GetSavedFrameLine(cx_, nullptr, frame, &line);
                return static_cast<int>(line);
            }
        }
        if (JS::GetSavedFrameParent(cx_, nullptr, frame, &parent) != JS::SavedFrameResult::Ok) break;
        frame = parent;
    }
    return 0;
}

bool Run::userLine(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    args.rval().setInt32(runOf(cx).lineOfCaller());
    return true;
}

// newInstance(name, line): a new lane's id ("countdown, line 1").
bool Run::newInstance(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    Run& r = runOf(cx);
    int32_t line = 0;
    if (!JS::ToInt32(cx, args.get(1), &line)) return false;
    const std::string name = toUtf8(cx, args.get(0)) + ", line " + std::to_string(line);
    args.rval().setInt32(r.trace_.addInstance(name));
    return true;
}

bool Run::setCurrent(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    int32_t id = 0;
    if (!JS::ToInt32(cx, args.get(0), &id)) return false;
    runOf(cx).currentInstance_ = id;
    args.rval().setUndefined();
    return true;
}

// decodeUtf8(state, bytes, stream): TextDecoder.decode with the WHATWG rules (core/text_decoder).
bool Run::decodeUtf8(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    Run& r = runOf(cx);
    if (!args.get(0).isObject() || !args.get(1).isObject()) {
        JS_ReportErrorASCII(cx, "decodeUtf8: bad arguments");
        return false;
    }
    JS::RootedObject state(cx, &args.get(0).toObject());
    JS::RootedValue idValue(cx);
    if (!JS_GetProperty(cx, state, "id", &idValue)) return false;
    std::size_t id = 0;
    if (idValue.isInt32()) {
        id = static_cast<std::size_t>(idValue.toInt32());
    } else {
        r.decoders_.push_back(std::make_unique<TextDecoder>());
        id = r.decoders_.size() - 1;
        idValue.setInt32(static_cast<int32_t>(id));
        if (!JS_SetProperty(cx, state, "id", idValue)) return false;
    }
    if (id >= r.decoders_.size()) return false;
    JS::RootedObject view(cx, &args.get(1).toObject());
    JS::RootedValue lengthValue(cx);
    if (!JS_GetProperty(cx, view, "length", &lengthValue)) return false;
    uint32_t length = 0;
    if (!JS::ToUint32(cx, lengthValue, &length)) return false;
    std::vector<std::uint8_t> bytes(length);
    JS::RootedValue b(cx);
    for (uint32_t i = 0; i < length; ++i) {
        uint32_t byte = 0;
        if (!JS_GetElement(cx, view, i, &b) || !JS::ToUint32(cx, b, &byte)) return false;
        bytes[i] = static_cast<std::uint8_t>(byte);
    }
    const std::string text = r.decoders_[id]->decode(bytes, JS::ToBoolean(args.get(2)));
    JSString* s = JS_NewStringCopyUTF8N(cx, JS::UTF8Chars(text.data(), text.size()));
    if (s == nullptr) return false;
    args.rval().setString(s);
    return true;
}

// promiseState(p): ["pending"] or ["fulfilled", value] or ["rejected", reason], read without
// running any code of the program.
bool Run::promiseState(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    JS::RootedObject p(cx, args.get(0).isObject() ? &args.get(0).toObject() : nullptr);
    if (!p || !JS::IsPromiseObject(p)) {
        JS_ReportErrorASCII(cx, "promiseState: not a promise");
        return false;
    }
    const JS::PromiseState state = JS::GetPromiseState(p);
    const char* name = state == JS::PromiseState::Pending     ? "pending"
                       : state == JS::PromiseState::Fulfilled ? "fulfilled"
                                                              : "rejected";
    JS::RootedValueVector items(cx);
    JS::RootedValue nameValue(cx, JS::StringValue(JS_NewStringCopyZ(cx, name)));
    if (!items.append(nameValue)) return false;
    if (state != JS::PromiseState::Pending) {
        JS::RootedValue result(cx, JS::GetPromiseResult(p));
        if (!items.append(result)) return false;
    }
    JSObject* array = JS::NewArrayObject(cx, items);
    if (array == nullptr) return false;
    args.rval().setObject(*array);
    return true;
}

// resumeLater(line, instance): a `resumed` kept back until the next event; dropResume(discard)
// records it now (false) or forgets it (true: it was the return from the await inside `yield v`).
bool Run::resumeLater(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    Run& r = runOf(cx);
    int32_t line = 0;
    int32_t instance = 0;
    if (!JS::ToInt32(cx, args.get(0), &line) || !JS::ToInt32(cx, args.get(1), &instance)) return false;
    r.flushResume();
    r.pendingResume_ = {true, line, instance};
    args.rval().setUndefined();
    return true;
}

bool Run::dropResume(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    Run& r = runOf(cx);
    if (JS::ToBoolean(args.get(0)))
        r.pendingResume_.waiting = false;
    else
        r.flushResume();
    args.rval().setUndefined();
    return true;
}

void Run::trackRejection(JSContext* cx, bool, JS::HandleObject promise,
                         JS::PromiseRejectionHandlingState state, void*)
{
    if (current == nullptr) return;
    auto& list = current->unhandled_;
    if (state == JS::PromiseRejectionHandlingState::Unhandled) {
        list.push_back(std::make_unique<JS::PersistentRootedObject>(cx, promise));
    } else {
        for (auto it = list.begin(); it != list.end(); ++it) {
            if (**it == promise) {
                list.erase(it);
                break;
            }
        }
    }
}

JSObject* Run::makeHost()
{
    JS::RootedObject host(cx_, JS_NewPlainObject(cx_));
    if (!host) return nullptr;
    static const JSFunctionSpec kCommon[] = {JS_FN("record", Run::record, 5, 0),
                                             JS_FN("newInstance", Run::newInstance, 2, 0),
                                             JS_FN("setCurrent", Run::setCurrent, 1, 0),
                                             JS_FN("resumeLater", Run::resumeLater, 2, 0),
                                             JS_FN("dropResume", Run::dropResume, 1, 0),
                                             JS_FN("begin", Run::begin, 2, 0),
                                             JS_FN("end", Run::end, 2, 0),
                                             JS_FN("after", Run::after, 2, 0),
                                             JS_FN("cancel", Run::cancel, 1, 0),
                                             JS_FN("now", Run::now, 0, 0),
                                             JS_FN("userLine", Run::userLine, 0, 0),
                                             JS_FN("decodeUtf8", Run::decodeUtf8, 3, 0),
                                             JS_FN("promiseState", Run::promiseState, 1, 0),
                                             JS_FS_END};
    if (!JS_DefineFunctions(cx_, host, kCommon)) return nullptr;
    JS::RootedObject kinds(cx_, JS_NewPlainObject(cx_));
    JS::RootedObject actors(cx_, JS_NewPlainObject(cx_));
    if (!kinds || !actors) return nullptr;
    for (int k = 0; k < kKindCount; ++k) {
        const std::string name(kindName(static_cast<Kind>(k)));
        if (!JS_DefineProperty(cx_, kinds, name.c_str(), k, JSPROP_ENUMERATE)) return nullptr;
    }
    for (int a = 0; a < kActorCount; ++a) {
        const std::string name(actorName(static_cast<Actor>(a)));
        if (!JS_DefineProperty(cx_, actors, name.c_str(), a, JSPROP_ENUMERATE)) return nullptr;
    }
    if (!JS_DefineProperty(cx_, host, "kinds", kinds, JSPROP_ENUMERATE) ||
        !JS_DefineProperty(cx_, host, "actors", actors, JSPROP_ENUMERATE))
        return nullptr;
    return host;
}

Result Run::stopped()
{
    Result r;
    r.outcome = Outcome::Stopped;
    r.message = stopSentence(stop.load(), limits_);
    r.jobs = jobsRun_;
    JS_ClearPendingException(cx_);
    return r;
}

Result Run::failed(const std::string& what)
{
    Result r;
    r.outcome = Outcome::Stopped;
    r.message = "The engine could not " + what + ".";
    if (JS_IsExceptionPending(cx_)) {
        JS::RootedValue e(cx_);
        if (JS_GetPendingException(cx_, &e)) r.message += " " + toUtf8(cx_, e);
        JS_ClearPendingException(cx_);
    }
    return r;
}

// Evaluates one of the host's own scripts; its completion value (a function).
JSObject* Run::evaluateResource(std::string_view text, const char* file)
{
    JS::CompileOptions options(cx_);
    options.setFileAndLine(file, 1);
    JS::SourceText<mozilla::Utf8Unit> source;
    if (!source.init(cx_, text.data(), text.size(), JS::SourceOwnership::Borrowed)) return nullptr;
    JS::RootedValue value(cx_);
    if (!JS::Evaluate(cx_, options, source, &value) || !value.isObject()) return nullptr;
    return &value.toObject();
}

std::string Run::inspect(JS::HandleValue v)
{
    JS::RootedValue describe(cx_);
    JS::RootedValue out(cx_);
    if (JS_GetProperty(cx_, *prelude_, "describe", &describe) &&
        JS::Call(cx_, JS::UndefinedHandleValue, describe, JS::HandleValueArray(v), &out))
        return toUtf8(cx_, out);
    JS_ClearPendingException(cx_);
    return toUtf8(cx_, v);
}

// The compile error of `source`, in the engine's words, with its position.
Result Run::syntaxError(std::string_view source)
{
    Result r;
    r.outcome = Outcome::SyntaxError;
    JS::CompileOptions options(cx_);
    options.setFileAndLine(kProgramFile, 1);
    JS::SourceText<mozilla::Utf8Unit> text;
    if (!text.init(cx_, source.data(), source.size(), JS::SourceOwnership::Borrowed))
        return failed("read the program");
    JS::RootedScript script(cx_, JS::Compile(cx_, options, text));
    if (script) return failed("compile the program");
    JS::RootedValue e(cx_);
    if (!JS_GetPendingException(cx_, &e)) return failed("compile the program");
    JS_ClearPendingException(cx_);
    JS::RootedObject error(cx_, e.isObject() ? &e.toObject() : nullptr);
    const JSErrorReport* report = error ? JS_ErrorFromException(cx_, error) : nullptr;
    if (report != nullptr) {
        r.message = std::string("SyntaxError: ") + (report->message() ? report->message().c_str() : "");
        r.line = static_cast<int>(report->lineno);
        r.column = static_cast<int>(report->column) + 1;
    } else {
        r.message = toUtf8(cx_, e);
    }
    return r;
}

// An error nobody caught: an error event with its message and line, and the result.
Result Run::uncaught(JS::HandleValue exception, const std::string& prefix)
{
    Result r;
    r.outcome = Outcome::Uncaught;
    r.jobs = jobsRun_;
    JS::RootedObject error(cx_, exception.isObject() ? &exception.toObject() : nullptr);
    const JSErrorReport* report = error ? JS_ErrorFromException(cx_, error) : nullptr;
    if (report != nullptr) {
        r.message = toUtf8(cx_, exception);
        r.line = static_cast<int>(report->lineno);
        r.column = static_cast<int>(report->column) + 1;
        if (report->filename == nullptr || std::string_view(report->filename) != kProgramFile) {
            r.line = 0;
            r.column = 0;
        }
    } else {
        r.message = inspect(exception);
    }
    r.message = prefix + r.message;
    std::string json;
    appendJsonString(json, r.message);
    recordEvent(Actor::Console, Kind::Error, r.line, json, 0);
    return r;
}

bool Run::runJob()
{
    JS::RootedObject job(cx_, jobs_->front());
    jobs_->pop_front();
    ++jobsRun_;
    JSAutoRealm realm(cx_, job);
    JS::RootedValue rv(cx_);
    return JS::Call(cx_, JS::UndefinedHandleValue, job, JS::HandleValueArray::empty(), &rv);
}

Result Run::run(std::string_view source)
{
    current = this;
    struct Reset {
        ~Reset() { current = nullptr; }
    } reset;

    JS::RealmOptions options;
    JS::RootedObject global(
        cx_, JS_NewGlobalObject(cx_, &kGlobalClass, nullptr, JS::FireOnNewGlobalHook, options));
    if (!global) return failed("make a global object");
    global_ = std::make_unique<JS::PersistentRootedObject>(cx_, global);
    {
        JSAutoRealm realm(cx_, global);
        if (!JS::InitRealmStandardClasses(cx_)) return failed("set up the standard library");
        JS::RootedObject host(cx_, makeHost());
        JS::RootedObject world(cx_, JS_NewPlainObject(cx_));
        if (!host || !world) return failed("set up the host");
        const std::pair<const char*, std::int64_t> numbers[] = {
            {"users", world_.users},         {"pageSize", world_.pageSize}, {"latency", world_.latency},
            {"chunkSize", world_.chunkSize}, {"interval", world_.interval}, {"step", world_.step}};
        for (const auto& [name, value] : numbers) {
            if (!JS_DefineProperty(cx_, world, name, static_cast<double>(value), JSPROP_ENUMERATE))
                return failed("set up the world");
        }
        if (!world_.latencies.empty()) {
            JS::RootedValueVector items(cx_);
            for (const std::int64_t ms : world_.latencies) {
                if (!items.append(JS::NumberValue(static_cast<double>(ms))))
                    return failed("set up the world");
            }
            JS::RootedObject list(cx_, JS::NewArrayObject(cx_, items));
            if (!list || !JS_DefineProperty(cx_, world, "latencies", list, JSPROP_ENUMERATE))
                return failed("set up the world");
        }
        if (!JS_DefineProperty(cx_, world, "wrapSyncLoops", world_.wrapSyncLoops, JSPROP_ENUMERATE))
            return failed("set up the world");
        JS::RootedValue preludeFn(cx_,
                                  JS::ObjectOrNullValue(evaluateResource(preludeSource(), "prelude.js")));
        JS::RootedValueArray<2> args(cx_);
        args[0].setObject(*host);
        args[1].setObject(*world);
        JS::RootedValue prelude(cx_);
        if (preludeFn.isNull() || !JS::Call(cx_, JS::UndefinedHandleValue, preludeFn, args, &prelude) ||
            !prelude.isObject())
            return failed("run its prelude");
        prelude_ = std::make_unique<JS::PersistentRootedObject>(cx_, &prelude.toObject());
    }
    {
        // The observer: a Debugger in a compartment of its own.
        JS::RealmOptions observerOptions;
        observerOptions.creationOptions().setNewCompartmentAndZone();
        JS::RootedObject observerGlobal(
            cx_, JS_NewGlobalObject(cx_, &kGlobalClass, nullptr, JS::FireOnNewGlobalHook, observerOptions));
        if (!observerGlobal) return failed("make the observer's global");
        JSAutoRealm realm(cx_, observerGlobal);
        if (!JS::InitRealmStandardClasses(cx_) || !JS_DefineDebuggerObject(cx_, observerGlobal))
            return failed("set up the observer");
        JS::RootedObject host(cx_, makeHost());
        JS::RootedValue observerFn(cx_,
                                   JS::ObjectOrNullValue(evaluateResource(observerSource(), "observer.js")));
        JS::RootedValue hostValue(cx_, JS::ObjectOrNullValue(host));
        JS::RootedValue attach(cx_);
        if (!host || observerFn.isNull() ||
            !JS::Call(cx_, JS::UndefinedHandleValue, observerFn, JS::HandleValueArray(hostValue), &attach))
            return failed("start the observer");
        JS::RootedValue target(cx_, JS::ObjectValue(*global));
        JS::RootedValue ignored(cx_);
        if (!JS_WrapValue(cx_, &target) ||
            !JS::Call(cx_, JS::UndefinedHandleValue, attach, JS::HandleValueArray(target), &ignored))
            return failed("attach the observer");
    }

    JSAutoRealm realm(cx_, global);
    // The program as it runs: every for await watched (lines and columns stay those of the
    // program as written: the rewrite adds no line break).
    std::string instrumented;
    {
        JS::RootedValue instrument(cx_);
        JS::RootedValue text(
            cx_, JS::StringValue(JS_NewStringCopyUTF8N(cx_, JS::UTF8Chars(source.data(), source.size()))));
        JS::RootedValue out(cx_);
        if (text.toString() == nullptr) return failed("read the program");
        if (!JS_GetProperty(cx_, *prelude_, "instrument", &instrument) ||
            !JS::Call(cx_, JS::UndefinedHandleValue, instrument, JS::HandleValueArray(text), &out)) {
            if (stop != Stop::None) return stopped();
            return failed("prepare the program");
        }
        instrumented = toUtf8(cx_, out);
    }
    JS::CompileOptions compileOptions(cx_);
    compileOptions.setFileAndLine(kProgramFile, 1);
    JS::SourceText<mozilla::Utf8Unit> text;
    if (!text.init(cx_, instrumented.data(), instrumented.size(), JS::SourceOwnership::Borrowed))
        return failed("read the program");
    JS::RootedScript script(cx_, JS::Compile(cx_, compileOptions, text));
    if (!script) {
        JS_ClearPendingException(cx_);
        return syntaxError(source);
    }
    JS::RootedValue rv(cx_);
    const auto failure = [&]() -> Result {
        if (stop != Stop::None || !JS_IsExceptionPending(cx_)) {
            if (stop == Stop::None) stop = Stop::Memory; // terminated by the engine: out of memory
            return stopped();
        }
        JS::RootedValue e(cx_);
        JS_GetPendingException(cx_, &e);
        JS_ClearPendingException(cx_);
        return uncaught(e, "Uncaught ");
    };
    if (!JS_ExecuteScript(cx_, script, &rv)) return failure();

    // The event loop: every job, then the earliest timer.
    for (;;) {
        while (!jobs_->empty()) {
            if (stop != Stop::None) return stopped();
            if (jobsRun_ >= limits_.jobs) {
                halt(Stop::Jobs);
                return stopped();
            }
            if (!runJob()) return failure();
        }
        if (!unhandled_.empty()) {
            JS::RootedObject promise(cx_, *unhandled_.front());
            JS::RootedValue reason(cx_, JS::GetPromiseResult(promise));
            JS::RootedObject reasonRealm(cx_, global);
            JSAutoRealm inProgram(cx_, reasonRealm);
            if (!JS_WrapValue(cx_, &reason)) return failure();
            return uncaught(reason, "Uncaught (in promise) ");
        }
        if (stop != Stop::None) return stopped();
        if (timers_.empty()) break;
        auto first = timers_.begin();
        if (first->first.first > limits_.virtualMs) {
            halt(Stop::VirtualTime);
            return stopped();
        }
        now_ = first->first.first;
        JS::RootedObject fn(cx_, *first->second);
        dueOf_.erase(first->first.second);
        timers_.erase(first);
        JSAutoRealm timerRealm(cx_, fn);
        if (!JS::Call(cx_, JS::UndefinedHandleValue, fn, JS::HandleValueArray::empty(), &rv))
            return failure();
    }
    flushResume();
    Result done;
    done.jobs = jobsRun_;
    return done;
}

// The one job queue of the context: hands every job to the run in progress.
class Forwarder final : public JS::JobQueue {
public:
    JSObject* getIncumbentGlobal(JSContext* cx) override { return JS::CurrentGlobalOrNull(cx); }
    bool enqueuePromiseJob(JSContext* cx, JS::HandleObject, JS::HandleObject job, JS::HandleObject,
                           JS::HandleObject) override
    {
        if (current != nullptr) current->enqueue(cx, job);
        return true;
    }
    void runJobs(JSContext* cx) override
    {
        if (current != nullptr) current->runJobs(cx);
    }
    bool empty() const override { return current == nullptr || current->empty(); }

private:
    class Saved final : public SavedJobQueue {
    public:
        explicit Saved(std::unique_ptr<Run::Jobs> jobs) : jobs_(std::move(jobs)) {}
        ~Saved() override
        {
            if (current != nullptr && jobs_) current->restoreJobs(std::move(jobs_));
        }
        Saved(const Saved&) = delete;
        Saved& operator=(const Saved&) = delete;

    private:
        std::unique_ptr<Run::Jobs> jobs_;
    };
    js::UniquePtr<SavedJobQueue> saveJobQueue(JSContext*) override
    {
        return js::MakeUnique<Saved>(current != nullptr ? current->takeJobs() : nullptr);
    }
};

bool onInterrupt(JSContext*) { return current == nullptr || current->stop == Stop::None; }

void ignoreFinalizationCleanup(JSFunction*, JSObject*, void*)
{
    // FinalizationRegistry callbacks would run at moments the garbage collector picks: never.
}

// The engine's thread: JS_Init once, one context, one program at a time.
class EngineThread {
public:
    static EngineThread& instance()
    {
        static EngineThread thread;
        return thread;
    }
    Result submit(std::function<Result(JSContext*)> task)
    {
        std::packaged_task<Result(JSContext*)> packaged(std::move(task));
        std::future<Result> result = packaged.get_future();
        {
            std::lock_guard lock(mutex_);
            tasks_.push_back(std::move(packaged));
        }
        wake_.notify_one();
        return result.get();
    }
    ~EngineThread()
    {
        {
            std::lock_guard lock(mutex_);
            quit_ = true;
        }
        wake_.notify_one();
        if (started_) pthread_join(thread_, nullptr);
    }
    EngineThread(const EngineThread&) = delete;
    EngineThread& operator=(const EngineThread&) = delete;

private:
    // The thread gets a large stack: the engine stops the program's recursion at its native
    // stack quota, but a Debugger hook on every frame uses native stack beyond it.
    EngineThread()
    {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, kStackBytes);
        started_ = pthread_create(
                       &thread_, &attr,
                       [](void* self) -> void* {
                           static_cast<EngineThread*>(self)->loop();
                           return nullptr;
                       },
                       this) == 0;
        pthread_attr_destroy(&attr);
    }
    static constexpr std::size_t kStackBytes = std::size_t{256} << 20;
    static constexpr std::size_t kStackQuota = std::size_t{128} << 20;
    void loop()
    {
        JSContext* cx = nullptr;
        Forwarder forwarder;
        if (JS_Init()) cx = JS_NewContext(std::uint32_t{256} << 20);
        if (cx != nullptr && !JS::InitSelfHostedCode(cx)) {
            JS_DestroyContext(cx);
            cx = nullptr;
        }
        if (cx != nullptr) {
            JS_SetNativeStackQuota(cx, kStackQuota); // the observer stops recursion long before
            JS::SetJobQueue(cx, &forwarder);
            JS::SetPromiseRejectionTrackerCallback(cx, Run::trackRejection);
            JS::SetHostCleanupFinalizationRegistryCallback(cx, ignoreFinalizationCleanup, nullptr);
            JS_AddInterruptCallback(cx, onInterrupt);
        }
        for (;;) {
            std::packaged_task<Result(JSContext*)> task;
            {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [this] { return quit_ || !tasks_.empty(); });
                if (tasks_.empty()) break;
                task = std::move(tasks_.front());
                tasks_.pop_front();
            }
            task(cx);
        }
        if (cx != nullptr) JS_DestroyContext(cx);
        JS_ShutDown();
    }

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::packaged_task<Result(JSContext*)>> tasks_;
    bool quit_ = false;
    pthread_t thread_{};
    bool started_ = false;
};

} // namespace

Result runScript(std::string_view source, Trace& trace, const World& world, const Limits& limits)
{
    return EngineThread::instance().submit([&](JSContext* cx) -> Result {
        if (cx == nullptr) {
            Result r;
            r.outcome = Outcome::Stopped;
            r.message = "The JavaScript engine could not start.";
            return r;
        }
        Result result;
        {
            Run run(cx, trace, world, limits);
            // The watchdog: real time and memory, checked every few milliseconds.
            std::mutex mutex;
            std::condition_variable finished;
            bool done = false;
            const auto start = std::chrono::steady_clock::now();
            const std::size_t baseline = residentBytes();
            std::thread watchdog([&] {
                std::unique_lock lock(mutex);
                while (!finished.wait_for(lock, std::chrono::milliseconds(5), [&] { return done; })) {
                    Stop why = Stop::None;
                    if (limits.stopRequested != nullptr && limits.stopRequested->load())
                        why = Stop::Requested;
                    else if (std::chrono::steady_clock::now() - start > limits.wallTime)
                        why = Stop::WallTime;
                    else if (residentBytes() > baseline + limits.residentGrowth)
                        why = Stop::Memory;
                    if (why == Stop::None) continue;
                    Stop expected = Stop::None;
                    run.stop.compare_exchange_strong(expected, why);
                    JS_RequestInterruptCallback(cx);
                }
            });
            result = run.run(source);
            {
                std::lock_guard lock(mutex);
                done = true;
            }
            finished.notify_one();
            watchdog.join();
        }
        JS_GC(cx);
        return result;
    });
}

std::string describe(const Result& result)
{
    switch (result.outcome) {
    case Outcome::Finished:
        return "The program ran to its end.";
    case Outcome::SyntaxError:
        return "Line " + std::to_string(result.line) + ", column " + std::to_string(result.column) + ": " +
               result.message;
    case Outcome::Uncaught:
        return result.line > 0 ? "Line " + std::to_string(result.line) + ": " + result.message
                               : result.message;
    case Outcome::Stopped:
        return result.message;
    }
    return result.message;
}

std::string checkSource(std::string_view bytes)
{
    if (bytes.size() > kMaxSourceBytes)
        return "the program is " + std::to_string(bytes.size()) + " bytes, more than the " +
               std::to_string(kMaxSourceBytes) + " a program may have";
    std::size_t line = 1;
    for (std::size_t i = 0; i < bytes.size();) {
        // One UTF-8 check for the whole program (message_text's, which the command line's
        // messages use too).
        const std::size_t n = utf8CharLength(bytes.substr(i));
        if (n == 0)
            return "the program is not UTF-8 text (line " + std::to_string(line) + ", byte " +
                   std::to_string(i + 1) + ")";
        if (bytes[i] == '\n') ++line;
        i += n;
    }
    return {};
}

} // namespace ys::script
