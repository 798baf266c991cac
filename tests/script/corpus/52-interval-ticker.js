async function* ticks(n) {
  let resolve;
  const queue = [];
  let count = 0;
  const id = setInterval(() => {
    count++;
    queue.push(count);
    resolve?.();
    if (count === n) clearInterval(id);
  }, 25);
  while (true) {
    if (queue.length === 0) await new Promise((r) => (resolve = r));
    const v = queue.shift();
    yield v;
    if (v === n) return;
  }
}
(async () => {
  for await (const t of ticks(3)) console.log("tick", t);
})();
