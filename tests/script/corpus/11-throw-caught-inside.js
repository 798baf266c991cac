async function* g() {
  while (true) {
    try {
      yield "ready";
    } catch (e) {
      console.log("generator caught", e);
      yield "handled";
      return;
    }
  }
}
(async () => {
  const it = g();
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.throw("oops")));
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
})();
