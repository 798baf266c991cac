function* g() {
  yield 1;
  yield Promise.resolve(2);
  yield 3;
}
(async () => {
  for await (const v of g()) console.log(v);
})();
