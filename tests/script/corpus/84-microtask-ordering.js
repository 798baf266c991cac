// queueMicrotask, promise jobs and setTimeout(0) interleaved with an async generator's steps
async function* g() {
  console.log("g start");
  queueMicrotask(() => console.log("micro from g"));
  yield 1;
  setTimeout(() => console.log("timeout from g"), 0);
  Promise.resolve().then(() => console.log("then from g"));
  yield 2;
  await null;
  console.log("g after await");
}
setTimeout(() => console.log("timeout 0 top"), 0);
queueMicrotask(() => console.log("micro top"));
(async () => {
  for await (const v of g()) {
    console.log("body", v);
    queueMicrotask(() => console.log("micro body", v));
    await null;
    console.log("body after await", v);
  }
  console.log("loop done");
})();
Promise.resolve().then(() => console.log("then top 1")).then(() => console.log("then top 2")).then(() => console.log("then top 3"));
