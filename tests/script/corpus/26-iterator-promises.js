const it = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next: () => new Promise((r) => setTimeout(() => r(i < 2 ? { value: i++, done: false } : { done: true }), 15)),
    };
  },
};
(async () => {
  for await (const v of it) console.log("value", v);
})();
