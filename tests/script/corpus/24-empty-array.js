(async () => {
  for await (const v of []) console.log(v);
  console.log("nothing");
})();
