let range = {
  from: {{from}},
  to: {{to}},

  async *[Symbol.asyncIterator]() {
    for (let value = this.from; value <= this.to; value++) {
      // a pause between values: waiting
      await new Promise(resolve => setTimeout(resolve, {{delay}}));

      yield value;
    }
  }
};

(async () => {
  for await (let value of range) {
    console.log(value);
  }
})();
