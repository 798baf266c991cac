async function plain() { return 1; }
async function returnAwait() { return await Promise.resolve(2); }
async function returnPromise() { return Promise.resolve(3); }
plain().then((v) => console.log("plain", v));
returnAwait().then((v) => console.log("return await", v));
returnPromise().then((v) => console.log("return promise", v));
(async () => {
  for (let i = 0; i < 5; i++) { await null; console.log("tick", i); }
})();
