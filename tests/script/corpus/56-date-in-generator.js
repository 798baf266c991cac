async function* stamps() {
  const start = Date.now();
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 100));
    yield Date.now() - start;
  }
}
(async () => {
  for await (const ms of stamps()) console.log("elapsed", ms, performance.now());
})();
