async function* pairs() {
  yield [1, "one"];
  yield [2, "two"];
}
(async () => {
  for await (const [n, word] of pairs()) console.log(n, word);
  for await (const { id, name } of (async function* () { yield { id: 7, name: "seven" }; })()) console.log(id, name);
})();
