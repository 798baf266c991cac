// plain node
// consumer errors: 2
// Steps only the program's code can tell (a thenable from next(), a thenable a sync generator
// yields) that reject: the loop throws, the program catches it, and each loop records an error.
const iterable = {
  [Symbol.asyncIterator]() {
    let step = 0;
    return {
      next() {
        const k = step++;
        return {
          then(resolve, reject) {
            if (k < 1) resolve({ value: k, done: false });
            else reject(new Error("the thenable says no"));
          },
        };
      },
    };
  },
};
function* late() {
  yield 1;
  yield { then(resolve, reject) { reject(new Error("too late")); } };
  yield 3;
}
(async () => {
  try {
    for await (const v of iterable) console.log("got", v);
  } catch (e) {
    console.log("caught", e.message);
  }
  try {
    for await (const v of late()) console.log("got", v);
  } catch (e) {
    console.log("caught", e.message);
  }
  console.log("after both");
})();
