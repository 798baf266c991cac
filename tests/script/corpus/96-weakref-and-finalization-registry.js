// WeakRef and FinalizationRegistry around a generator's values: deref gives the value back while it is held, a registry registers and unregisters
async function* sessions() {
  for (const id of [1, 2, 3]) yield { id };
}
const registry = new FinalizationRegistry((held) => console.log("finalized", held));
(async () => {
  const refs = [];
  const held = [];
  for await (const s of sessions()) {
    refs.push(new WeakRef(s));
    held.push(s);
    registry.register(s, "session " + s.id, s);
  }
  await new Promise((r) => setTimeout(r, 10));
  console.log(refs.map((r) => r.deref() === held[refs.indexOf(r)]));
  console.log(refs[0].deref(), typeof WeakRef, typeof FinalizationRegistry, Object.prototype.toString.call(refs[0]));
  console.log(registry.unregister(held[0]), registry.unregister(held[0]), registry.unregister({}));
  console.log(refs[1], registry);
  try {
    new WeakRef(1);
  } catch (e) {
    console.log("WeakRef of a number:", e.name);
  }
})();
