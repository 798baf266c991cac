// SPDX-License-Identifier: MIT
// The natives that read values without running the program's code: TextDecoder's decoding, a
// promise's state, what a value is, and a reaction to a promise that asks the promise nothing.
#include "core/script/run.hpp"

#include <js/Array.h>
#include <js/CallAndConstruct.h>
#include <js/Conversions.h>
#include <js/Promise.h>
#include <js/PropertyAndElement.h>
#include <js/Proxy.h>
#include <js/String.h>

namespace ys::script::host {

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

// isPromise(x), isProxy(x): what x is, asking x nothing (no getter, trap or prototype walk).
bool Run::isPromise(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    JS::RootedObject x(cx, args.get(0).isObject() ? &args.get(0).toObject() : nullptr);
    args.rval().setBoolean(x && JS::IsPromiseObject(x));
    return true;
}

bool Run::isProxy(JSContext*, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    args.rval().setBoolean(args.get(0).isObject() && js::IsProxy(&args.get(0).toObject()));
    return true;
}

// whenSettled(p, onFulfilled, onRejected): a reaction to the native promise p, like
// Promise.prototype.then's but without reading p's `then` or `constructor` and without a promise
// of its own, so none of the program's code runs.
bool Run::whenSettled(JSContext* cx, unsigned argc, JS::Value* vp)
{
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
    JS::RootedObject p(cx, args.get(0).isObject() ? &args.get(0).toObject() : nullptr);
    JS::RootedObject onFulfilled(cx, args.get(1).isObject() ? &args.get(1).toObject() : nullptr);
    JS::RootedObject onRejected(cx, args.get(2).isObject() ? &args.get(2).toObject() : nullptr);
    if (!p || !JS::IsPromiseObject(p) || !onFulfilled || !JS::IsCallable(onFulfilled) || !onRejected ||
        !JS::IsCallable(onRejected)) {
        JS_ReportErrorASCII(cx, "whenSettled: bad arguments");
        return false;
    }
    args.rval().setUndefined();
    return JS::AddPromiseReactions(cx, p, onFulfilled, onRejected);
}

// resumeLater(line, instance): a `resumed` kept back until the next event; dropResume(discard)

} // namespace ys::script::host
