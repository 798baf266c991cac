(async () => {
  for await (const v of [1, Promise.resolve(2), 3, new Promise((r) => setTimeout(() => r(4), 5))]) console.log(v);
})();
(async () => {
  for (let i = 0; i < 6; i++) { await null; console.log("tick", i); }
})();
