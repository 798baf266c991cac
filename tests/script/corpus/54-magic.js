async function* chain(n) {
  let v = 0;
  for (let i = 0; i < n; i++) {
    v = await magic(v);
    yield v;
  }
}
(async () => {
  for await (const v of chain(3)) console.log("magic gave", v);
})();
