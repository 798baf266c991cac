async function* g() {
  yield 1;
}
(async () => {
  const it = g();
  await it.next();
  const r = await it.return(new Promise((res) => setTimeout(() => res("late"), 20)));
  console.log(JSON.stringify(r));
})();
