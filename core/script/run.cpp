// SPDX-License-Identifier: MIT
// The run itself: the program's realm with its prelude, the observer, the program compiled and
// run, then the event loop; and the results it ends with.
#include "core/script/run.hpp"

#include "core/js/json.hpp"
#include "core/script/script_resources.hpp"

#include <js/Array.h>
#include <js/CallAndConstruct.h>
#include <js/CharacterEncoding.h>
#include <js/CompilationAndEvaluation.h>
#include <js/Conversions.h>
#include <js/Debug.h>
#include <js/ErrorReport.h>
#include <js/Exception.h>
#include <js/GlobalObject.h>
#include <js/PropertyAndElement.h>
#include <js/SourceText.h>
#include <js/String.h>
#include <js/Wrapper.h>

namespace ys::script::host {

Run* current = nullptr;

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

Result Run::run(std::string_view source)
{
    current = this;
    struct Reset {
        ~Reset() { current = nullptr; }
    } reset;

    JS::RealmOptions options;
    // WeakRef and FinalizationRegistry, as Node has them. Nothing a run holds is ever collected
    // before it ends, so a WeakRef keeps its target and no cleanup callback runs: the same
    // answers on every run.
    options.creationOptions().setWeakRefsEnabled(JS::WeakRefSpecifier::EnabledWithoutCleanupSome);
    JS::RootedObject global(
        cx_, JS_NewGlobalObject(cx_, &kGlobalClass, nullptr, JS::FireOnNewGlobalHook, options));
    if (!global) return failed("make a global object");
    global_ = std::make_unique<JS::PersistentRootedObject>(cx_, global);
    if (std::optional<Result> early = startPrelude(global)) return *early;
    if (std::optional<Result> early = startObserver(global)) return *early;

    JSAutoRealm realm(cx_, global);
    std::string instrumented;
    if (std::optional<Result> early = instrument(source, instrumented)) return *early;
    if (std::optional<Result> early = execute(source, instrumented)) return *early;
    return eventLoop(global);
}

// The program's realm: the standard library, the host, the world, and the rewrite, the watching
// of for await and the prelude run in it.
std::optional<Result> Run::startPrelude(JS::HandleObject global)
{
    JSAutoRealm realm(cx_, global);
    if (!JS::InitRealmStandardClasses(cx_)) return failed("set up the standard library");
    JS::RootedObject host(cx_, makeHost());
    JS::RootedObject world(cx_, JS_NewPlainObject(cx_));
    if (!host || !world) return failed("set up the host");
    if (!defineWorld(world)) return failed("set up the world");
    JS::RootedValue rewriteFn(cx_, JS::ObjectOrNullValue(evaluateResource(rewriteSource(), "rewrite.js")));
    JS::RootedValue watchFn(cx_, JS::ObjectOrNullValue(evaluateResource(watchSource(), "watch.js")));
    JS::RootedValue preludeFn(cx_, JS::ObjectOrNullValue(evaluateResource(preludeSource(), "prelude.js")));
    JS::RootedValueArray<4> args(cx_);
    args[0].setObject(*host);
    args[1].setObject(*world);
    args[2].set(rewriteFn);
    args[3].set(watchFn);
    JS::RootedValue prelude(cx_);
    if (rewriteFn.isNull() || watchFn.isNull() || preludeFn.isNull() ||
        !JS::Call(cx_, JS::UndefinedHandleValue, preludeFn, args, &prelude) || !prelude.isObject())
        return failed("run its prelude");
    prelude_ = std::make_unique<JS::PersistentRootedObject>(cx_, &prelude.toObject());
    return std::nullopt;
}

// The settings of the simulated sources as the prelude's `world` object.
bool Run::defineWorld(JS::HandleObject world)
{
    const std::pair<const char*, std::int64_t> numbers[] = {
        {"users", world_.users},         {"pageSize", world_.pageSize}, {"latency", world_.latency},
        {"chunkSize", world_.chunkSize}, {"interval", world_.interval}, {"step", world_.step}};
    for (const auto& [name, value] : numbers) {
        if (!JS_DefineProperty(cx_, world, name, static_cast<double>(value), JSPROP_ENUMERATE)) return false;
    }
    if (!world_.latencies.empty()) {
        JS::RootedValueVector items(cx_);
        for (const std::int64_t ms : world_.latencies) {
            if (!items.append(JS::NumberValue(static_cast<double>(ms)))) return false;
        }
        JS::RootedObject list(cx_, JS::NewArrayObject(cx_, items));
        if (!list || !JS_DefineProperty(cx_, world, "latencies", list, JSPROP_ENUMERATE)) return false;
    }
    return JS_DefineProperty(cx_, world, "wrapSyncLoops", world_.wrapSyncLoops, JSPROP_ENUMERATE);
}

// The observer: a Debugger in a compartment of its own, attached to the program's global.
std::optional<Result> Run::startObserver(JS::HandleObject global)
{
    JS::RealmOptions observerOptions;
    observerOptions.creationOptions().setNewCompartmentAndZone();
    JS::RootedObject observerGlobal(
        cx_, JS_NewGlobalObject(cx_, &kGlobalClass, nullptr, JS::FireOnNewGlobalHook, observerOptions));
    if (!observerGlobal) return failed("make the observer's global");
    JSAutoRealm realm(cx_, observerGlobal);
    if (!JS::InitRealmStandardClasses(cx_) || !JS_DefineDebuggerObject(cx_, observerGlobal))
        return failed("set up the observer");
    JS::RootedObject host(cx_, makeHost());
    JS::RootedValue observerFn(cx_, JS::ObjectOrNullValue(evaluateResource(observerSource(), "observer.js")));
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
    return std::nullopt;
}

// The program as it runs: every for await watched (lines and columns stay those of the
// program as written: the rewrite adds no line break).
std::optional<Result> Run::instrument(std::string_view source, std::string& instrumented)
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
    return std::nullopt;
}

// Compiles the instrumented program and runs its top level.
std::optional<Result> Run::execute(std::string_view source, const std::string& instrumented)
{
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
    if (!JS_ExecuteScript(cx_, script, &rv)) return failure();
    return std::nullopt;
}

// The program's code threw or was ended: a runaway stop, or the error nobody caught.
Result Run::failure()
{
    if (stop != Stop::None || !JS_IsExceptionPending(cx_)) {
        if (stop == Stop::None) stop = Stop::Memory; // terminated by the engine: out of memory
        return stopped();
    }
    JS::RootedValue e(cx_);
    JS_GetPendingException(cx_, &e);
    JS_ClearPendingException(cx_);
    return uncaught(e, "Uncaught ");
}

// The event loop: every job, then the earliest timer.
Result Run::eventLoop(JS::HandleObject global)
{
    JS::RootedValue rv(cx_);
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

} // namespace ys::script::host
