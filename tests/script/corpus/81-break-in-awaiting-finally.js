// break inside try/finally inside the loop body, whose finally awaits before the loop closes the generator
async function* g() {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    console.log("generator finally");
  }
}
(async () => {
  for await (const v of g()) {
    try {
      console.log("got", v);
      if (v === 2) break;
    } finally {
      console.log("body finally", v);
      await new Promise((r) => setTimeout(r, 10));
      console.log("body finally awaited", v);
    }
  }
  console.log("after loop");
})();
