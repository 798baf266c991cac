const it = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: async () => ({ value: i++, done: false }) };
  },
};
(async () => {
  for await (const v of it) {
    if (v === 1) break;
    console.log(v);
  }
  console.log("left without return");
})();
