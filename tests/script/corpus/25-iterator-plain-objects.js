const it = {
  i: 0,
  [Symbol.asyncIterator]() { return this; },
  next() {
    this.i++;
    return this.i <= 3 ? { value: this.i, done: false } : { value: undefined, done: true };
  },
};
(async () => {
  for await (const v of it) console.log(v);
})();
