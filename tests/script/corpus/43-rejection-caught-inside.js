async function* g() {
  try {
    await Promise.reject(new Error("inner"));
  } catch (e) {
    yield "recovered from " + e.message;
  }
}
(async () => {
  for await (const x of g()) console.log(x);
})();
