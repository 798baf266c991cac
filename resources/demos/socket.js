async function* socketMessages(socket) {
  const messages = [];
  let resolve;

  socket.on('message', (msg) => {
    messages.push(msg);
    resolve?.();
  });

  socket.on('close', () => resolve?.());

  while (socket.connected) {
    if (messages.length === 0) {
      await new Promise(r => resolve = r);
    }
    while (messages.length) {
      yield messages.shift();
    }
  }
}

async function main() {
  const socket = connect({{count}}, {{interval}}); // {{count}} messages, one every {{interval}} ms
  for await (const msg of socketMessages(socket)) {
    await new Promise((r) => setTimeout(r, {{work}})); // handling takes {{work}} ms
    console.log("handled", msg);
  }
}
main();
