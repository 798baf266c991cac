// SPDX-License-Identifier: MIT
'use strict';
// Checks the harness against traces worked out by hand from JavaScript's
// semantics. Run with: node --test tests/js/

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { runListing } = require('./harness.js');
const { wrapForAwait } = require('./transform.js');

const DEMOS = path.join(__dirname, '..', '..', 'resources', 'demos');
const HARNESS = path.join(__dirname, 'harness.js');

// Fills a listing's {{name}} placeholders the way the app does.
function render(demo, params) {
  const vars = { ...params };
  if (demo === 'pagination') {
    vars.breakLine = params.breakAfter > 0
      ? `if (++count === ${params.breakAfter}) break; // the generator stops fetching more pages`
      : '// break here and the generator simply stops fetching more pages';
  }
  const source = fs.readFileSync(path.join(DEMOS, demo + '.js'), 'utf8');
  return source.replace(/\{\{(\w+)\}\}/g, (_, name) => {
    assert.ok(name in vars, `no value for {{${name}}}`);
    return String(vars[name]);
  });
}

const ACTOR = {
  next_called: 'consumer', return_called: 'consumer', value_received: 'consumer',
  done: 'consumer', error: 'consumer', log: 'console', awaiting: 'source', settled: 'source',
};

// Runs a listing and gives its events as compact "t kind value" lines.
async function run(demo, params, source = render(demo, params), wrap = true) {
  const { events, error } = await runListing({ demo, source, params, wrap });
  assert.strictEqual(error, null);
  events.forEach((e, k) => {
    assert.strictEqual(e.seq, k);
    assert.strictEqual(e.actor, ACTOR[e.kind], `actor of ${e.kind}`);
  });
  return events.map((e) => `${e.t} ${e.kind} ${JSON.stringify(e.value)}`);
}

// The events that do not come from the wrapper, to compare wrapped and unwrapped runs.
const listingSide = (lines) => lines.filter((l) => /^\d+ (log|awaiting|settled) /.test(l));

// One timer tick of countdown(…, 500) yielding n at time t.
const tick = (t, n) => [
  `${t} settled "setTimeout 500"`, `${t} value_received ${n}`, `${t} log "${n}"`, `${t} next_called null`,
];

test('countdown from 3 every 500 ms', async () => {
  assert.deepStrictEqual(await run('countdown', { from: 3, ms: 500 }), [
    '0 next_called null', '0 awaiting "setTimeout 500"',
    ...tick(500, 3), '500 awaiting "setTimeout 500"',
    ...tick(1000, 2), '1000 awaiting "setTimeout 500"',
    ...tick(1500, 1), '1500 done null', '1500 log "liftoff"',
  ]);
});

test('countdown from 0 finishes at once', async () => {
  assert.deepStrictEqual(await run('countdown', { from: 0, ms: 500 }), [
    '0 next_called null', '0 done null', '0 log "liftoff"',
  ]);
});

test('range 1..3 every 1000 ms', async () => {
  const step = (t, n) => [
    `${t} settled "setTimeout 1000"`, `${t} value_received ${n}`, `${t} log "${n}"`,
    `${t} next_called null`, `${t} awaiting "setTimeout 1000"`,
  ];
  assert.deepStrictEqual(await run('range', { from: 1, to: 3, delay: 1000 }), [
    '0 next_called null', '0 awaiting "setTimeout 1000"',
    ...step(1000, 1), ...step(2000, 2), ...step(3000, 3),
    '4000 settled "setTimeout 1000"', '4000 done null',
  ]);
});

test('empty range still waits for the first next()', async () => {
  assert.deepStrictEqual(await run('range', { from: 1, to: 0, delay: 1000 }), [
    '0 next_called null', '0 awaiting "setTimeout 1000"',
    '1000 settled "setTimeout 1000"', '1000 done null',
  ]);
});

const user = (t, id, more = true) => [
  `${t} value_received {"id":${id},"name":"user${id}"}`, `${t} log "user${id}"`,
  ...(more ? [`${t} next_called null`] : []),
];
const page = (t, p) => [
  `${t} settled "fetch /users?page=${p}"`, `${t} awaiting "res.json()"`, `${t} settled "res.json()"`,
];

