// SPDX-License-Identifier: MIT
// The host's virtual clock: after(ms, fn), cancel(id) and now(), the timers the event loop fires.
#include "core/script/run.hpp"

#include <js/Conversions.h>

namespace ys::script::host {

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

} // namespace ys::script::host
