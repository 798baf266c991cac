// for await written in forms a token scanner can trip on: a regular expression after a paren, a division, a template with a loop inside ${}, a comment between tokens, a body without braces ending at a line break, a label, a loop in an arrow's expression body
// plain node
async function* letters(s) {
  for (const c of s) yield c;
}
const re = /}/g;
(async () => {
  let out = "";
  for await (const c of letters("a}b")) if (/}/.test(c)) out += "!"; else out += c
  console.log(out, "a}b".replace(re, "?"), 10 / 2 / 1);
  const t = `${await (async () => { let s = ""; for await (const c of letters("xy")) s += c; return s; })()}-done`;
  console.log(t);
  outer: for await (/* the value */ const c of /* the source */ letters("pq")) {
    for await (const d of letters("12")) {
      if (d === "2") continue outer;
      console.log(c, d);
    }
  }
  const collect = async (s, acc = []) => { for await (const c of letters(s)) acc.push(c); return acc; };
  console.log((await collect("hey")).join("|"));
  let n = 0;
  for await (const [i, c] of letters(["0a", "1b"]).constructor === Object ? [] : [[0, "a"], [1, "b"]]) n += i;
  console.log("n", n)
  for await (const x of letters("z"))
    console.log("next line body", x)
  console.log("end")
})();
