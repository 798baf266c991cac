const later = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  for await (const v of [later("slow", 30), later("fast", 10), later("mid", 20)]) console.log(v);
})();
