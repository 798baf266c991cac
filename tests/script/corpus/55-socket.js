const socket = connect(3, 40);
socket.on("message", (m) => console.log("got", m));
socket.on("close", () => console.log("closed", socket.connected));
