// SPDX-License-Identifier: MIT
'use strict';
// The simulated world each demo listing runs in. A new demo needs only an entry
// in the table at the bottom:
//   params:  the integer parameters the demo takes; the harness requires exactly these.
//   globals: optional (params, sim) => { name: value } of extra globals for the
//            listing, on top of setTimeout, clearTimeout and console which every
//            demo gets. `sim` is the harness's clock and recorder:
//              sim.record(actor, kind, value)  adds an event at the current time
//              sim.after(ms, fire)             queues an internal timer (records nothing)
//              sim.cancel(id)                  drops a timer queued by sim.after

// Strips scheme and host: "https://api.example.com/users?page=2" -> "/users?page=2".
function pathOf(url) {
  return String(url).replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '') || '/';
}

// A fetch(url) that answers after `latency` ms. `routes` maps a pathname to
// (query: URLSearchParams) => body; a routed response has json() giving that body,
// any other URL gets a bare {status, url}.
// `latency` is a number of ms, or (path) => ms. `bodies` maps a pathname to
// (path) => a ReadableStream made when the response arrives, for res.body.
function simulatedFetch(sim, latency, routes, bodies = {}) {
  return function fetch(url) {
    const path = pathOf(url);
    sim.record('source', 'awaiting', 'fetch ' + path);
    return new Promise((resolve) => {
      sim.after(typeof latency === 'function' ? latency(path) : latency, () => {
        sim.record('source', 'settled', 'fetch ' + path);
        const q = path.indexOf('?');
        const pathname = q < 0 ? path : path.slice(0, q);
        const route = Object.hasOwn(routes, pathname) ? routes[pathname] : null;
        const res = { status: 200, url: path };
        if (Object.hasOwn(bodies, pathname)) res.body = bodies[pathname](path);
        if (route) {
          res.json = () => {
            sim.record('source', 'awaiting', 'res.json()');
            const body = route(new URLSearchParams(q < 0 ? '' : path.slice(q + 1)));
            sim.record('source', 'settled', 'res.json()');
            return Promise.resolve(body); // already resolved: costs no virtual time
          };
        }
        resolve(res);
      });
    });
  };
}

// GET /users?page=P: `pageSize` users per page out of `users`, ids from 1.
function usersPage({ users, pageSize }) {
  return (query) => {
    const page = Number(query.get('page') ?? 1);
    const data = [];
    for (let id = (page - 1) * pageSize + 1; id <= Math.min(page * pageSize, users); id++) {
      data.push({ id, name: 'user' + id });
    }
    return { data, hasMore: page * pageSize < users };
  };
}

// The chunks demo's body: the UTF-8 bytes of TEXT, `chunkSize` at a time, one chunk every
// `interval` ms from when the response arrives; the stream closes with the last chunk.
const TEXT = 'Асинхронные итераторы ✓';
function chunkedBody(sim, { chunkSize, interval }) {
  return () => new ReadableStream({
    start(controller) {
      const bytes = new TextEncoder().encode(TEXT);
      for (let offset = 0, k = 1; offset < bytes.length; offset += chunkSize, k++) {
        const chunk = bytes.slice(offset, offset + chunkSize);
        const last = offset + chunkSize >= bytes.length;
        sim.after(k * interval, () => {
          sim.record('source', 'arrived', `chunk of ${chunk.length} bytes`);
          controller.enqueue(chunk);
          if (last) controller.close();
        });
      }
    },
  });
}

// The socket demo's connect(count, interval): `count` messages, one every `interval` ms,
// then close; every timer is queued at connect time.
function simulatedConnect(sim) {
  return function connect(count, interval) {
    const listeners = { message: [], close: [] };
    const socket = {
      connected: true,
      on(event, fn) { listeners[event].push(fn); },
    };
    for (let k = 1; k <= count; k++) {
      sim.after(k * interval, () => {
        const msg = 'msg ' + k;
        sim.record('source', 'arrived', msg);
        for (const fn of [...listeners.message]) fn(msg);
      });
    }
    sim.after((count + 1) * interval, () => {
      socket.connected = false;
      sim.record('source', 'arrived', 'close');
      for (const fn of [...listeners.close]) fn();
    });
    return socket;
  };
}

