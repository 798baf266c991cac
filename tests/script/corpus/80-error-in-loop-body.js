// an error thrown from the for-await loop body: the loop calls return() and the generator's finally runs (and awaits)
async function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("finally");
    await new Promise((r) => setTimeout(r, 20));
    console.log("finally done");
  }
}
(async () => {
  try {
    for await (const v of g()) {
      console.log("got", v);
      if (v === 1) throw new RangeError("body failed");
    }
  } catch (e) {
    console.log("caught", e.name, e.message);
  }
})();
