// plain node
// A for await's body in every form it can take: without braces (if/else, while, do-while, try,
// a labelled loop continuing the outer label), without `;`, over several lines (a call going on
// after a line break, `return` alone on its line), with a destructured or property variable;
// the values come from results with getters behind thenables, so only the loop's code can tell
// them, and each loop ends on such a step.
const source = (name, count) => ({
  [Symbol.asyncIterator]() {
    let k = 0;
    return {
      next() {
        k++;
        const r = { get done() { return k > count; }, get value() { return { name, k, list: [name, k] }; } };
        return { then(resolve) { resolve(r); } };
      },
    };
  },
});
const holder = {};
async function forms() {
  for await (const v of source("if", 2)) if (v.k > 1) console.log("big", v.k)
  else console.log("small", v.k)
  for await (const { name, k } of source("pattern", 2)) while (false) console.log("never"), name, k
  for await (const { list: [name, k] } of source("array", 1)) do console.log(name, k); while (false)
  outer: for await (holder.last of source("property", 2)) for (;;) { console.log(holder.last.k); continue outer; }
  for await (const v of source("try", 1)) try { console.log(v.name) } finally { console.log("finally") }
  for await (const v of source("lines", 2)) console
    .log(
      v.name,
      v.k)
  console.log("after lines")
}
async function early() {
  for await (const v of source("return", 3)) if (v.k === 2) return
  else console.log("kept", v.k)
  console.log("never");
}
(async () => {
  await forms();
  await early();
  console.log("all done");
})();