test('pagination breaking after the 4th user never asks for page 3', async () => {
  assert.deepStrictEqual(await run('pagination', { users: 7, pageSize: 3, latency: 300, breakAfter: 4 }), [
    '0 next_called null', '0 awaiting "fetch /users?page=1"',
    ...page(300, 1), ...user(300, 1), ...user(300, 2), ...user(300, 3),
    '300 awaiting "fetch /users?page=2"',
    ...page(600, 2), ...user(600, 4, false),
    '600 return_called null', '600 done null',
  ]);
});

test('pagination without break reads the short last page', async () => {
  assert.deepStrictEqual(await run('pagination', { users: 7, pageSize: 3, latency: 300, breakAfter: 0 }), [
    '0 next_called null', '0 awaiting "fetch /users?page=1"',
    ...page(300, 1), ...user(300, 1), ...user(300, 2), ...user(300, 3),
    '300 awaiting "fetch /users?page=2"',
    ...page(600, 2), ...user(600, 4), ...user(600, 5), ...user(600, 6),
    '600 awaiting "fetch /users?page=3"',
    ...page(900, 3), ...user(900, 7), '900 done null',
  ]);
});

test('pagination with no users', async () => {
  assert.deepStrictEqual(await run('pagination', { users: 0, pageSize: 3, latency: 300, breakAfter: 0 }), [
    '0 next_called null', '0 awaiting "fetch /users?page=1"', ...page(300, 1), '300 done null',
  ]);
});

test('pagination stops after an exactly full last page', async () => {
  assert.deepStrictEqual(await run('pagination', { users: 6, pageSize: 3, latency: 300, breakAfter: 0 }), [
    '0 next_called null', '0 awaiting "fetch /users?page=1"',
    ...page(300, 1), ...user(300, 1), ...user(300, 2), ...user(300, 3),
    '300 awaiting "fetch /users?page=2"',
    ...page(600, 2), ...user(600, 4), ...user(600, 5), ...user(600, 6), '600 done null',
  ]);
});

test('observing for-await changes neither order nor timing', async () => {
  const cases = [
    ['countdown', { from: 3, ms: 500 }],
    ['countdown', { from: 0, ms: 500 }],
    ['range', { from: 1, to: 3, delay: 1000 }],
    ['pagination', { users: 7, pageSize: 3, latency: 300, breakAfter: 4 }],
    ['pagination', { users: 7, pageSize: 3, latency: 300, breakAfter: 0 }],
  ];
  for (const [demo, params] of cases) {
    const source = render(demo, params);
    const wrapped = await run(demo, params, source, true);
    const plain = await run(demo, params, source, false);
    assert.ok(plain.length > 0 && plain.length === listingSide(plain).length);
    assert.deepStrictEqual(listingSide(wrapped), plain, `${demo} ${JSON.stringify(params)}`);
  }
});

test('observing for-await adds no promise ticks', async () => {
  // The loop's logs interleave with a loop counting single ticks, so any extra
  // tick taken by the observation would move them.
  const source = `
    async function* letters() { yield "a"; yield "b"; }
    (async () => { for await (const v of letters()) console.log(v); console.log("end"); })();
    (async () => { for (let i = 0; i < 12; i++) { await null; console.log(i); } })();`;
  const wrapped = listingSide(await run('countdown', {}, source, true));
  assert.deepStrictEqual(wrapped, listingSide(await run('countdown', {}, source, false)));
  assert.ok(wrapped.indexOf('0 log "a"') > 0 && wrapped.indexOf('0 log "end"') < wrapped.length - 1);
});

test('all promise jobs run before the next timer fires', async () => {
  const source = `
    setTimeout(() => { Promise.resolve().then(() => Promise.resolve()).then(() => console.log("jobs")); }, 0);
    setTimeout(() => console.log("second"), 0);`;
  assert.deepStrictEqual(await run('countdown', {}, source), [
    '0 awaiting "setTimeout 0"', '0 awaiting "setTimeout 0"',
    '0 settled "setTimeout 0"', '0 log "jobs"', '0 settled "setTimeout 0"', '0 log "second"',
  ]);
});

