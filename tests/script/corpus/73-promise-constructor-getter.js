// plain node
// node harness reads constructor
// next() hands out native promises whose `constructor` is a getter that logs: awaiting one
// reads it once (to see whether it is a plain Promise), and the embedded engine's watching reads
// it never. The Node harness watches with Promise.prototype.then, which reads it once more, so
// its trace must differ from the embedded engine's.
let reads = 0;
function tagged(result) {
  const p = Promise.resolve(result);
  Object.defineProperty(p, "constructor", {
    get() { reads++; console.log("read constructor"); return Promise; },
  });
  return p;
}
const iterable = {
  [Symbol.asyncIterator]() {
    let step = 0;
    return { next: () => tagged(step < 2 ? { value: step++, done: false } : { value: undefined, done: true }) };
  },
};
(async () => {
  for await (const v of iterable) console.log("got", v);
  console.log("constructor read", reads, "times");
})();
(async () => {
  for (let i = 0; i < 6; i++) { await null; console.log("tick", i); }
})();
