// setInterval feeding a queue, cleared from inside the for await loop that reads it
function ticks(ms) {
  const waiting = [];
  const ready = [];
  let n = 0;
  const id = setInterval(() => {
    n++;
    if (waiting.length) waiting.shift()({ value: n, done: false });
    else ready.push(n);
  }, ms);
  return {
    id,
    [Symbol.asyncIterator]() { return this; },
    next() {
      if (ready.length) return Promise.resolve({ value: ready.shift(), done: false });
      return new Promise((r) => waiting.push(r));
    },
  };
}
(async () => {
  const t = ticks(25);
  for await (const v of t) {
    console.log("tick", v, Date.now() - 1767225600000);
    if (v === 3) {
      clearInterval(t.id);
      break;
    }
  }
  console.log("stopped");
})();
