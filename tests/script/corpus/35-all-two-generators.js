async function* nums(start) {
  yield start;
  yield start + 1;
}
(async () => {
  const a = nums(1);
  const b = nums(10);
  const r = await Promise.all([a.next(), b.next(), a.next(), b.next(), a.next()]);
  console.log(JSON.stringify(r.map((x) => x.value)));
})();
