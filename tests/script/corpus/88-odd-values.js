// generator values that JSON cannot hold as such: undefined, null, NaN, -0, Infinity, big numbers, BigInt, Symbol, nested, long and unicode strings
async function* g() {
  yield undefined;
  yield null;
  yield NaN;
  yield -0;
  yield Infinity;
  yield 2 ** 53 + 1;
  yield 1e21;
  yield 123456789012345678901234567890n;
  yield Symbol("tag");
  yield [undefined, NaN, [1, [2, [3, [4, [5]]]]], { a: undefined, b: null }];
  yield { nested: { deeper: { deepest: { bottom: [1n === 1n] } } } };
  yield "x".repeat(120);
  yield "line one\nline two\ttab \u00e9\u{1F600} \"quoted\" 'single'";
  yield "\u0000\u001f\u2028";
}
(async () => {
  for await (const v of g()) console.log(v);
})();
