// deep (but allowed) recursion inside a generator, and a chain of generators each looping over the next of generators
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
async function* g() {
  yield depth(3000);
  for await (const v of tree(4)) yield v;
}
async function* tree(n) {
  if (n === 0) {
    yield "leaf";
    return;
  }
  for await (const v of tree(n - 1)) yield v;
}
(async () => {
  for await (const v of g()) console.log(v);
})();
