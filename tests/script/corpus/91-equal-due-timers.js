// timers with equal due times created in different orders and from different delays
setTimeout(() => console.log("A: 20 set at 0"), 20);
setTimeout(() => {
  console.log("B: 10 set at 0");
  setTimeout(() => console.log("D: 10 set at 10"), 10);
  setTimeout(() => console.log("E: 0 set at 10"), 0);
}, 10);
setTimeout(() => console.log("C: 20 set at 0, second"), 20);
setTimeout(() => {
  console.log("F: 15 set at 0");
  setTimeout(() => console.log("G: 5 set at 15"), 5);
}, 15);
setTimeout(() => console.log("H: 0 set at 0"));
setTimeout(() => console.log("I: negative"), -5);
setTimeout(() => console.log("J: fractional 19.9"), 19.9);
setTimeout(() => console.log("K: string 20"), "20");
