// engine-made error
(async () => {
  try {
    for await (const x of 42) console.log(x);
  } catch (e) {
    console.log("caught", e.constructor.name);
  }
})();