// The numbers demo's server: magic(index) answers index + 1 after `step` ms.
function simulatedMagic(sim, step) {
  return function magic(index) {
    const label = `magic(${index})`;
    sim.record('source', 'awaiting', label);
    return new Promise((resolve) => {
      sim.after(step, () => {
        sim.record('source', 'settled', label);
        resolve(index + 1);
      });
    });
  };
}

// Programs of one's own ("script"): every simulated source with the embedded engine's default
// settings, setInterval, and a deterministic clock and Math.random - the globals the embedded
// engine gives a program (core/script/prelude.js), so the two engines run one program alike.
const EPOCH = 1767225600000; // 2026-01-01T00:00:00Z is virtual time 0
function scriptGlobals(sim) {
  const intervals = new Map(); // the id the program holds -> the pending tick's id
  const check = (cb) => {
    if (typeof cb !== 'function') throw new TypeError('The "callback" argument must be of type function');
  };
  function setInterval(cb, ms, ...args) {
    check(cb);
    const delay = Math.max(1, Math.floor(Number(ms) || 0));
    const label = 'setInterval ' + delay;
    let id = 0;
    const arm = () => {
      sim.record('source', 'awaiting', label);
      const tick = sim.after(delay, () => {
        sim.record('source', 'settled', label);
        arm();
        cb(...args);
      });
      if (id === 0) id = tick;
      intervals.set(id, tick);
    };
    arm();
    return id;
  }
  function clear(id) {
    if (intervals.has(id)) {
      sim.cancel(intervals.get(id));
      intervals.delete(id);
    } else {
      sim.cancel(id);
    }
  }
  const RealDate = Date;
  function VirtualDate(...args) {
    if (!new.target) return new RealDate(EPOCH + sim.now).toString();
    return Reflect.construct(RealDate, args.length ? args : [EPOCH + sim.now], new.target);
  }
  Object.setPrototypeOf(VirtualDate, RealDate);
  VirtualDate.prototype = RealDate.prototype;
  VirtualDate.now = () => EPOCH + sim.now;
  let seed = 0x2f6b4e1d; // mulberry32, as the embedded engine's
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const world = { users: 20, pageSize: 5, latency: 300, chunkSize: 8, interval: 100, step: 100 };
  return {
    setInterval,
    clearInterval: clear,
    clearTimeout: clear,
    fetch: simulatedFetch(sim, world.latency, { '/users': usersPage(world) }, { '/text': chunkedBody(sim, world) }),
    connect: simulatedConnect(sim),
    magic: simulatedMagic(sim, world.step),
    process: { stdout: { write: (text) => { sim.record('console', 'log', String(text)); return true; } } },
    Date: VirtualDate,
    performance: { now: () => sim.now },
    Math: Object.create(Math, { random: { value: random } }),
  };
}

module.exports = {
  script: { params: [], globals: (p, sim) => scriptGlobals(sim) },
  countdown: { params: ['from', 'ms'] },
  range: { params: ['from', 'to', 'delay'] },
  pagination: {
    // breakAfter only shapes the rendered listing; the server does not use it.
    params: ['users', 'pageSize', 'latency', 'breakAfter'],
    globals: (p, sim) => ({ fetch: simulatedFetch(sim, p.latency, { '/users': usersPage(p) }) }),
  },
  cleanup: { params: ['breakAfter'] },
  error: { params: ['failAt', 'ms'] },
  'promises-array': {
    params: ['latencies'],
    listParams: ['latencies'],
    // "/a.json" takes latencies[0] ms, "/b.json" latencies[1], ...
    globals: (p, sim) => ({ fetch: simulatedFetch(sim, (path) => p.latencies[path.charCodeAt(1) - 97], {}) }),
  },
  sequence: { params: ['start', 'end', 'ms'] },
  numbers: { params: ['step'], globals: (p, sim) => ({ magic: simulatedMagic(sim, p.step) }) },
  chunks: {
    params: ['chunkSize', 'interval', 'stream'],
    globals: (p, sim) => ({
      fetch: simulatedFetch(sim, p.interval, {}, { '/text': chunkedBody(sim, p) }),
      process: { stdout: { write: (text) => { sim.record('console', 'log', String(text)); return true; } } },
    }),
  },
  socket: { params: ['count', 'interval', 'work'], globals: (p, sim) => ({ connect: simulatedConnect(sim) }) },
  sync: { params: ['start', 'end'], wrapSyncLoops: true },
  'range-generator': { params: ['from', 'to', 'delay'] },
};
