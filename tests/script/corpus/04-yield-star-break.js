async function* inner() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("inner finally");
  }
}
async function* outer() {
  try {
    yield* inner();
  } finally {
    console.log("outer finally");
  }
}
(async () => {
  for await (const x of outer()) {
    console.log(x);
    break;
  }
  console.log("after");
})();
