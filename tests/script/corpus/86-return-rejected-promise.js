// an async generator that returns a rejected promise: the return awaits it and the loop sees the rejection
async function* g() {
  yield 1;
  return Promise.reject(new Error("returned rejection"));
}
(async () => {
  try {
    for await (const v of g()) console.log("got", v);
    console.log("not reached");
  } catch (e) {
    console.log("caught", e.message);
  }
  const it = g();
  console.log(JSON.stringify(await it.next()));
  await it.next().then((r) => console.log("fulfilled", JSON.stringify(r)), (e) => console.log("rejected", e.message));
  console.log(JSON.stringify(await it.next()));
})();
