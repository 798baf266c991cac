// SPDX-License-Identifier: MIT
'use strict';
// Runs JavaScript under a virtual clock and records what happened: the iterator
// protocol as a for-await loop sees it, timers, console output and errors.
//
// One run, one listing (exit 0 done; 1 the listing threw or left a rejection
// unhandled, the trace up to that point still printed; 2 bad invocation):
//   node tests/js/harness.js --demo NAME --listing FILE --params JSON
// prints the trace as JSON Lines, one event per line:
//   {"seq":0,"t":0,"actor":"consumer","kind":"next_called","value":null}
//
// Many runs in one process (exit 0 once every request is answered, 2 bad invocation):
//   node tests/js/harness.js --batch < requests.jsonl > results.jsonl
// Each line of standard input is one request, a JSON object:
//   {"id": ANY, "demo": NAME, "params": {...}, "source": "listing text"}
//   id      optional, echoed back untouched (to match answers to requests)
//   demo    optional: the simulated world of that demo (environments.js), whose
//           params are then required and checked; without it the program gets only
//           setTimeout, clearTimeout and console, and params must be absent
//   source  the program, already rendered (or "listing": a path to read it from)
// Each request gets exactly one line back, in the order of the requests:
//   {"id": ANY, "error": null | "one line", "events": [ ...as above... ]}
// A bad request (not JSON, unknown demo, wrong params) is answered with
// "error": "bad request: ..." and no events; the batch goes on.
//
// Runs are isolated from one another: each has its own virtual clock, timer
// queue, event list and simulated world; and whatever a program changes in the
// process's shared globals (a global variable, a property added to or replaced on
// a built-in such as Array.prototype or Promise) is undone before the next run.
// What cannot be undone (a built-in frozen or made non-configurable) ends the
// batch with exit status 3, so a later run never sees it.

const fs = require('node:fs');
const util = require('node:util');
const environments = require('./environments.js');
const { watchGlobals } = require('./global_guard.js');
const { wrapForAwait, watcher } = require('./transform.js');

const USAGE = 'usage: node harness.js --demo NAME --listing FILE --params JSON | --batch';
const MAX_TIMERS = 10000000; // a listing that schedules more than this is treated as runaway

// Resolves once the microtask queue has drained completely: setImmediate
// callbacks only run between macrotasks, after every pending promise job.
const macrotaskBoundary = () => new Promise((resolve) => setImmediate(resolve));

// The JSON value recorded for v (JSON.stringify semantics, undefined -> null),
// taken as a copy so later mutation of v cannot change the trace.
function snapshot(v) {
  if (v instanceof Uint8Array) return Array.from(v); // bytes as a list, not {"0":..,"1":..}
  try {
    const json = JSON.stringify(v);
    return json === undefined ? null : JSON.parse(json);
  } catch {
    return typeof v === 'bigint' ? String(v) : null; // BigInt or a cyclic structure
  }
}

// What an "error" event shows: the message of an Error, else the thrown value itself.
const messageOf = (e) => (e !== null && typeof e === 'object' && 'message' in e ? e.message : e);

const describe = (e) => (e instanceof Error ? String(e) : util.inspect(e)).replace(/\s*\n\s*/g, ' ');

// The hooks watch.js needs, as Node offers them. Node has no way to react to a promise without
// Promise.prototype.then, which looks up the promise's `constructor` (its species): the one read
// of the program's the embedded engine's watching does not make.
const promiseThen = Promise.prototype.then;
const hooks = {
  isPromise: util.types.isPromise,
  isProxy: util.types.isProxy,
  whenSettled: (p, onFulfilled, onRejected) => {
    Reflect.apply(promiseThen, p, [onFulfilled, onRejected]);
  },
};

// __ysLoop(line) and __ysWrapSyncLoop(iterable, line): what the rewritten loops call, recording
// the consumer's side of the protocol (watch.js).
function makeWrap(record) {
  const watching = watcher(hooks); // a run's own: no loop of an earlier run waits in it
  const open = () => {
    const note = (kind, value) => record('consumer', kind, value);
    return { note, closing: () => note };
  };
  return {
    loop: function __ysLoop() { return watching.loop(open); },
    wrapSyncLoop: function __ysWrapSyncLoop(iterable) { return watching.wrapSyncLoop(iterable, open); },
  };
}

