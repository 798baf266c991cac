let range = {
  from: {{from}},
  to: {{to}},

  [Symbol.asyncIterator]() {
    return {
      current: this.from,
      last: this.to,

      async next() {
        await new Promise(resolve => setTimeout(resolve, {{delay}}));

        if (this.current <= this.last) {
          return {done: false, value: this.current++};
        } else {
          return {done: true};
        }
      }
    };
  }
};

(async () => {
  for await (let value of range) {
    console.log(value);
  }
})()
