console.log({ a: 1, b: "two", c: [1, 2, { d: null }] });
console.log([undefined, null, true, 1.5, -0, "s"]);
console.log("%s has %d items", "list", 3, "and more");
console.log(new Map([["k", 1]]), new Set(["x"]));
console.log(Symbol("s"), 10n, [[1, [2, [3, [4]]]]]);
console.log(function named() {}, () => {}, class Klass {});
