let n = 0;
const result = (v, d) => ({
  get value() { console.log("read value", v); return v; },
  get done() { console.log("read done", d); return d; },
});
const it = {
  [Symbol.asyncIterator]() { return { next: () => Promise.resolve(n < 2 ? result(n++, false) : result(undefined, true)) }; },
};
(async () => {
  for await (const v of it) console.log("body", v);
})();
