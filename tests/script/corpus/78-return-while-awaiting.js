// return() called while the generator is suspended at an await: it is queued behind the running next()
async function* g() {
  try {
    console.log("start");
    await new Promise((r) => setTimeout(r, 30));
    yield "a";
    yield "b";
  } finally {
    console.log("finally");
  }
}
(async () => {
  const it = g();
  const p1 = it.next();
  const p2 = it.return("stop");
  const p3 = it.next();
  p1.then((r) => console.log("p1", JSON.stringify(r)));
  p2.then((r) => console.log("p2", JSON.stringify(r)));
  p3.then((r) => console.log("p3", JSON.stringify(r)));
  await Promise.all([p1, p2, p3]);
  console.log("all settled");
})();
