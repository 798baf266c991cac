// node>=20: differs
async function* inner() { yield "a"; yield "b"; }
async function* outer() { yield* inner(); }
(async () => {
  for await (const x of outer()) console.log("got", x);
})();
(async () => {
  for (let tick = 1; tick <= 8; tick++) {
    await null;
    console.log("tick", tick);
  }
})();
