async function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("producer finally");
  }
}
(async () => {
  try {
    for await (const x of g()) {
      if (x === 1) JSON.parse("{nope");
    }
  } catch (e) {
    console.log("caught", e.name);
  }
})();
