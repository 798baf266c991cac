async function* g() {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 10 * (3 - i)));
    yield i;
  }
}
const it = g();
for (let k = 0; k < 4; k++) it.next().then((r) => console.log(k, JSON.stringify(r)));
