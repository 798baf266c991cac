async function* g() {
  throw new Error("at start");
}
(async () => {
  try {
    for await (const x of g()) console.log(x);
  } catch (e) {
    console.log("caught", e.message);
  }
})();
