class Ticker {
  constructor(n, ms) { this.n = n; this.ms = ms; }
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next: () => new Promise((r) => setTimeout(() => r(i < this.n ? { value: ++i, done: false } : { done: true }), this.ms)),
    };
  }
}
(async () => {
  for await (const t of new Ticker(3, 40)) console.log("tick", t);
})();
