const thenable = (v) => ({ then(resolve) { console.log("then of", v); resolve(v * 2); } });
(async () => {
  for await (const v of [thenable(1), thenable(2)]) console.log(v);
})();
