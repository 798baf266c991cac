async function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("cleaning");
    await new Promise((r) => setTimeout(r, 50));
    console.log("cleaned");
  }
}
(async () => {
  const it = g();
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.return("bye")));
  console.log(JSON.stringify(await it.next()));
})();
