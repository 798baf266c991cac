async function* inner() {
  yield 1;
  throw new Error("inner broke");
}
async function* outer() {
  try {
    yield* inner();
  } catch (e) {
    console.log("outer caught", e.message);
    yield "recovered";
  }
}
(async () => {
  for await (const x of outer()) console.log(x);
})();
