// SPDX-License-Identifier: MIT
'use strict';
// The for-await rewrite and the watching of the loops, from their one home, the files the
// embedded engine compiles in (core/script/rewrite.js and core/script/watch.js), evaluated in
// this realm, where the harness runs its programs.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const load = (name) => {
  const file = path.join(__dirname, '..', '..', 'core', 'script', name);
  return vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
};
const instrument = load('rewrite.js');
const watcher = load('watch.js');

// Wraps the iterable of every `for await (... of EXPR)` in fn(EXPR, LINE); with syncFn, also the
// iterable of every plain `for (... of EXPR)` in syncFn(EXPR, LINE); with loop, every for await
// gets a handle loop(LINE) instead, which its iterable, its body and its end report to (rewrite.js).
const wrapForAwait = (src, fn = '__ysWrap', syncFn = null, loop = null) =>
  instrument(src, { wrap: fn, wrapSyncLoop: syncFn, cleanup: null, loop }, syncFn !== null);

module.exports = { wrapForAwait, watcher };
