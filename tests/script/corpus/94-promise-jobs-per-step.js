// how many promise jobs each step takes, counted by a ticker: await of a value, of a promise, of a thenable, an async function returning a promise, an async generator's return of a promise and of a thenable, next() of a generator parked at an await
let tick = 0;
let ticking = true;
function ticker() {
  if (!ticking) return;
  tick++;
  Promise.resolve().then(ticker);
}
const thenable = { then(resolve) { resolve("t"); } };
async function returnsPromise() { return Promise.resolve("p"); }
async function* gen() {
  yield 1;
  await null;
  yield Promise.resolve(2);
  return Promise.resolve(3);
}
async function measure(label, fn) {
  const start = tick;
  await fn();
  console.log(label, tick - start);
}
(async () => {
  ticker();
  await measure("await value", async () => { await 1; });
  await measure("await promise", async () => { await Promise.resolve(1); });
  await measure("await thenable", async () => { await thenable; });
  await measure("async fn returning promise", () => returnsPromise());
  const it = gen();
  await measure("next to first yield", () => it.next());
  await measure("next through await to yield of promise", () => it.next());
  await measure("next to return of promise", () => it.next());
  await measure("next when done", () => it.next());
  await measure("return of promise before start", () => gen().return(Promise.resolve("r")));
  await measure("return of thenable before start", () => gen().return(thenable));
  const parked = gen();
  await parked.next();
  await measure("return at a yield", () => parked.return("x"));
  await measure("Promise.all of two next()", () => { const g = gen(); return Promise.all([g.next(), g.next()]); });
  ticking = false;
})();
