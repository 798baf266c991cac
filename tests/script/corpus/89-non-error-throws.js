// values that are not Error objects thrown through the loop: a string, an object, null, undefined, a number
const throwers = ["a string", { code: 42, message: "object with message" }, { code: 7 }, null, undefined, 0];
async function* g(what) {
  yield "before";
  throw what;
}
(async () => {
  for (const what of throwers) {
    try {
      for await (const v of g(what)) console.log("got", v);
    } catch (e) {
      console.log("caught", typeof e, e);
    }
  }
})();
