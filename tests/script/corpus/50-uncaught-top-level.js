console.log("before");
const broken = undefined;
broken.call();
