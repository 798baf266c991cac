async function streamText(url) {
  const res = await fetch(url);
  const decoder = new TextDecoder();
  let received = 0;
  for await (const chunk of res.body) {
    received += chunk.length;
    process.stdout.write(decoder.decode(chunk{{streamOption}}));
  }
  console.log(`\nReceived ${received} bytes`);
}
streamText("/text");
