async function* every(label, ms) {
  for (let i = 0; ; i++) {
    await new Promise((r) => setTimeout(r, ms));
    yield label + i;
  }
}
(async () => {
  const a = every("a", 30);
  const b = every("b", 20);
  for (let round = 0; round < 3; round++) {
    const winner = await Promise.race([a.next(), b.next()]);
    console.log("winner", winner.value);
  }
  await a.return();
  await b.return();
  console.log("closed");
})();
