async function* g() {
  yield new Promise((r) => setTimeout(() => r("from a promise"), 10));
  yield Promise.resolve("already");
}
(async () => {
  for await (const v of g()) console.log(v);
})();
