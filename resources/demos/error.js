async function* pages(failAt, ms) {
  for (let page = 1; ; page++) {
    await new Promise((r) => setTimeout(r, ms));
    if (page === failAt) throw new Error("page " + failAt + " failed");
    yield page;
  }
}

async function main() {
  try {
    for await (const page of pages({{failAt}}, {{ms}})) {
      console.log(page);
    }
  } catch (e) {
    console.log("caught: " + e.message);
  }
}
main();
