async function* every(label, ms, n) {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, ms));
    yield label + i;
  }
}
async function* merge(...sources) {
  const its = sources.map((s) => s[Symbol.asyncIterator]());
  const pending = new Map(its.map((it, k) => [k, it.next().then((r) => ({ r, k }))]));
  while (pending.size) {
    const { r, k } = await Promise.race(pending.values());
    if (r.done) { pending.delete(k); continue; }
    pending.set(k, its[k].next().then((r2) => ({ r: r2, k })));
    yield r.value;
  }
}
(async () => {
  for await (const v of merge(every("a", 30, 2), every("b", 20, 3))) console.log(v);
})();
