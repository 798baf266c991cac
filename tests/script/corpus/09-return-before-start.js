async function* g() {
  console.log("never");
  yield 1;
}
const it = g();
it.return("early").then((r) => console.log(JSON.stringify(r)));
it.next().then((r) => console.log(JSON.stringify(r)));
