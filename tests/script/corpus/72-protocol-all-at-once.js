// plain node
// Every part of the protocol logs: the iterator methods, the result getters, the thenables and
// the `return` getter, with a break and an early return from inside the loop.
let returnReads = 0;
const log = (...a) => console.log(...a);
function source(name) {
  let k = 0;
  return {
    [Symbol.asyncIterator]() {
      log(name, "asyncIterator");
      return {
        next() {
          const step = k++;
          log(name, "next", step);
          const result = {
            get done() { log(name, "read done", step); return step >= 3; },
            get value() { log(name, "read value", step); return step; },
          };
          if (step % 2 === 0) return { then(resolve) { log(name, "then", step); resolve(result); } };
          return Promise.resolve(result);
        },
        get return() {
          returnReads++;
          log(name, "read return");
          return (v) => { log(name, "return", v); return { then(resolve) { log(name, "return then"); resolve({ done: true }); } }; };
        },
      };
    },
  };
}
async function firstTwo(name) {
  for await (const v of source(name)) {
    log(name, "body", v);
    if (v === 1) return "early";
  }
  return "end";
}
(async () => {
  log("a gives", await firstTwo("a"));
  outer: for await (const v of source("b")) {
    for await (const w of source("c")) {
      log("pair", v, w);
      if (w === 1) continue outer;
    }
  }
  log("return read", returnReads, "times");
})();
(async () => {
  for (let i = 0; i < 30; i++) { await null; log("tick", i); }
})();