// Returns a one-line problem with `params` for `demo`, or null when they fit. Without a
// demo (undefined) a program runs in the bare world and takes no params.
function checkParams(demo, params) {
  if (demo === undefined) return params === undefined ? null : 'params without a demo';
  if (!Object.hasOwn(environments, demo)) return `unknown demo ${JSON.stringify(demo)}`;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return '--params must be a JSON object';
  const expected = environments[demo].params;
  const lists = environments[demo].listParams || [];
  for (const name of expected) {
    const ok = lists.includes(name)
      ? Array.isArray(params[name]) && params[name].length > 0 && params[name].every(Number.isInteger)
      : Number.isInteger(params[name]);
    if (!ok) return `param ${name} must be ${lists.includes(name) ? 'a list of integers' : 'an integer'}`;
  }
  const extra = Object.keys(params).filter((name) => !expected.includes(name));
  if (extra.length) return `unknown param ${extra[0]} for demo ${demo}`;
  return null;
}

// Runs `source` (an already rendered listing) and resolves to {events, error};
// error is null, or a one-line description of why the listing failed.
// demo undefined: the bare world (setTimeout, clearTimeout, console only).
// wrap: false runs the listing without observing for-await (to check the
// observation itself changes nothing).
async function runListing({ demo, source, params, wrap = true }) {
  const env = demo === undefined ? {} : environments[demo];
  const events = [];
  let now = 0;
  let finished = false;
  const record = (actor, kind, value) => {
    if (!finished) events.push({ seq: events.length, t: now, actor, kind, value: snapshot(value) });
  };

  // Timers fire in order of (due, creation).
  const timers = [];
  let created = 0;
  const after = (ms, fire) => {
    const id = ++created;
    timers.push({ id, due: now + Math.max(0, ms), fire });
    return id;
  };
  const takeEarliest = () => {
    let best = 0;
    for (let k = 1; k < timers.length; k++) {
      const a = timers[k], b = timers[best];
      if (a.due < b.due || (a.due === b.due && a.id < b.id)) best = k;
    }
    return timers.splice(best, 1)[0];
  };
  const cancel = (id) => {
    const k = timers.findIndex((timer) => timer.id === id);
    if (k >= 0) timers.splice(k, 1);
  };
  const sim = { record, after, cancel, get now() { return now; } };

  const globals = {
    setTimeout(cb, ms, ...args) {
      if (typeof cb !== 'function') throw new TypeError('The "callback" argument must be of type function');
      const delay = Math.max(0, Math.floor(Number(ms) || 0));
      const label = 'setTimeout ' + delay;
      record('source', 'awaiting', label);
      return after(delay, () => {
        record('source', 'settled', label);
        cb(...args);
      });
    },
    clearTimeout: cancel,
    console: (() => {
      // console.info, warn, error and debug print as log does (on standard error for the last
      // two, which is the same line in the trace)
      const log = (...args) => record('console', 'log', util.format(...args));
      return { log, info: log, warn: log, error: log, debug: log };
    })(),
    ...(env.globals ? env.globals(params, sim) : {}),
  };
  const wrappers = makeWrap(record);
  globals.__ysLoop = wrappers.loop;
  if (env.wrapSyncLoops) globals.__ysWrapSyncLoop = wrappers.wrapSyncLoop;

  let error = null;
  // Real Node stops at the first unhandled rejection; so does the harness.
  const onRejection = (reason) => { error = error || 'unhandled rejection: ' + describe(reason); };
  process.on('unhandledRejection', onRejection);
  try {
    const body = new Function(...Object.keys(globals), wrap ? wrapForAwait(source, '__ysWrap', env.wrapSyncLoops ? '__ysWrapSyncLoop' : null, '__ysLoop') : source);
    body(...Object.values(globals));
    // Each timer is its own macrotask: all promise jobs run before the next one
    // fires. Look at the queue only after draining, since those jobs add timers.
    for (let fired = 0; ; fired++) {
      await macrotaskBoundary();
      if (error || !timers.length) break;
      if (fired === MAX_TIMERS) {
        error = `gave up after ${MAX_TIMERS} timers`;
        break;
      }
      const timer = takeEarliest();
      now = timer.due;
      timer.fire();
    }
  } catch (e) {
    error = error || 'listing threw: ' + describe(e);
  } finally {
    finished = true;
    process.off('unhandledRejection', onRejection);
  }
  return { events, error };
}

