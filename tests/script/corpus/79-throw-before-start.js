// throw() on a generator that has not started: its body never runs, no finally, then it is done
async function* g() {
  try {
    console.log("body runs");
    yield 1;
  } finally {
    console.log("finally runs");
  }
}
(async () => {
  const it = g();
  try {
    await it.throw(new Error("before start"));
  } catch (e) {
    console.log("caught", e.message);
  }
  console.log(JSON.stringify(await it.next()));
  for await (const v of it) console.log("never", v);
  console.log("done");
})();
