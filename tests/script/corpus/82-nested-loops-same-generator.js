// nested for await loops over the same generator object: the inner break closes the generator the outer is also reading
async function* g() {
  try {
    for (let i = 1; i <= 6; i++) yield i;
  } finally {
    console.log("closed");
  }
}
(async () => {
  const it = g();
  for await (const a of it) {
    console.log("outer", a);
    for await (const b of it) {
      console.log("inner", b);
      if (b === 3) break;
    }
    console.log("inner over");
  }
  console.log("outer over", JSON.stringify(await it.next()));
})();
