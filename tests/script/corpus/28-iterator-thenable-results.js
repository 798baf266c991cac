const it = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next() {
        const r = i < 2 ? { value: i++, done: false } : { value: "end", done: true };
        return { then(resolve) { resolve(r); } };
      },
    };
  },
};
(async () => {
  for await (const v of it) console.log(v);
})();
