async function* g() {
  yield 1;
  yield 2;
}
(async () => {
  const it = g();
  await it.next();
  try {
    await it.throw(new Error("from outside"));
  } catch (e) {
    console.log("caller caught", e.message);
  }
  console.log(JSON.stringify(await it.next()));
})();
