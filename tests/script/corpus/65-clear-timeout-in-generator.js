async function* timeoutRace(ms) {
  const timer = setTimeout(() => console.log("should not fire"), ms * 2);
  await new Promise((r) => setTimeout(r, ms));
  clearTimeout(timer);
  yield "cleared";
}
(async () => {
  for await (const v of timeoutRace(20)) console.log(v);
})();
