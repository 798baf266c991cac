async function* g() {
  const v = await { then(r) { console.log("thenable then"); r(5); } };
  yield v;
}
(async () => {
  for await (const v of g()) console.log(v);
})();
(async () => {
  for (let i = 0; i < 4; i++) { await null; console.log("tick", i); }
})();
