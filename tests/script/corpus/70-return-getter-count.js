// plain node
// An iterator whose `next` and `return` are getters that log and count: the loop reads `next`
// once, and `return` once when it leaves early (and not at all when it runs to the end).
let nextReads = 0;
let returnReads = 0;
const iterable = (withReturn) => ({
  [Symbol.asyncIterator]() {
    let step = 0;
    return {
      get next() {
        nextReads++;
        console.log("read next");
        return () => Promise.resolve({ value: step++, done: step > 3 });
      },
      get return() {
        returnReads++;
        console.log("read return");
        if (!withReturn) return undefined;
        return () => {
          console.log("return called");
          return Promise.resolve({ value: "closed", done: true });
        };
      },
    };
  },
});
(async () => {
  for await (const v of iterable(true)) { console.log("got", v); if (v === 1) break; }
  for await (const v of iterable(false)) { console.log("got", v); if (v === 0) break; }
  for await (const v of iterable(true)) console.log("got", v);
  try {
    for await (const v of iterable(true)) { console.log("got", v); throw new Error("out"); }
  } catch (e) {
    console.log("caught", e.message);
  }
  console.log("next read", nextReads, "times, return read", returnReads, "times");
})();
(async () => {
  for (let i = 0; i < 16; i++) { await null; console.log("tick", i); }
})();
