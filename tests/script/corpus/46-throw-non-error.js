async function* g() {
  yield 1;
  throw { code: 7 };
}
(async () => {
  try {
    for await (const x of g()) console.log(x);
  } catch (e) {
    console.log("caught code", e.code);
  }
})();
