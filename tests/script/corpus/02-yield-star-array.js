async function* g() {
  yield* [1, Promise.resolve(2), 3];
}
(async () => {
  for await (const x of g()) console.log(x);
})();
