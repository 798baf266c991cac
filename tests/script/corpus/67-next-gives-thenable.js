// plain node
// next() hands out a thenable, not a promise: its `then` is read once and called once a step.
let reads = 0;
let calls = 0;
const iterable = {
  [Symbol.asyncIterator]() {
    let step = 0;
    return {
      next() {
        const k = step++;
        return {
          get then() {
            reads++;
            console.log("read then", k);
            return (resolve) => {
              calls++;
              console.log("then called", k);
              resolve(k < 2 ? { value: k, done: false } : { value: "end", done: true });
            };
          },
        };
      },
    };
  },
};
(async () => {
  for await (const v of iterable) console.log("got", v);
  console.log("then read", reads, "times, called", calls, "times");
})();
(async () => {
  for (let i = 0; i < 10; i++) { await null; console.log("tick", i); }
})();
