// engine-made error
async function* g() {
  yield 1;
  const o = null;
  yield o.missing;
}
(async () => {
  try {
    for await (const x of g()) console.log(x);
  } catch (e) {
    console.log("caught", e instanceof TypeError);
  }
})();
