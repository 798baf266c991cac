// yield inside a finally block while return() is running: the generator yields instead of finishing
async function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("finally starts");
    yield "from finally";
    console.log("finally ends");
  }
}
(async () => {
  const it = g();
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.return("early")));
  console.log(JSON.stringify(await it.next()));
  console.log(JSON.stringify(await it.next()));
  for await (const v of g()) {
    console.log("loop got", v);
    break;
  }
  console.log("after loop");
})();