test('for await over an array of promises', async () => {
  const source = `
    const later = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
    (async () => {
      for await (const v of [later(100, "a"), later(50, "b")]) console.log(v);
    })();`;
  assert.deepStrictEqual(await run('countdown', {}, source), [
    '0 awaiting "setTimeout 100"', '0 awaiting "setTimeout 50"', '0 next_called null',
    '50 settled "setTimeout 50"',
    '100 settled "setTimeout 100"', '100 value_received "a"', '100 log "a"',
    '100 next_called null', '100 value_received "b"', '100 log "b"',
    '100 next_called null', '100 done null',
  ]);
});

test('a generator that throws gives an error event', async () => {
  const source = `
    async function* failing() { yield 1; await new Promise((r) => setTimeout(r, 10)); throw new Error("boom"); }
    (async () => {
      try { for await (const v of failing()) console.log(v); } catch (e) { console.log("caught", e.message); }
    })();`;
  assert.deepStrictEqual(await run('countdown', {}, source), [
    '0 next_called null', '0 value_received 1', '0 log "1"', '0 next_called null',
    '0 awaiting "setTimeout 10"', '10 settled "setTimeout 10"', '10 error "boom"', '10 log "caught boom"',
  ]);
});

test('console.log prints like the real one', async () => {
  const source = 'console.log("a %d", 5, { x: [1] }, undefined);';
  assert.deepStrictEqual(await run('countdown', {}, source), ['0 log "a 5 { x: [ 1 ] } undefined"']);
});

test('for-await heads are wrapped whatever the expression holds', () => {
  const cases = [
    ['for await (const x of g(1, (2)))', 'for await (const x of __ysWrap(g(1, (2)), 1))'],
    ['for await(let [a, b] of f(")", `)${h(")")}`) ) {}', 'for await(let [a, b] of __ysWrap(f(")", `)${h(")")}`), 1) ) {}'],
    ['for await (x of xs.map((v) => { return v / 2; }))', 'for await (x of __ysWrap(xs.map((v) => { return v / 2; }), 1))'],
    ['for await (const { of = 1 } of s.split(/[)(]/) /* ) */)', 'for await (const { of = 1 } of __ysWrap(s.split(/[)(]/), 1) /* ) */)'],
    ['for await (const of of a) {} // for await (b of c)', 'for await (const of of __ysWrap(a, 1)) {} // for await (b of c)'],
    ['for await (const a of (async function* () { for await (const b of c) yield b; })())',
      'for await (const a of __ysWrap((async function* () { for await (const b of __ysWrap(c, 1)) yield b; })(), 1))'],
    ['for (const x of xs) {} "for await (a of b)"', 'for (const x of xs) {} "for await (a of b)"'],
    ['for await (const x of a)\n  for await (const y of b) {}', 'for await (const x of __ysWrap(a, 1))\n  for await (const y of __ysWrap(b, 2)) {}'],
  ];
  for (const [source, expected] of cases) assert.strictEqual(wrapForAwait(source), expected);
});

