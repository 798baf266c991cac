async function* g() {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 10));
    yield i;
  }
}
const it = g();
(async () => { for await (const v of it) console.log("A", v); })();
(async () => { for await (const v of it) console.log("B", v); })();
