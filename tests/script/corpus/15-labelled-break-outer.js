async function* count(label, n) {
  try {
    for (let i = 0; i < n; i++) yield label + i;
  } finally {
    await null;
    console.log("close", label);
  }
}
(async () => {
  outer: for await (const a of count("a", 3)) {
    for await (const b of count("b", 3)) {
      console.log(a, b);
      if (b === "b1") break outer;
    }
  }
  console.log("done");
})();
