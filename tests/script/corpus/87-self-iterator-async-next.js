// Symbol.asyncIterator returning the same object, whose next is an async function and whose return is async too
const source = {
  i: 0,
  [Symbol.asyncIterator]() { return this; },
  async next() {
    await null;
    this.i++;
    return this.i > 4 ? { done: true, value: "end" } : { done: false, value: this.i * 10 };
  },
  async return(v) {
    console.log("return called with", v);
    return { done: true, value: v };
  },
};
(async () => {
  for await (const v of source) console.log("first loop", v);
  source.i = 0;
  for await (const v of source) {
    console.log("second loop", v);
    if (v === 20) break;
  }
  for await (const v of source) console.log("third loop", v);
})();
