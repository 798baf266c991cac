// for await over a sync generator that yields a rejected promise: the loop throws and leaves the sync generator open (Node 20 and SpiderMonkey 102 alike; its finally runs only when the program closes it)
function* g() {
  try {
    yield 1;
    yield Promise.reject(new Error("rejected value"));
    yield 3;
  } finally {
    console.log("sync finally");
  }
}
(async () => {
  const it = g();
  try {
    for await (const v of it) console.log("got", v);
  } catch (e) {
    console.log("caught", e.message);
  }
  console.log("still open:", JSON.stringify(it.next()));
  console.log("closed by hand:", JSON.stringify(it.return("bye")));
})();
