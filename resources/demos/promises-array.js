const urls = {{urls}};

async function main() {
  for await (const res of urls.map((u) => fetch(u))) {
    console.log(res.status, res.url);
  }
  const all = await Promise.all(urls.map(fetch));
  console.log("all", all.length);
}
main();
