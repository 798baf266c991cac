async function* fetchAllUsers(baseUrl) {
  let page = 1;
  while (true) {
    const res = await fetch(`${baseUrl}/users?page=${page}`);
    const { data, hasMore } = await res.json();
    for (const user of data) {
      yield user;
    }
    if (!hasMore) return;
    page++;
  }
}

async function listNames() {
  let count = 0;
  for await (const user of fetchAllUsers("https://api.example.com")) {
    console.log(user.name);
    {{breakLine}}
  }
}
listNames();
