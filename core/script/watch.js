// SPDX-License-Identifier: MIT
// What the calls the rewrite (rewrite.js) puts into every for await go to: a stand-in for the
// loop's iterator that reports the consumer's side of the protocol, shared by the embedded
// engine's prelude and the Node harness (tests/js/harness.js). The program must see nothing of
// it: every method and property of its own is read and called exactly as often, and in the same
// promise job, as without it, and no job of the program moves. So the stand-in reads `next` once
// and `return` once, as the loop does, and hands the loop the iterator's own results; it learns
// how a step ended from a reaction the engine attaches to a native promise (no `then` or
// `constructor` of the program is used) and from data properties read without calling a getter
// or a proxy trap. A step whose outcome only the program's code could tell (a thenable, a
// getter, a proxy) is reported by the loop's body, which the rewrite starts with a call giving
// what the loop received, by the statement after the loop when such a step ended it, or by a
// catch around the loop when such a step rejected and the loop threw, rather than by asking twice.
// Evaluated once per host as a function of its hooks:
//   isPromise(x)             x is a native promise (asks nothing of x)
//   isProxy(x)               x is a proxy (asks nothing of x)
//   whenSettled(p, ok, bad)  runs ok(value) or bad(reason) once the native promise p settles,
//                            one job like any reaction, running none of the program's code
// and returns { loop, wrap, wrapSyncLoop }: loop(open) is the handle of one run of one for await
// statement, { wrap(iterable), received(value), ended(), failed(error) } (rewrite.js puts the
// calls in);
// wrap(iterable, open) stands in for `iterable` in a for await (wrapSyncLoop in a plain
// for...of); open() is called when the loop starts, giving { note(kind, value), closing() } for
// this loop: note records an event of the consumer, closing() gives the note of the call that
// closes the loop early.
(function () {
  'use strict';
  return function watcher({ isPromise, isProxy, whenSettled }) {
    const call = (fn, self, args) => Reflect.apply(fn, self, args);
    const getPrototypeOf = Object.getPrototypeOf;
    const ownDescriptor = Object.getOwnPropertyDescriptor;
    const isObject = (x) => x !== null && (typeof x === 'object' || typeof x === 'function');
    const settledNow = Promise.resolve(undefined);
    const UNKNOWN = {};

    // o[key] as a plain read would see it, found without running any of the program's code;
    // UNKNOWN when only a getter or a proxy trap could tell.
    function peek(o, key) {
      if (!isObject(o)) return undefined;
      for (let at = o; at !== null; at = getPrototypeOf(at)) {
        if (isProxy(at)) return UNKNOWN;
        const d = ownDescriptor(at, key);
        if (d) return 'value' in d ? d.value : UNKNOWN;
      }
      return undefined;
    }
    const known = (v) => (v === UNKNOWN ? null : v);
    // What the engine makes of awaiting x: 'promise' (its own reactions), 'now' (x itself,
    // fulfilled at once) or 'unknown' (a then of the program's to call, or a then only a getter
    // or a proxy knows).
    function awaitedAs(x) {
      if (isPromise(x)) return 'promise';
      const then = peek(x, 'then');
      return then === UNKNOWN || typeof then === 'function' ? 'unknown' : 'now';
    }
    // v as the trace keeps it (JSON.stringify's value, bytes as a list), copied without running
    // the program's code: own enumerable data properties only, so no getter, toJSON or proxy
    // trap runs; what only they could tell is left out.
    const getTime = Date.prototype.getTime;
    const toISOString = Date.prototype.toISOString;
    const typedLength = Reflect.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length').get;
    function copyOf(v, depth) {
      if (!isObject(v)) return v;
      if (typeof v === 'function' || isProxy(v) || depth > 20) return undefined;
      try {
        return Number.isFinite(call(getTime, v, [])) ? call(toISOString, v, []) : null;
      } catch {
        // not a Date
      }
      let length = -1;
      try {
        length = call(typedLength, v, []);
      } catch {
        // not a typed array
      }
      const out = Array.isArray(v) || (length >= 0 && depth === 0) ? [] : {};
      if (Array.isArray(v)) length = peek(v, 'length');
      if (length >= 0) {
        for (let i = 0; i < length && i < 10000; i++) {
          const d = ownDescriptor(v, i);
          out[i] = d && 'value' in d ? copyOf(d.value, depth + 1) : undefined;
        }
        return out;
      }
      for (const key of Object.getOwnPropertyNames(v)) {
        const d = ownDescriptor(v, key);
        if (d.enumerable && 'value' in d) out[key] = copyOf(d.value, depth + 1);
      }
      return out;
    }
    const messageOf = (e) => {
      const message = peek(e, 'message');
      return message === undefined ? e : known(message);
    };

    // An iterator result as the loop will read it: `done`, then `value` when not done. untold():
    // only the loop's body or its end can tell (loop()).
    function noteResult(r, note, untold) {
      if (!isObject(r)) return; // the loop throws a TypeError of its own
      const done = peek(r, 'done');
      const value = peek(r, 'value');
      if (done === UNKNOWN || (!done && value === UNKNOWN)) untold();
      else note(done ? 'done' : 'value_received', known(value));
    }
    // A step of an async iterator: x is what next() or return() gave, which the loop awaits.
    function watchAsync(x, note, untold) {
      const as = awaitedAs(x);
      const bad = (e) => note('error', messageOf(e));
      if (as === 'promise') whenSettled(x, (r) => noteResult(r, note, untold), bad);
      else if (as === 'now') whenSettled(settledNow, () => noteResult(x, note, untold), bad);
      else untold();
      return x;
    }
    // A step of a sync iterator in for await: the loop reads `done` and `value` itself, then
    // awaits the value.
    function watchSync(r, note, untold) {
      if (!isObject(r)) return r;
      const done = peek(r, 'done');
      const value = peek(r, 'value');
      const as = done || value === UNKNOWN ? 'unknown' : awaitedAs(value);
      if (done === UNKNOWN) untold();
      else if (done) note('done', known(value));
      else if (as === 'promise') whenSettled(value, (v) => note('value_received', v), (e) => note('error', messageOf(e)));
      else if (as === 'now') whenSettled(settledNow, () => note('value_received', value), () => undefined);
      else untold();
      return r;
    }
    // A step of a plain for...of: immediate.
    function watchSyncLoop(r, note, untold) {
      if (isObject(r)) noteResult(r, note, untold);
      return r;
    }

    // The loop reads `next` once when it starts, and `return` once when it leaves early; both
    // are read here at that very moment, and called with the iterator as `this`. A step only the
    // program's code could tell leaves the loop waiting for its body (told.received) or its end
    // (told.ended) to say what it received.
    function standIn(it, watch, loop, told) {
      if (!isObject(it)) return it; // the loop raises its own TypeError
      const copying = (note) => (kind, value) => note(kind, copyOf(value, 0));
      const self = { note: copying(loop.note), waiting: false };
      told.loop = self;
      const untold = () => {
        self.waiting = true;
      };
      // method called with the iterator as `this`, the call noted as `kind` (none for throw).
      const forward = (method, kind, note, step) => {
        if (typeof method !== 'function') return method; // the loop raises its own TypeError
        return function () {
          self.waiting = false;
          if (kind) note(kind, null);
          return watch(call(method, it, arguments), note, step);
        };
      };
      const nothing = () => undefined;
      return {
        next: forward(it.next, 'next_called', self.note, untold),
        get return() {
          return forward(it.return, 'return_called', copying(loop.closing()), nothing);
        },
        get throw() {
          return forward(it.throw, null, self.note, nothing);
        },
      };
    }
    const iteratorOf = (method, iterable) => call(method, iterable, []);

    function wrap(iterable, open, told = {}) {
      if (iterable == null) return iterable; // the loop raises its own TypeError
      const asyncMethod = iterable[Symbol.asyncIterator];
      if (asyncMethod != null) {
        return { [Symbol.asyncIterator]: () => standIn(iteratorOf(asyncMethod, iterable), watchAsync, open(), told) };
      }
      const syncMethod = iterable[Symbol.iterator];
      if (syncMethod != null) {
        return { [Symbol.iterator]: () => standIn(iteratorOf(syncMethod, iterable), watchSync, open(), told) };
      }
      return iterable;
    }
    // One run of one for await statement (rewrite.js): its iterable, what its body received, its
    // normal end and what it threw report here, so they reach this loop and no other running at
    // the same time. Only a step left untold is answered: a throw of the body or of a step the
    // loop was told of already was not the step's rejection.
    function loop(open) {
      const told = { loop: null };
      const answer = (kind, value) => {
        const self = told.loop;
        if (!self || !self.waiting) return;
        self.waiting = false;
        self.note(kind, value);
      };
      return {
        wrap: (iterable) => wrap(iterable, open, told),
        received: (value) => answer('value_received', value),
        ended: () => answer('done', undefined),
        failed: (error) => answer('error', messageOf(error)),
      };
    }
    function wrapSyncLoop(iterable, open) {
      const syncMethod = iterable == null ? null : iterable[Symbol.iterator];
      if (syncMethod == null) return iterable;
      return { [Symbol.iterator]: () => standIn(iteratorOf(syncMethod, iterable), watchSyncLoop, open(), {}) };
    }
    return { loop, wrap, wrapSyncLoop };
  };
})();
