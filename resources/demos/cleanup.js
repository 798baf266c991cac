async function* withCleanup() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("cleanup ran");
  }
}

async function main() {
  let count = 0;
  for await (const value of withCleanup()) {
    console.log(value);
    {{breakLine}}
  }
}
main();
