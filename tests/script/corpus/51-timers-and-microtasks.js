setTimeout(() => console.log("timeout 0"), 0);
setTimeout(() => console.log("timeout 5"), 5);
setTimeout(() => console.log("timeout 0 again"), 0);
Promise.resolve().then(() => console.log("micro 1")).then(() => console.log("micro 2"));
queueMicrotask(() => console.log("queued micro"));
console.log("sync");
