async function* g() {
  yield 1;
  return "the end";
}
(async () => {
  const it = g();
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
})();
