async function* g() {
  yield 1;
  yield 2;
}
(async () => {
  try {
    for await (const x of g()) {
      console.log(x);
      if (x === 1) break;
    }
  } finally {
    await new Promise((r) => setTimeout(r, 7));
    console.log("consumer finally");
  }
})();