// Parses the command line into {demo, source, params}; throws a one-line Error.
function parseArgs(argv) {
  const opts = {};
  for (let k = 0; k < argv.length; k += 2) {
    const flag = argv[k];
    if (!['--demo', '--listing', '--params'].includes(flag) || argv[k + 1] === undefined || flag.slice(2) in opts) {
      throw new Error(`unexpected argument ${JSON.stringify(flag)} (${USAGE})`);
    }
    opts[flag.slice(2)] = argv[k + 1];
  }
  for (const name of ['demo', 'listing', 'params']) {
    if (!(name in opts)) throw new Error(`missing --${name} (${USAGE})`);
  }
  let source;
  let params;
  try {
    source = fs.readFileSync(opts.listing, 'utf8');
  } catch (e) {
    throw new Error(`cannot read listing: ${e.message}`);
  }
  try {
    params = JSON.parse(opts.params);
  } catch (e) {
    throw new Error(`--params is not valid JSON: ${e.message}`);
  }
  const problem = checkParams(opts.demo, params);
  if (problem) throw new Error(problem);
  return { demo: opts.demo, source, params };
}

// Answers one batch request (a line of JSON text) with its result line.
async function answer(line) {
  let request;
  try {
    request = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `bad request: not JSON: ${e.message}`, events: [] };
  }
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return { id: null, error: 'bad request: not a JSON object', events: [] };
  }
  const id = request.id === undefined ? null : request.id;
  const bad = (why) => ({ id, error: `bad request: ${why}`, events: [] });
  const unknown = Object.keys(request).filter((k) => !['id', 'demo', 'params', 'source', 'listing'].includes(k));
  if (unknown.length) return bad(`unknown field ${unknown[0]}`);
  if (request.demo !== undefined && typeof request.demo !== 'string') return bad('demo must be a string');
  let source = request.source;
  if (typeof request.listing === 'string' && source === undefined) {
    try {
      source = fs.readFileSync(request.listing, 'utf8');
    } catch (e) {
      return bad(`cannot read listing: ${e.message}`);
    }
  }
  if (typeof source !== 'string') return bad('needs "source" (the program text) or "listing" (a path)');
  const problem = checkParams(request.demo, request.params);
  if (problem) return bad(problem);
  const { events, error } = await runListing({ demo: request.demo, source, params: request.params });
  return { id, error, events };
}

// --batch: every line of standard input is a request, answered in order on standard output.
async function batch() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter((l) => l.trim() !== '');
  const guard = watchGlobals();
  for (const line of lines) {
    const result = await answer(line);
    // Put the world back before writing: the answer is written with the real JSON.
    const left = guard.restore();
    process.stdout.write(JSON.stringify(result) + '\n');
    if (left.length) {
      process.stderr.write(`harness: a run changed the shared globals for good: ${left[0]}\n`);
      process.exitCode = 3;
      return;
    }
  }
}

async function main(argv) {
  if (argv.length === 1 && argv[0] === '--batch') {
    await batch();
    // Exit once stdout is flushed, so nothing a failed program left queued runs on.
    process.stdout.write('', () => process.exit(process.exitCode ?? 0));
    return;
  }
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`harness: ${e.message}\n`);
    process.exit(2);
  }
  const { events, error } = await runListing(opts);
  const out = events.map((event) => JSON.stringify(event) + '\n').join('');
  // Exit explicitly (after stdout is flushed) so nothing the failed listing
  // left queued can run on and add to the output.
  const finish = () => {
    if (error) process.stderr.write(`harness: ${error}\n`);
    process.exit(error ? 1 : 0);
  };
  if (out) process.stdout.write(out, finish);
  else finish();
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { runListing, checkParams };
