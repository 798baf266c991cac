async function* g() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log("g finally");
  }
}
(async () => {
  const it = g();
  for await (const v of it) {
    console.log("first loop", v);
    break;
  }
  for await (const v of it) console.log("second loop", v);
  console.log("second loop got nothing");
})();
