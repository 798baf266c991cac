async function* users() {
  for (let page = 1; ; page++) {
    const res = await fetch("https://api.example.com/users?page=" + page);
    const body = await res.json();
    yield* body.data;
    if (!body.hasMore) return;
  }
}
(async () => {
  let n = 0;
  for await (const u of users()) {
    if (++n > 7) break;
    console.log(u.name);
  }
})();
