// engine-made error
const it = { [Symbol.asyncIterator]() { return { next: async () => 5 }; } };
(async () => {
  try {
    for await (const v of it) console.log(v);
  } catch (e) {
    console.log("caught", e.constructor.name);
  }
})();
