async function* every(label, ms, n) {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, ms));
    yield label + i;
  }
}
async function loop(label, ms, n) {
  for await (const v of every(label, ms, n)) console.log(v);
  console.log(label, "done");
}
loop("x", 10, 3);
loop("y", 15, 2);
