async function* g() {
  yield 1;
  throw new Error("nobody catches");
}
(async () => {
  for await (const x of g()) console.log(x);
})();
