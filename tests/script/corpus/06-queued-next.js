async function* g() {
  console.log("start");
  yield 1;
  console.log("between");
  yield 2;
}
const it = g();
const a = it.next();
const b = it.next();
const c = it.next();
a.then((r) => console.log("a", JSON.stringify(r)));
b.then((r) => console.log("b", JSON.stringify(r)));
c.then((r) => console.log("c", JSON.stringify(r)));
console.log("queued");
