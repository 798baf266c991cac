async function* g() {
  try {
    yield 1;
  } finally {
    console.log("finally");
  }
}
(async () => {
  try {
    for await (const x of g()) {
      throw new Error("body threw " + x);
    }
  } catch (e) {
    console.log("caught", e.message);
  }
})();
