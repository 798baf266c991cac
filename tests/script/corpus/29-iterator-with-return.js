const it = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next: async () => ({ value: i++, done: false }),
      return: async (v) => { console.log("return called"); return { value: v, done: true }; },
    };
  },
};
(async () => {
  for await (const v of it) {
    console.log(v);
    if (v === 2) break;
  }
  console.log("left");
})();
