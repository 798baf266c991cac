async function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("finally");
  }
}
const it = g();
it.next().then((r) => console.log("first", JSON.stringify(r)));
it.return(42).then((r) => console.log("return", JSON.stringify(r)));
it.next().then((r) => console.log("after", JSON.stringify(r)));