test('a loop body of any form starts by saying what it received', () => {
  const L = (n, line = 1) => `{ const __ysLoop${n} = L(${line}); try { `;
  const E = (n) => `__ysLoop${n}.ended(); } catch (__ysError${n}) { __ysLoop${n}.failed(__ysError${n}); throw __ysError${n}; } }`;
  const cases = [
    ['for await (const x of a) { let x = 1; }', `${L(0)}for await (const x of __ysLoop0.wrap(a)) { __ysLoop0.received(x); { let x = 1; } } ${E(0)}`],
    ['for await (const [p, q] of c) {}', `${L(0)}for await (const __ysValue0 of __ysLoop0.wrap(c)) { __ysLoop0.received(__ysValue0); const [p, q] = __ysValue0; {} } ${E(0)}`],
    ['for await (o.k of d) f();', `${L(0)}for await (const __ysValue0 of __ysLoop0.wrap(d)) { __ysLoop0.received(__ysValue0); (o.k = __ysValue0); f(); } ${E(0)}`],
    ['for await (y of d) f(y)\ng();', `${L(0)}for await (y of __ysLoop0.wrap(d)) { __ysLoop0.received(y); f(y) } ${E(0)}\ng();`],
    ['for await (y of d) f(y)\n(g)();', `${L(0)}for await (y of __ysLoop0.wrap(d)) { __ysLoop0.received(y); f(y)\n(g)(); } ${E(0)}`],
    ['for await (const v of w) if (v) a(); else b()\nz()', `${L(0)}for await (const v of __ysLoop0.wrap(w)) { __ysLoop0.received(v); if (v) a(); else b() } ${E(0)}\nz()`],
    ['for await (const v of w) while (v) do v--; while (v > 1) z();', `${L(0)}for await (const v of __ysLoop0.wrap(w)) { __ysLoop0.received(v); while (v) do v--; while (v > 1) } ${E(0)} z();`],
    ['lab: for await (const v of w) inner: for (;;) continue lab;', `${L(0)}lab: for await (const v of __ysLoop0.wrap(w)) { __ysLoop0.received(v); inner: for (;;) continue lab; } ${E(0)}`],
    ['case 1: for await (v of w) try { a } catch { b } finally { c } d', `case 1: ${L(0)}for await (v of __ysLoop0.wrap(w)) { __ysLoop0.received(v); try { a } catch { b } finally { c } } ${E(0)} d`],
    ['for await (const v of w) x = {\n a: 1\n}\n  + 2\nz()', `${L(0)}for await (const v of __ysLoop0.wrap(w)) { __ysLoop0.received(v); x = {\n a: 1\n}\n  + 2 } ${E(0)}\nz()`],
    ['{ for await (const v of w) return\nv }', `{ ${L(0)}for await (const v of __ysLoop0.wrap(w)) { __ysLoop0.received(v); return } ${E(0)}\nv }`],
    ['for await (a of b) for await (c of d) e;', `${L(0)}for await (a of __ysLoop0.wrap(b)) { __ysLoop0.received(a); ${L(1)}for await (c of __ysLoop1.wrap(d)) { __ysLoop1.received(c); e; } ${E(1)} } ${E(0)}`],
  ];
  for (const [source, expected] of cases) assert.strictEqual(wrapForAwait(source, 'W', null, 'L'), expected, source);
});

test('every body form runs as written and reports each value it received', async () => {
  const source = `
    const g = (p) => ({ [Symbol.asyncIterator]() { let k = 0; return { next() {
      k++; const r = { get done() { return k > 2; }, get value() { return p + k; } };
      return { then(f) { f(r); } };
    } }; } });
    (async () => {
      const o = {};
      for await (const v of g("")) if (v === "2") console.log("big", v)
      else console.log("small", v)
      lab: for await (const {length} of g("ab")) for (;;) { console.log(length); continue lab; }
      for await (o.k of g("o")) console.log(
        o.k)
    })();`;
  assert.deepStrictEqual((await run('countdown', {}, source)).filter((l) => !l.includes('next_called')), [
    '0 value_received "1"', '0 log "small 1"', '0 value_received "2"', '0 log "big 2"', '0 done null',
    '0 value_received "ab1"', '0 log "3"', '0 value_received "ab2"', '0 log "3"', '0 done null',
    '0 value_received "o1"', '0 log "o1"', '0 value_received "o2"', '0 log "o2"', '0 done null',
  ]);
});

test('a loop of any body form prints what it prints unwatched', async () => {
  const bodies = [
    'for await (let x of g()) x++\nconsole.log("after")',
    'let a = 0\nfor await (const x of g()) a = x\n+ 10\nconsole.log(a)',
    'for await (const x of g()) lbl: { console.log(x); break lbl; }',
    'for await (const x of g()) console.log(`t\n${x}`)\nconsole.log("end")',
    'out: for (const k of [1, 2]) for await (const x of g()) { if (x === 2) continue out; console.log(k, x) }',
    'switch (1) { case 1: for await (const x of g()) console.log(x)\n default: console.log("d") }',
    'for await (const x of g()) if (x) ; else console.log("no")\nconsole.log("e")',
    'for await (const {a = 5} of [{}]) console.log(a)',
    'for await (const x of g()) f(() =>\n x)\nfunction f(h) { console.log("f", h()) }',
    'for await (const x of g()) try { throw x } catch (e) { console.log("c", e) }\nconsole.log("z")',
    'const arr = []; for await ([arr[0], arr[1]] of [[1, 2]]) console.log(arr)',
    'for await (const x of g()) for await (const [y] of [[x]]) console.log(y)\nconsole.log("z")',
  ];
  for (const body of bodies) {
    const source = `async function* g() { yield 1; yield 2; }\n(async () => {\n${body}\n})();`;
    const logs = async (wrap) => (await run('countdown', {}, source, wrap)).filter((l) => l.includes(' log '));
    assert.deepStrictEqual(await logs(true), await logs(false), body);
  }
});

