// plain node
// Values the loop receives whose getters and toJSON log: recording them reads neither (the
// trace keeps their data properties), while Dates and bytes keep their usual form.
const seen = [];
async function* values() {
  yield { id: 1, get secret() { seen.push("secret"); console.log("read secret"); return 42; } };
  yield { id: 2, toJSON() { seen.push("toJSON"); console.log("toJSON called"); return "two"; } };
  yield [1, { get nested() { console.log("read nested"); return 3; } }];
  yield new Date(0);
  yield new Uint8Array([1, 2, 3]);
  yield new Proxy({}, { ownKeys() { console.log("ownKeys trap"); return []; }, get() { console.log("get trap"); } });
}
(async () => {
  for await (const v of values()) console.log("got", typeof v);
  for await (const v of [{ get lazy() { console.log("read lazy"); return 1; } }]) console.log("got", typeof v);
  console.log("getters and toJSON ran", seen.length, "times");
})();
