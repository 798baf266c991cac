(async () => {
  try {
    for await (const v of [Promise.resolve("ok"), Promise.reject(new Error("bad")), Promise.resolve("never")]) {
      console.log(v);
    }
  } catch (e) {
    console.log("caught", e.message);
  }
})();
