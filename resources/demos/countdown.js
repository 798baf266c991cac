async function* countdown(from, ms) {
  for (let n = from; n > 0; n--) {
    await new Promise((r) => setTimeout(r, ms));
    yield n;
  }
}

async function main() {
  for await (const n of countdown({{from}}, {{ms}})) {
    console.log(n);
  }
  console.log("liftoff");
}
main();
