async function* count(label, n) {
  try {
    for (let i = 0; i < n; i++) yield label + i;
  } finally {
    console.log("close", label);
  }
}
(async () => {
  outer: for await (const a of count("a", 2)) {
    for await (const b of count("b", 3)) {
      if (b === "b1") continue outer;
      console.log(a, b);
    }
  }
})();
