const it = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next() {
        if (i === 2) throw new Error("next exploded");
        return Promise.resolve({ value: i++, done: false });
      },
    };
  },
};
(async () => {
  try {
    for await (const v of it) console.log(v);
  } catch (e) {
    console.log("caught", e.message);
  }
})();
