'use strict';
// Runs a rendered demo listing under a virtual clock and prints the trace of
// what happened as JSON Lines, one event per line:
//   node tests/js/harness.js --demo NAME --listing FILE --params JSON
// Exit status: 0 done; 1 the listing threw or left a rejection unhandled (the
// trace up to that point is still printed); 2 bad invocation.

const fs = require('node:fs');
const util = require('node:util');
const environments = require('./environments.js');
const { wrapForAwait } = require('./transform.js');

const USAGE = 'usage: node harness.js --demo NAME --listing FILE --params JSON';
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

// __ysWrap(iterable): an iterable delegating to `iterable` that records the
// consumer's side of the protocol. Promises from the real iterator are handed back
// untouched, and the recording reaction is attached before for-await attaches its
// own, so the listing sees exactly the promise ticks it would see unwrapped.
function makeWrap(record) {
  const consumer = (kind, value = null) => record('consumer', kind, value);
  const onError = (e) => consumer('error', messageOf(e));

  // Async iterator: next/return/throw give a promise of an iterator result.
  const watchAsync = (p) => {
    Promise.resolve(p).then((r) => {
      if (Object(r) === r) consumer(r.done ? 'done' : 'value_received', r.value);
    }, onError);
    return p;
  };
  // Sync iterator (for await over e.g. an array of promises): for-await awaits each value.
  const watchSync = (r) => {
    if (Object(r) !== r) return r;
    if (r.done) consumer('done', r.value);
    else Promise.resolve(r.value).then((v) => consumer('value_received', v), onError);
    return r;
  };

  // for-await reads `next` once, and looks `return` up only when it closes the
  // loop early, so return/throw are getters present only while the real one is.
  const observe = (it, watch) => {
    const next = it.next;
    return {
      next(...a) {
        consumer('next_called');
        return watch(next.apply(it, a));
      },
      get return() {
        if (it.return == null) return undefined;
        return (...a) => {
          consumer('return_called');
          return watch(it.return(...a));
        };
      },
      // Never called by for-await itself; there is no event kind for the call, only its outcome.
      get throw() {
        if (it.throw == null) return undefined;
        return (...a) => watch(it.throw(...a));
      },
    };
  };

  // A plain for...of over a sync iterator: every step is immediate.
  const watchSyncLoop = (r) => {
    if (Object(r) === r) consumer(r.done ? 'done' : 'value_received', r.value);
    return r;
  };
  const wrapSyncLoop = function __ysWrapSyncLoop(iterable) {
    const syncMethod = iterable == null ? null : iterable[Symbol.iterator];
    if (syncMethod == null) return iterable;
    return { [Symbol.iterator]: () => observe(syncMethod.call(iterable), watchSyncLoop) };
  };

  const wrap = function __ysWrap(iterable) {
    if (iterable == null) return iterable; // let for-await raise its own TypeError
    const asyncMethod = iterable[Symbol.asyncIterator];
    if (asyncMethod != null) {
      return { [Symbol.asyncIterator]: () => observe(asyncMethod.call(iterable), watchAsync) };
    }
    const syncMethod = iterable[Symbol.iterator];
    if (syncMethod != null) {
      return { [Symbol.iterator]: () => observe(syncMethod.call(iterable), watchSync) };
    }
    return iterable;
  };
  return { wrap, wrapSyncLoop };
}

// Returns a one-line problem with `params` for `demo`, or null when they fit.
function checkParams(demo, params) {
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
// wrap: false runs the listing without observing for-await (to check the
// observation itself changes nothing).
async function runListing({ demo, source, params, wrap = true }) {
  const env = environments[demo];
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
    console: { log: (...args) => record('console', 'log', util.format(...args)) },
    ...(env.globals ? env.globals(params, sim) : {}),
  };
  const wrappers = makeWrap(record);
  globals.__ysWrap = wrappers.wrap;
  if (env.wrapSyncLoops) globals.__ysWrapSyncLoop = wrappers.wrapSyncLoop;

  let error = null;
  // Real Node stops at the first unhandled rejection; so does the harness.
  const onRejection = (reason) => { error = error || 'unhandled rejection: ' + describe(reason); };
  process.on('unhandledRejection', onRejection);
  try {
    const body = new Function(...Object.keys(globals), wrap ? wrapForAwait(source, '__ysWrap', env.wrapSyncLoops ? '__ysWrapSyncLoop' : null) : source);
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

async function main(argv) {
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
