class Deck {
  constructor(cards) { this.cards = cards; }
  async *[Symbol.asyncIterator]() {
    for (const c of this.cards) {
      await new Promise((r) => setTimeout(r, 5));
      yield c;
    }
  }
}
(async () => {
  for await (const card of new Deck(["A", "K", "Q"])) console.log(card);
})();
