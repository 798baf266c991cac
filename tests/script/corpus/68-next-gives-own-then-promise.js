// plain node
// next() hands out promises with a `then` of their own: a subclass that logs its `then`, and a
// native promise with an own `then` that logs. The loop alone decides how often each is used.
// (Its `constructor` is left alone: Node's Promise.prototype.then, which the Node harness
// watches with, reads it.)
class LoudPromise extends Promise {
  then(onFulfilled, onRejected) {
    console.log("LoudPromise then");
    return super.then(onFulfilled, onRejected);
  }
}
let ownThenCalls = 0;
function tagged(result) {
  const p = Promise.resolve(result);
  p.then = function (onFulfilled, onRejected) {
    ownThenCalls++;
    console.log("own then");
    return Promise.prototype.then.call(this, onFulfilled, onRejected);
  };
  return p;
}
const iterable = {
  [Symbol.asyncIterator]() {
    let step = 0;
    return {
      next() {
        const k = step++;
        const result = k < 4 ? { value: k, done: false } : { value: undefined, done: true };
        return k % 2 === 0 ? LoudPromise.resolve(result) : tagged(result);
      },
    };
  },
};
(async () => {
  for await (const v of iterable) console.log("got", v);
  console.log("own then called", ownThenCalls, "times");
})();
(async () => {
  for (let i = 0; i < 16; i++) { await null; console.log("tick", i); }
})();
