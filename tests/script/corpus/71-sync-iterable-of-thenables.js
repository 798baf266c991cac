// plain node
// for await over a sync iterable whose values are thenables, subclassed promises and results
// with getters: each `then` is called once, each getter read once.
class LoudPromise extends Promise {
  then(onFulfilled, onRejected) {
    console.log("LoudPromise then");
    return super.then(onFulfilled, onRejected);
  }
}
const thenable = (v) => ({
  get then() {
    console.log("read then", v);
    return (resolve) => { console.log("then called", v); resolve(v); };
  },
});
(async () => {
  for await (const v of [thenable(1), LoudPromise.resolve(2), thenable(3), 4]) console.log("got", v);
  const iterator = {
    [Symbol.iterator]() {
      let k = 0;
      return {
        next() {
          const step = k++;
          return {
            get done() { console.log("read done", step); return step >= 2; },
            get value() { console.log("read value", step); return thenable(step); },
          };
        },
      };
    },
  };
  for await (const v of iterator) console.log("got", v);
})();
(async () => {
  for (let i = 0; i < 30; i++) { await null; console.log("tick", i); }
})();
