async function* g() {
  try {
    yield 1;
  } finally {
    throw new Error("finally failed");
  }
}
(async () => {
  try {
    for await (const x of g()) {
      console.log(x);
      break;
    }
  } catch (e) {
    console.log("caught", e.message);
  }
})();
