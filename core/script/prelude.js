// SPDX-License-Identifier: MIT
// The world a program runs in on the embedded engine: the same globals, simulated sources and
// recording as the Node harness (tests/js/harness.js with tests/js/environments.js, world
// "script"), so both engines see one program the same way. Evaluated once per run, before the
// program, as a function of `host` (the natives of host_*.cpp) and `world` (the simulated
// sources' settings), `instrument` (the rewrite of rewrite.js) and `watcher` (watch.js, what the
// rewrite's calls go to); it returns { instrument } and
// defines the program's globals.
(function (host, world, instrument, watcher) {
  'use strict';
  const global = globalThis;
  const { record, begin, end, after, cancel, userLine, newInstance, decodeUtf8, promiseState } = host;
  const KIND = host.kinds;
  const ACTOR = host.actors;
  // Taken now: the program may replace them, the host must not notice.
  const PromiseCtor = Promise;
  const promiseThen = Promise.prototype.then;
  const promiseResolve = Promise.resolve.bind(Promise);
  const JSONstringify = JSON.stringify;
  const ArrayFrom = Array.from;
  const U8 = Uint8Array;
  const call = (fn, self, ...args) => Reflect.apply(fn, self, args);
  const then = (p, onFul, onRej) => call(promiseThen, p, onFul, onRej);

  // ---- values as the trace records them: JSON.stringify, undefined as null, bytes as a list
  function snapshot(v) {
    if (v instanceof U8) return JSONstringify(ArrayFrom(v));
    try {
      const json = JSONstringify(v);
      return json === undefined ? 'null' : json;
    } catch {
      return typeof v === 'bigint' ? JSONstringify(String(v)) : 'null';
    }
  }
  const rec = (actor, kind, line, value, instance) => record(actor, kind, line, snapshot(value), instance || 0);

  // ---- console.log as Node prints it (util.format / util.inspect for the common values)
  const identifier = /^[A-Za-z_$][\w$]*$/;
  function quote(s) {
    const q = !s.includes("'") ? "'" : !s.includes('"') ? '"' : !s.includes('`') ? '`' : "'";
    let out = '';
    for (const c of s) {
      if (c === q || c === '\\') out += '\\' + c;
      else if (c === '\n') out += '\\n';
      else if (c === '\t') out += '\\t';
      else if (c === '\r') out += '\\r';
      else if (c === '\b') out += '\\b';
      else if (c === '\f') out += '\\f';
      else if (c === '\v') out += '\\v';
      else if (c < ' ' || c === '\x7f') out += '\\x' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
      else out += c;
    }
    return q + out + q;
  }
  const formatNumber = (n) => (Object.is(n, -0) ? '-0' : String(n));
  function functionKind(f) {
    const s = Function.prototype.toString.call(f);
    if (/^class\b/.test(s)) return 'class';
    const tag = f[Symbol.toStringTag];
    if (tag === 'AsyncGeneratorFunction' || tag === 'GeneratorFunction' || tag === 'AsyncFunction') return tag;
    return 'Function';
  }
  function constructorName(o) {
    let proto = Object.getPrototypeOf(o);
    while (proto !== null) {
      const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
      if (d && typeof d.value === 'function' && d.value.name !== '') return d.value.name;
      proto = Object.getPrototypeOf(proto);
    }
    return null;
  }
  function keyText(k) {
    if (typeof k === 'symbol') return '[' + k.toString() + ']';
    return identifier.test(k) ? k : quote(k);
  }
  function combine(output, braces, indent, base) {
    const start = output.length + indent + braces[0].length + base.length + 10;
    let total = output.length + start;
    for (const s of output) total += s.length;
    const multi = output.some((s) => s.includes('\n'));
    const pre = base ? base + ' ' : '';
    if (!multi && total <= 80) return `${pre}${braces[0]} ${output.join(', ')} ${braces[1]}`;
    const pad = ' '.repeat(indent);
    return `${pre}${braces[0]}\n${pad}  ${output.join(`,\n${pad}  `)}\n${pad}${braces[1]}`;
  }
  function inspect(v, depth = 0, seen = [], indent = 0) {
    switch (typeof v) {
      case 'string': return quote(v);
      case 'number': return formatNumber(v);
      case 'bigint': return v + 'n';
      case 'undefined': return 'undefined';
      case 'boolean': return String(v);
      case 'symbol': return v.toString();
      case 'function': {
        const kind = functionKind(v);
        if (kind === 'class') return `[class ${v.name || '(anonymous)'}]`;
        return `[${kind}${v.name ? ': ' + v.name : ' (anonymous)'}]`;
      }
    }
    if (v === null) return 'null';
    if (seen.includes(v)) return '[Circular *1]';
    if (v instanceof Error) {
      const head = v.stack ? `${v.name}: ${v.message}` : String(v);
      return depth > 0 ? `[${head}]` : head;
    }
    if (v instanceof Date) return isNaN(v) ? 'Invalid Date' : v.toISOString();
    if (v instanceof RegExp) return String(v);
    if (v instanceof PromiseCtor) {
      const [state, value] = promiseState(v);
      if (state === 'pending') return 'Promise { <pending> }';
      const shown = inspect(value, depth + 1, seen.concat([v]), indent + 2);
      return `Promise { ${state === 'rejected' ? '<rejected> ' : ''}${shown} }`;
    }
    const name = constructorName(v);
    const isArray = Array.isArray(v);
    if (depth > 2) return isArray ? '[Array]' : `[${name || 'Object'}]`;
    const inner = (x) => inspect(x, depth + 1, seen.concat([v]), indent + 2);
    const output = [];
    let braces = ['{', '}'];
    let base = '';
    if (isArray) {
      braces = [name === 'Array' ? '[' : `${name}(${v.length}) [`, ']'];
      let holes = 0;
      for (let i = 0; i < v.length; i++) {
        if (!Object.hasOwn(v, i)) { holes++; continue; }
        if (holes) { output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`); holes = 0; }
        if (output.length >= 100) { output.push(`... ${v.length - i} more items`); holes = 0; break; }
        output.push(inner(v[i]));
      }
      if (holes) output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
      for (const k of Object.keys(v)) if (!/^\d+$/.test(k)) output.push(`${keyText(k)}: ${inner(v[k])}`);
      if (output.length === 0) return name === 'Array' ? '[]' : `${braces[0]}]`;
    } else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      braces = [`${name}(${v.length}) [`, ']'];
      for (let i = 0; i < Math.min(v.length, 100); i++) output.push(formatNumber(v[i]));
      if (v.length > 100) output.push(`... ${v.length - 100} more items`);
      if (output.length === 0) return `${name}(0) []`;
    } else if (v instanceof Map) {
      braces = [`${name}(${v.size}) {`, '}'];
      for (const [k, x] of v) output.push(`${inner(k)} => ${inner(x)}`);
      if (output.length === 0) return `${braces[0]}}`;
    } else if (v instanceof Set) {
      braces = [`${name}(${v.size}) {`, '}'];
      for (const x of v) output.push(inner(x));
      if (output.length === 0) return `${braces[0]}}`;
    } else {
      const tag = v[Symbol.toStringTag];
      if (name === null) braces[0] = '[Object: null prototype] {';
      else if (typeof tag === 'string' && tag !== '') braces[0] = `${name === tag ? name : (name || 'Object') + ' [' + tag + ']'} {`;
      else if (name !== 'Object') braces[0] = `${name} {`;
      for (const k of Reflect.ownKeys(v)) {
        const d = Object.getOwnPropertyDescriptor(v, k);
        if (!d.enumerable) continue;
        if (d.get || d.set) output.push(`${keyText(k)}: [${d.get && d.set ? 'Getter/Setter' : d.get ? 'Getter' : 'Setter'}]`);
        else output.push(`${keyText(k)}: ${inner(d.value)}`);
      }
      if (output.length === 0) return braces[0] === '{' ? '{}' : `${braces[0]}}`;
    }
    return combine(output, braces, indent, base);
  }
  function format(args) {
    let out = '';
    let first = 0;
    if (typeof args[0] === 'string' && args.length > 1 && args[0].includes('%')) {
      const f = args[0];
      let a = 1;
      let last = 0;
      first = 1;
      for (let i = 0; i < f.length - 1; i++) {
        if (f[i] !== '%') continue;
        const c = f[i + 1];
        let piece = null;
        if (c === '%') { out += f.slice(last, i) + '%'; last = i + 2; i++; continue; }
        if (a >= args.length) continue;
        const x = args[a];
        if (c === 's') piece = typeof x === 'string' ? x : typeof x === 'bigint' ? x + 'n' : typeof x === 'object' && x !== null ? inspect(x, 1) : typeof x === 'number' ? formatNumber(x) : String(x);
        else if (c === 'd' || c === 'i') piece = typeof x === 'bigint' ? x + 'n' : typeof x === 'symbol' ? 'NaN' : formatNumber(c === 'i' ? parseInt(x) : Number(x));
        else if (c === 'f') piece = typeof x === 'symbol' ? 'NaN' : formatNumber(parseFloat(x));
        else if (c === 'j') { try { piece = JSONstringify(x); } catch { piece = '[Circular]'; } }
        else if (c === 'o' || c === 'O') piece = inspect(x);
        else if (c === 'c') piece = '';
        else continue;
        out += f.slice(last, i) + piece;
        last = i + 2;
        i++;
        a++;
      }
      out += f.slice(last);
      first = a;
    } else if (args.length > 0) {
      out = typeof args[0] === 'string' ? args[0] : inspect(args[0]);
      first = 1;
    }
    for (let k = first; k < args.length; k++) out += ' ' + (typeof args[k] === 'string' ? args[k] : inspect(args[k]));
    return out;
  }

  // ---- timers on the virtual clock (the host fires them: due time, then creation order)
  function checkCallback(cb) {
    if (typeof cb !== 'function') throw new TypeError('The "callback" argument must be of type function');
  }
  const delayOf = (ms) => Math.max(0, Math.floor(Number(ms) || 0));
  function setTimeout(cb, ms, ...args) {
    checkCallback(cb);
    const delay = delayOf(ms);
    const line = userLine();
    const span = begin('setTimeout ' + delay, line);
    return after(delay, () => {
      end(span, line);
      cb(...args);
    });
  }
  const intervals = new Map(); // the id the program holds -> the id of the pending tick
  function setInterval(cb, ms, ...args) {
    checkCallback(cb);
    const delay = Math.max(1, delayOf(ms));
    const line = userLine();
    let id = 0;
    const arm = () => {
      const span = begin('setInterval ' + delay, line);
      const tick = after(delay, () => {
        end(span, line);
        arm();
        cb(...args);
      });
      if (id === 0) id = tick;
      intervals.set(id, tick);
    };
    arm();
    return id;
  }
  function clearTimeout(id) {
    if (intervals.has(id)) {
      cancel(intervals.get(id));
      intervals.delete(id);
    } else {
      cancel(id);
    }
  }

  // ---- simulated sources: the same as tests/js/environments.js
  function pathOf(url) {
    return String(url).replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '') || '/';
  }
  function latencyOf(path) {
    const m = /^\/([a-z])\.json$/.exec(path);
    if (m && world.latencies) {
      const k = m[1].charCodeAt(0) - 97;
      return k < world.latencies.length ? world.latencies[k] : world.latency;
    }
    return world.latency;
  }
  function usersPage(query) {
    const page = Number(query.get('page') ?? 1);
    const data = [];
    for (let id = (page - 1) * world.pageSize + 1; id <= Math.min(page * world.pageSize, world.users); id++) {
      data.push({ id, name: 'user' + id });
    }
    return { data, hasMore: page * world.pageSize < world.users };
  }
  const TEXT = '\u0410\u0441\u0438\u043d\u0445\u0440\u043e\u043d\u043d\u044b\u0435 \u0438\u0442\u0435\u0440\u0430\u0442\u043e\u0440\u044b \u2713';
  function searchParams(query) {
    const map = new Map();
    for (const part of query.split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
      if (!map.has(key)) map.set(key, decodeURIComponent(eq < 0 ? '' : part.slice(eq + 1)));
    }
    return { get: (k) => (map.has(k) ? map.get(k) : null) };
  }
  function fetch(url) {
    const path = pathOf(url);
    const line = userLine();
    const span = begin('fetch ' + path, line);
    return new PromiseCtor((resolve) => {
      after(latencyOf(path), () => {
        end(span, line);
        const q = path.indexOf('?');
        const pathname = q < 0 ? path : path.slice(0, q);
        const res = { status: 200, url: path };
        if (pathname === '/text') res.body = chunkedBody();
        if (pathname === '/users') {
          res.json = () => {
            const jsonLine = userLine();
            const jsonSpan = begin('res.json()', jsonLine);
            const body = usersPage(searchParams(q < 0 ? '' : path.slice(q + 1)));
            end(jsonSpan, jsonLine);
            return promiseResolve(body);
          };
        }
        resolve(res);
      });
    });
  }
  // The byte stream: TEXT's UTF-8 bytes, world.chunkSize at a time, one chunk every
  // world.interval ms from when the response arrives.
  function chunkedBody() {
    const chunks = [];
    const waiting = [];
    let closed = false;
    const bytes = new TextEncoder().encode(TEXT);
    let readLine = 0; // chunks arrive on the line that reads the stream
    const deliver = () => {
      while (waiting.length && (chunks.length || closed)) {
        const r = waiting.shift();
        r(chunks.length ? { value: chunks.shift(), done: false } : { value: undefined, done: true });
      }
    };
    for (let offset = 0, k = 1; offset < bytes.length; offset += world.chunkSize, k++) {
      const chunk = bytes.slice(offset, offset + world.chunkSize);
      const last = offset + world.chunkSize >= bytes.length;
      after(k * world.interval, () => {
        rec(ACTOR.source, KIND.arrived, readLine, `chunk of ${chunk.length} bytes`);
        chunks.push(chunk);
        if (last) closed = true;
        deliver();
      });
    }
    const read = () => {
      if (readLine === 0) readLine = userLine();
      return new PromiseCtor((r) => { waiting.push(r); deliver(); });
    };
    return {
      getReader: () => ({ read, releaseLock() {} }),
      [Symbol.asyncIterator]: () => ({ next: read, return: (value) => promiseResolve({ value, done: true }) }),
    };
  }
  function connect(count, interval) {
    const line = userLine();
    const listeners = { message: [], close: [] };
    const socket = { connected: true, on(event, fn) { listeners[event].push(fn); } };
    for (let k = 1; k <= count; k++) {
      after(k * interval, () => {
        const msg = 'msg ' + k;
        rec(ACTOR.source, KIND.arrived, line, msg);
        for (const fn of [...listeners.message]) fn(msg);
      });
    }
    after((count + 1) * interval, () => {
      socket.connected = false;
      rec(ACTOR.source, KIND.arrived, line, 'close');
      for (const fn of [...listeners.close]) fn();
    });
    return socket;
  }
  function magic(index) {
    const label = `magic(${index})`;
    const line = userLine();
    const span = begin(label, line);
    return new PromiseCtor((resolve) => {
      after(world.step, () => {
        end(span, line);
        resolve(index + 1);
      });
    });
  }

  // ---- text, determinism
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(s = '') {
      const str = String(s);
      const out = [];
      for (let i = 0; i < str.length; i++) {
        let c = str.charCodeAt(i);
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < str.length) {
          const d = str.charCodeAt(i + 1);
          if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
        }
        if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
        if (c < 0x80) out.push(c);
        else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
      return new U8(out);
    }
  }
  class TextDecoder {
    #state = {};
    get encoding() { return 'utf-8'; }
    decode(bytes = new U8(0), options = {}) {
      const view = bytes instanceof ArrayBuffer ? new U8(bytes) : ArrayBuffer.isView(bytes) ? new U8(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null;
      if (view === null) throw new TypeError('The "input" argument must be an instance of ArrayBuffer or ArrayBufferView');
      return decodeUtf8(this.#state, view, Boolean(options && options.stream));
    }
  }
  const EPOCH = 1767225600000; // 2026-01-01T00:00:00Z is virtual time 0
  const RealDate = Date;
  const now = host.now;
  function VirtualDate(...args) {
    if (!new.target) return new RealDate(EPOCH + now()).toString();
    return Reflect.construct(RealDate, args.length ? args : [EPOCH + now()], new.target);
  }
  Object.setPrototypeOf(VirtualDate, RealDate);
  VirtualDate.prototype = RealDate.prototype;
  VirtualDate.now = () => EPOCH + now();
  Object.defineProperty(RealDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true });
  let seed = 0x2f6b4e1d; // mulberry32: the same numbers as the Node side
  Math.random = function random() {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  function structuredClone(v, seenMap = new Map()) {
    if (typeof v === 'function' || typeof v === 'symbol') throw new TypeError(`${String(v)} could not be cloned.`);
    if (v === null || typeof v !== 'object') return v;
    if (seenMap.has(v)) return seenMap.get(v);
    let out;
    if (v instanceof RealDate) out = new RealDate(v.getTime());
    else if (v instanceof Map) { out = new Map(); seenMap.set(v, out); for (const [k, x] of v) out.set(structuredClone(k, seenMap), structuredClone(x, seenMap)); return out; }
    else if (v instanceof Set) { out = new Set(); seenMap.set(v, out); for (const x of v) out.add(structuredClone(x, seenMap)); return out; }
    else if (ArrayBuffer.isView(v)) out = v.slice();
    else if (v instanceof Error) { out = new (v.constructor)(v.message); }
    else {
      out = Array.isArray(v) ? [] : {};
      seenMap.set(v, out);
      for (const k of Object.keys(v)) out[k] = structuredClone(v[k], seenMap);
      return out;
    }
    seenMap.set(v, out);
    return out;
  }

  // ---- watching for await (watch.js): an instance per loop, events on the loop's line, the
  // early close on the line that leaves the loop (the break, return or throw)
  const watching = watcher({ isPromise: host.isPromise, isProxy: host.isProxy, whenSettled: host.whenSettled });
  const loopOf = (what, line) => () => {
    const instance = newInstance(what, line);
    const noteOn = (at) => (kind, value) => rec(ACTOR.consumer, KIND[kind], at, value, instance);
    return { note: noteOn(line), closing: () => noteOn(userLine() || line) };
  };
  const loop = (line) => watching.loop(loopOf('for await', line));
  const wrapSyncLoop = (iterable, line) => watching.wrapSyncLoop(iterable, loopOf('for', line));
  const cleanup = (line) => record(ACTOR.producer, KIND.cleanup, line, 'null', -1);

  // ---- the program's globals
  const hidden = (name, value) => Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
  const console = {
    log: (...args) => rec(ACTOR.console, KIND.log, userLine(), format(args)),
  };
  console.info = console.log;
  console.warn = console.log;
  console.error = console.log;
  console.debug = console.log;
  hidden('console', console);
  hidden('setTimeout', setTimeout);
  hidden('clearTimeout', clearTimeout);
  hidden('setInterval', setInterval);
  hidden('clearInterval', clearTimeout);
  hidden('queueMicrotask', (cb) => {
    checkCallback(cb);
    then(promiseResolve(), () => { cb(); });
  });
  hidden('structuredClone', (v) => structuredClone(v));
  hidden('fetch', fetch);
  hidden('connect', connect);
  hidden('magic', magic);
  hidden('TextEncoder', TextEncoder);
  hidden('TextDecoder', TextDecoder);
  hidden('Date', VirtualDate);
  hidden('performance', { now: () => now() });
  hidden('process', { stdout: { write: (text) => { rec(ACTOR.console, KIND.log, userLine(), String(text)); return true; } } });
  const names = { loop: '__ysLoop', wrapSyncLoop: '__ysWrapSyncLoop', cleanup: '__ysCleanup' };
  hidden(names.loop, loop);
  hidden(names.wrapSyncLoop, wrapSyncLoop);
  hidden(names.cleanup, cleanup);
  return { instrument: (src) => instrument(src, names, Boolean(world.wrapSyncLoops)), describe: (v) => inspect(v), snapshot };
})
