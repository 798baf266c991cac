async function* asyncSequence(start, end) {
    for (let i = start; i <= end; i++) {
        yield new Promise((resolve, reject) => {
            setTimeout(() => {
                resolve(i);
            }, {{ms}});
        });
    }
}

(async () => {
    let seq = asyncSequence({{start}}, {{end}});

    for await (const num of seq) {
        console.log(num);
    }
})();
