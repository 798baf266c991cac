// plain node
// Result objects whose `done` and `value` are getters that log and count: each is read by the
// loop once a step (and `value` not at all once `done`), whether next() gives a promise or not.
const reads = { done: 0, value: 0 };
const result = (k, done) => ({
  get done() { reads.done++; console.log("read done", k); return done; },
  get value() { reads.value++; console.log("read value", k); return k * 10; },
});
const iterable = (wrapInPromise) => ({
  [Symbol.asyncIterator]() {
    let step = 0;
    return {
      next() {
        const k = step++;
        const r = result(k, k >= 2);
        return wrapInPromise ? Promise.resolve(r) : r;
      },
    };
  },
});
(async () => {
  for await (const v of iterable(true)) console.log("got", v);
  for await (const v of iterable(false)) console.log("got", v);
  console.log("done read", reads.done, "times, value read", reads.value, "times");
})();
(async () => {
  for (let i = 0; i < 12; i++) { await null; console.log("tick", i); }
})();
