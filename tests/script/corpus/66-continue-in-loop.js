async function* g() {
  for (let i = 0; i < 5; i++) yield i;
}
(async () => {
  for await (const v of g()) {
    if (v % 2) continue;
    console.log("even", v);
  }
})();
