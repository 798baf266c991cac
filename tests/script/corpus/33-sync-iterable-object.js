const source = {
  *[Symbol.iterator]() {
    yield Promise.resolve("p1");
    yield "plain";
    yield new Promise((r) => setTimeout(() => r("timed"), 3));
  },
};
(async () => {
  for await (const v of source) console.log(v);
})();
