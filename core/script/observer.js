// SPDX-License-Identifier: MIT
// The producer's side of a program, watched from outside it: a Debugger in a compartment of its
// own sees every generator frame enter and leave, with the line, and calls no code of the
// program and queues no job, so the program's ticks stay exactly as they would be unwatched.
// Evaluated once per run as a function of `host` (the natives of host_*.cpp); it returns
// attach(global), which starts watching the program's global.
(function (host) {
  'use strict';
  const { record, newInstance, setCurrent, resumeLater, dropResume } = host;
  const KIND = host.kinds;
  const ACTOR = host.actors;
  return function attach(global) {
    const dbg = new Debugger();
    dbg.addDebuggee(global);
    // A hook that fails (the program's recursion has used up the stack) leaves the program be.
    dbg.uncaughtExceptionHook = () => undefined;
    const instances = new WeakMap(); // generator frame -> instance id
    // A value's JSON read through the Debugger: no getter, toJSON or proxy trap of the program
    // runs (calling into the program from a hook is refused anyway).
    const snap = (v, depth) => {
      if (v === null || typeof v !== 'object') {
        if (typeof v === 'number') return Number.isFinite(v) ? v : null;
        if (typeof v === 'bigint') return String(v);
        return v === undefined || typeof v === 'symbol' ? undefined : v;
      }
      if (v.callable || depth > 20) return undefined;
      const data = (key) => {
        const d = v.getOwnPropertyDescriptor(key);
        return d && 'value' in d ? d : null;
      };
      if (v.class === 'Array' || /^(Uint8|Int8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64)Array$/.test(v.class)) {
        const lengthDesc = data('length');
        const length = lengthDesc ? lengthDesc.value : 0;
        const out = [];
        for (let i = 0; i < Math.min(length, 10000); i++) {
          const d = data(String(i));
          const x = d ? snap(d.value, depth + 1) : undefined;
          out.push(x === undefined ? null : x);
        }
        return out;
      }
      const out = {};
      for (const key of v.getOwnPropertyNames()) {
        const d = data(key);
        if (!d || !d.enumerable) continue;
        const x = snap(d.value, depth + 1);
        if (x !== undefined) out[key] = x;
      }
      return out;
    };
    const json = (v) => {
      const x = snap(v, 0);
      return x === undefined ? 'null' : JSON.stringify(x);
    };
    const field = (v, key) => {
      const d = v !== null && typeof v === 'object' ? v.getOwnPropertyDescriptor(key) : undefined;
      return d && 'value' in d ? d.value : undefined;
    };
    const afterAwait = new WeakSet(); // frames whose last pop was an await
    // Runaway recursion is stopped here, as the engine would stop it: the engine's own check
    // does not cope with a hook on every frame.
    const MAX_DEPTH = 10000;
    let depth = 0;
    const leave = () => {
      depth--;
    };
    const made = dbg.addDebuggee(global).executeInGlobal('new InternalError("too much recursion")');
    const recursionError = made && 'return' in made ? made.return : 'too much recursion';
    const tooDeep = () => ({ throw: recursionError });
    dbg.onEnterFrame = (frame) => {
      if (++depth > MAX_DEPTH) {
        depth--;
        return tooDeep();
      }
      const script = frame.script;
      if (frame.type !== 'call' || !script.isGeneratorFunction || script.url !== 'program.js') {
        frame.onPop = leave;
        return undefined;
      }
      let id = instances.get(frame);
      if (id === undefined) {
        // The call that makes the generator object: its body has not started.
        id = newInstance(frame.callee.name || 'generator', script.startLine);
        instances.set(frame, id);
      } else if (afterAwait.has(frame)) {
        // Back from an await: the one inside `yield v` is no step of the program's own, so
        // the resume is recorded only once something else happens before the yield.
        resumeLater(script.getOffsetLocation(frame.offset).lineNumber, id);
      } else {
        record(ACTOR.producer, KIND.resumed, script.getOffsetLocation(frame.offset).lineNumber, 'null', id);
      }
      setCurrent(id);
      frame.onPop = (completion) => {
        depth--;
        setCurrent(0);
        const awaited = completion !== null && completion.await === true;
        if (awaited) afterAwait.add(frame);
        else afterAwait.delete(frame);
        if (completion === null || !completion.yield || completion.initial) {
          dropResume(false); // the resume ran code of the program's own: it stands
          return;
        }
        dropResume(true);
        const line = script.getOffsetLocation(frame.offset).lineNumber;
        // A sync generator hands out the result object the engine made; an async one the value.
        const out = completion.return;
        record(ACTOR.producer, KIND.yielded, line, json(script.isAsyncFunction ? out : field(out, 'value')), id);
      };
    };
  };
})
