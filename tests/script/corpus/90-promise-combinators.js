// Promise.all, race, any and allSettled over several generators' next() calls
async function* delayed(name, ms, fail) {
  await new Promise((r) => setTimeout(r, ms));
  if (fail) throw new Error(name + " failed");
  yield name;
}
(async () => {
  const all = await Promise.all([delayed("a", 30).next(), delayed("b", 10).next()]);
  console.log("all", JSON.stringify(all));
  const race = await Promise.race([delayed("c", 30).next(), delayed("d", 10).next()]);
  console.log("race", JSON.stringify(race));
  const any = await Promise.any([delayed("e", 5, true).next(), delayed("f", 20).next()]);
  console.log("any", JSON.stringify(any));
  const settled = await Promise.allSettled([delayed("g", 5, true).next(), delayed("h", 15).next()]);
  console.log("allSettled", settled.map((s) => s.status + ":" + (s.value ? s.value.value : s.reason.message)).join(","));
  try {
    await Promise.any([delayed("i", 5, true).next(), delayed("j", 6, true).next()]);
  } catch (e) {
    console.log("any failed", e.constructor.name, e.errors.map((x) => x.message).join(","));
  }
})();