test('a step only the program could tell is reported by the loop body, asking the program nothing more', async () => {
  const source = `
    let reads = 0;
    const it = { [Symbol.asyncIterator]() { let k = 0; return { next() {
      const r = { get done() { reads++; return k > 1; }, get value() { reads++; return k++; } };
      return { then(resolve) { reads++; resolve(r); } };
    } }; } };
    (async () => { for await (const v of it) console.log(v); console.log("reads", reads); })();`;
  assert.deepStrictEqual(await run('countdown', {}, source), [
    '0 next_called null', '0 value_received 0', '0 log "0"', '0 next_called null', '0 value_received 1',
    '0 log "1"', '0 next_called null', '0 done null', '0 log "reads 8"',
  ]);
});

// Runs the command line on a listing text.
function cli(listing, demo, params) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'harness-'));
  try {
    const file = path.join(dir, 'listing.js');
    fs.writeFileSync(file, listing);
    const args = [HARNESS, '--demo', demo, '--listing', file, '--params', JSON.stringify(params)];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    return { status: r.status, lines: r.stdout.split('\n').filter(Boolean), stderr: r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('command line prints JSON Lines and exits 0', () => {
  const params = { users: 7, pageSize: 3, latency: 300, breakAfter: 4 };
  const r = cli(render('pagination', params), 'pagination', params);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.lines.length, 22);
  assert.strictEqual(r.lines[0], '{"seq":0,"t":0,"actor":"consumer","kind":"next_called","value":null}');
  assert.strictEqual(r.lines[5], '{"seq":5,"t":300,"actor":"consumer","kind":"value_received","value":{"id":1,"name":"user1"}}');
});

test('command line rejects bad invocations with exit 2', () => {
  const listing = render('countdown', { from: 1, ms: 5 });
  const bad = [
    ['nope', { from: 1, ms: 5 }],
    ['countdown', { from: 1 }],
    ['countdown', { from: 1, ms: 5.5 }],
    ['countdown', { from: 1, ms: 5, extra: 1 }],
    ['countdown', [1, 5]],
  ];
  for (const [demo, params] of bad) {
    const r = cli(listing, demo, params);
    assert.strictEqual(r.status, 2, JSON.stringify([demo, params]));
    assert.strictEqual(r.lines.length, 0);
    assert.match(r.stderr, /^harness: [^\n]+\n$/);
  }
  for (const args of [[], ['--demo', 'countdown'], ['--demo', 'countdown', '--listing', '/nonexistent', '--params', '{}'],
    ['--demo', 'countdown', '--listing', HARNESS, '--params', '{']]) {
    const r = spawnSync(process.execPath, [HARNESS, ...args], { encoding: 'utf8' });
    assert.strictEqual(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^harness: [^\n]+\n$/);
  }
});

test('a listing that throws still prints its trace and exits 1', () => {
  const r = cli('console.log("before"); setTimeout(() => console.log("never"), 5); throw new Error("bad");', 'countdown', { from: 1, ms: 1 });
  assert.strictEqual(r.status, 1);
  assert.deepStrictEqual(r.lines.map((l) => JSON.parse(l).kind), ['log', 'awaiting']);
  assert.match(r.stderr, /^harness: listing threw: Error: bad\n$/);
});

test('an unhandled rejection stops the run like it stops node', () => {
  const r = cli(`
    setTimeout(() => console.log("late"), 20);
    (async () => { await new Promise((r) => setTimeout(r, 10)); throw new Error("boom"); })();`, 'countdown', { from: 1, ms: 1 });
  assert.strictEqual(r.status, 1);
  assert.deepStrictEqual(r.lines.map((l) => { const e = JSON.parse(l); return `${e.t} ${e.kind} ${e.value}`; }), [
    '0 awaiting setTimeout 20', '0 awaiting setTimeout 10', '10 settled setTimeout 10',
  ]);
  assert.match(r.stderr, /^harness: unhandled rejection: Error: boom\n$/);
});

// Runs the harness in --batch mode on `requests` (objects, or raw lines as strings).
function batch(requests) {
  const input = requests.map((r) => (typeof r === 'string' ? r : JSON.stringify(r)) + '\n').join('');
  const r = spawnSync(process.execPath, [HARNESS, '--batch'], { input, encoding: 'utf8' });
  return { status: r.status, answers: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: r.stderr };
}

test('batch mode answers each request in order, as the single run does', () => {
  const cases = [
    ['pagination', { users: 7, pageSize: 3, latency: 300, breakAfter: 4 }],
    ['countdown', { from: 3, ms: 500 }],
    ['range', { from: 1, to: 3, delay: 1000 }],
  ];
  const r = batch(cases.map(([demo, params], k) => ({ id: `set ${k}`, demo, params, source: render(demo, params) })));
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.answers.length, cases.length);
  cases.forEach(([demo, params], k) => {
    assert.strictEqual(r.answers[k].id, `set ${k}`);
    assert.strictEqual(r.answers[k].error, null);
    const single = cli(render(demo, params), demo, params).lines.map((l) => JSON.parse(l));
    assert.ok(single.length > 0);
    assert.deepStrictEqual(r.answers[k].events, single);
  });
});

