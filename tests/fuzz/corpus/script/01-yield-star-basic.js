async function* inner() {
  yield 1;
  yield 2;
}
async function* outer() {
  yield 0;
  yield* inner();
  yield 3;
}
(async () => {
  for await (const x of outer()) console.log(x);
  console.log("end");
})();
