async function* g() {
  yield 1;
  await new Promise((r) => setTimeout(r, 5));
  throw new RangeError("after one");
}
(async () => {
  try {
    for await (const x of g()) console.log(x);
  } catch (e) {
    console.log(e.name, e.message);
  }
})();