test('batch runs are isolated: globals, built-ins, clock and errors do not leak', () => {
  const r = batch([
    // Changes everything a program can reach, ends late and with pending timers and an error.
    { id: 1, source: `
        leaked = 42; globalThis.alsoLeaked = 1; Array.prototype.extra = "x";
        const then = Promise.prototype.then;
        Promise.prototype.then = function (...a) { console.log("patched"); return then.apply(this, a); };
        JSON.parse = () => "patched"; Math.answer = 42;
        setTimeout(() => console.log("late"), 5000);
        setTimeout(() => { throw new Error("first run fails"); }, 6000);
        setTimeout(() => console.log("never"), 7000);` },
    // Sees the world fresh: nothing above is visible and its clock starts at 0.
    { id: 2, source: `
        console.log(typeof leaked, typeof alsoLeaked, [].extra, JSON.parse("2"), Math.answer);
        Promise.resolve(1).then((v) => console.log("then", v));
        setTimeout(() => console.log("own timer"), 10);` },
  ]);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.answers.length, 2);
  assert.match(r.answers[0].error, /first run fails/);
  const lines = (answer) => answer.events.map((e) => `${e.t} ${e.kind} ${e.value}`);
  // The first run's own world was patched (its JSON.parse), and its clock reached 6000 ms.
  assert.strictEqual(r.answers[0].events.at(-1).t, 6000);
  assert.strictEqual(r.answers[1].error, null);
  assert.deepStrictEqual(lines(r.answers[1]), [
    '0 log undefined undefined undefined 2 undefined', '0 awaiting setTimeout 10', '0 log then 1',
    '10 settled setTimeout 10', '10 log own timer',
  ]);
});

test('batch mode answers bad requests and goes on', () => {
  const r = batch([
    'not json', '[1]', { id: 'a', demo: 'nope', source: '1' }, { id: 'b', demo: 'countdown', params: { from: 1 }, source: '1' },
    { id: 'c', params: { from: 1 }, source: '1' }, { id: 'd' }, { id: 'e', source: '1', extra: true },
    { id: 'f', listing: '/nonexistent/listing.js' }, { id: 'g', source: 'console.log("fine")' },
  ]);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.deepStrictEqual(r.answers.map((a) => a.id), [null, null, 'a', 'b', 'c', 'd', 'e', 'f', 'g']);
  for (const a of r.answers.slice(0, -1)) {
    assert.match(a.error, /^bad request: [^\n]+$/);
    assert.deepStrictEqual(a.events, []);
  }
  assert.strictEqual(r.answers.at(-1).error, null);
  assert.strictEqual(r.answers.at(-1).events[0].value, 'fine');
});

test('batch mode stops when a run changes the shared globals for good', () => {
  const r = batch([{ id: 1, source: 'Object.freeze(Array.prototype);' }, { id: 2, source: 'console.log(1)' }]);
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.answers.length, 1);
  assert.match(r.stderr, /^harness: a run changed the shared globals for good: [^\n]+\n$/);
});
