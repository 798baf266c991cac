// SPDX-License-Identifier: MIT
// The host object the prelude and the observer call: the natives that record events, spans and
// lanes, and the table of kinds and actors.
#include "core/script/run.hpp"

#include "core/js/json.hpp"

#include <js/CallAndConstruct.h>
#include <js/Conversions.h>
#include <js/PropertyAndElement.h>
#include <js/SavedFrameAPI.h>
#include <js/Stack.h>
#include <js/String.h>

namespace ys::script::host {

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
                                             JS_FN("isPromise", Run::isPromise, 1, 0),
                                             JS_FN("isProxy", Run::isProxy, 1, 0),
                                             JS_FN("whenSettled", Run::whenSettled, 3, 0),
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

} // namespace ys::script::host
