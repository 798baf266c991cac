// SPDX-License-Identifier: MIT
#include "core/demos/compare_pairs.hpp"

#include <algorithm>

namespace ys {

const Demo* ComparePair::Side::findDemo() const { return ys::findDemo(demo); }

Params ComparePair::Side::params(const Demo& d) const
{
    Params p = d.defaults();
    for (const std::string& assignment : assignments)
        p.assign(assignment);
    return p;
}

const std::vector<ComparePair>& comparePairs()
{
    static const std::vector<ComparePair> pairs{
        // One demo holds both the for-await loop and Promise.all; what differs is the order of
        // the latencies, which only for await is sensitive to.
        {"promises-order",
         "An array of promises: the slowest first or last",
         "for await hands the responses over in array order: a slow first request holds back the fast "
         "ones. Promise.all, after it, waits for the slowest either way.",
         {{{"promises-array", {"latencies=300,100,200"}, "Slowest first · latencies = 300, 100, 200"},
           {"promises-array", {"latencies=100,200,300"}, "Slowest last · latencies = 100, 200, 300"}}}},
        {"sync-async",
         "A sequence: sync or async",
         "The same numbers: for…of over a sync generator has them all in one instant; for await over "
         "an async generator waits for each promise.",
         {{{"sync", {}, "Sync · function* with for…of"},
           {"sequence", {}, "Async · async function* with for await, 1000 ms each"}}}},
        {"pagination-break",
         "Pagination: read everything or break after 4",
         "break calls return(): the generator stops, and the pages nobody reads are never fetched.",
         {{{"pagination", {}, "Reads every user · breakAfter = 0"},
           {"pagination", {"breakAfter=4"}, "Breaks after 4 users · breakAfter = 4"}}}},
        {"socket-consumer",
         "A socket: a fast or a slow consumer",
         "Messages arrive every 100 ms either way. A slow consumer lets them pile up in the buffer and "
         "finishes long after the socket closed.",
         {{{"socket", {"work=50"}, "Fast consumer · work = 50 ms"},
           {"socket", {"work=250"}, "Slow consumer · work = 250 ms"}}}},
        {"range-generator",
         "range: a hand-written iterator or a generator",
         "The same values at the same times, written two ways. Only the end differs: the hand-written "
         "next() waits once more before it answers done.",
         {{{"range", {}, "Hand-written · async next() returns {done, value}"},
           {"range-generator", {}, "Generator · async *[Symbol.asyncIterator]()"}}}},
    };
    return pairs;
}

int comparePairIndex(std::string_view id)
{
    const std::vector<ComparePair>& pairs = comparePairs();
    const auto it =
        std::find_if(pairs.begin(), pairs.end(), [id](const ComparePair& p) { return p.id == id; });
    return it == pairs.end() ? -1 : static_cast<int>(it - pairs.begin());
}

} // namespace ys
