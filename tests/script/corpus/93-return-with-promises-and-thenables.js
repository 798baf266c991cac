// return() and throw() with promises and thenables: a finally that returns overrides a throw, return(promise) before the start and at a yield, a rejected return, a yielded rejection thrown at the yield and caught inside
async function* g() {
  yield 1;
  try {
    yield 2;
  } finally {
    return "overridden";
  }
}
(async () => {
  const it = g();
  await it.next();
  await it.next();
  console.log(JSON.stringify(await it.throw(new Error("x"))));
  const it2 = g();
  console.log(JSON.stringify(await it2.return(Promise.resolve("resolved before start"))));
  const it3 = g();
  await it3.return(Promise.reject(new Error("rejected return before start"))).catch((e) => console.log("caught", e.message));
  const it4 = g();
  await it4.next();
  await it4.return(Promise.reject(new Error("rejected return at yield"))).catch((e) => console.log("caught 4", e.message));
  const it5 = g(); await it5.next(); await it5.next();
  console.log(JSON.stringify(await it5.return(Promise.reject(new Error("r5")))));
  const thenable = { then(r) { console.log("then called"); r("thenable value"); } };
  const it6 = g();
  console.log(JSON.stringify(await it6.return(thenable)));
  async function* h() { const x = yield Promise.reject(new Error("yielded rejection")); }
  try { for await (const v of h()) console.log(v); } catch (e) { console.log("h", e.message); }
  async function* k() { try { yield Promise.reject(new Error("caught inside")); } catch (e) { console.log("k caught", e.message); yield "after"; } }
  for await (const v of k()) console.log("k", v);
})();
