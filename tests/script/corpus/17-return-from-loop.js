async function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    await new Promise((r) => setTimeout(r, 5));
    console.log("generator finally");
  }
}
async function first() {
  for await (const x of g()) {
    return x * 10;
  }
}
first().then((v) => console.log("first gave", v));
