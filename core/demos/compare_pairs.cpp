// SPDX-License-Identifier: MIT
#include "core/demos/compare_pairs.hpp"

#include "core/text/translatable.hpp"

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
         YS_TRANSLATE_NOOP("ComparePair", "An array of promises: the slowest first or last"),
         YS_TRANSLATE_NOOP(
             "ComparePair",
             "for await hands the responses over in array order: a slow first request holds back the fast "
             "ones. Promise.all, after it, waits for the slowest either way."),
         {{{"promises-array",
            {"latencies=300,100,200"},
            YS_TRANSLATE_NOOP("ComparePair", "Slowest first · latencies = 300, 100, 200")},
           {"promises-array",
            {"latencies=100,200,300"},
            YS_TRANSLATE_NOOP("ComparePair", "Slowest last · latencies = 100, 200, 300")}}}},
        {"sync-async",
         YS_TRANSLATE_NOOP("ComparePair", "A sequence: sync or async"),
         YS_TRANSLATE_NOOP(
             "ComparePair",
             "The same numbers: for…of over a sync generator has them all in one instant; for await over "
             "an async generator waits for each promise."),
         {{{"sync", {}, YS_TRANSLATE_NOOP("ComparePair", "Sync · function* with for…of")},
           {"sequence",
            {},
            YS_TRANSLATE_NOOP("ComparePair", "Async · async function* with for await, 1000 ms each")}}}},
        {"pagination-break",
         YS_TRANSLATE_NOOP("ComparePair", "Pagination: read everything or break after 4"),
         YS_TRANSLATE_NOOP(
             "ComparePair",
             "break calls return(): the generator stops, and the pages nobody reads are never fetched."),
         {{{"pagination", {}, YS_TRANSLATE_NOOP("ComparePair", "Reads every user · breakAfter = 0")},
           {"pagination",
            {"breakAfter=4"},
            YS_TRANSLATE_NOOP("ComparePair", "Breaks after 4 users · breakAfter = 4")}}}},
        {"socket-consumer",
         YS_TRANSLATE_NOOP("ComparePair", "A socket: a fast or a slow consumer"),
         YS_TRANSLATE_NOOP(
             "ComparePair",
             "Messages arrive every 100 ms either way. A slow consumer lets them pile up in the buffer and "
             "finishes long after the socket closed."),
         {{{"socket", {"work=50"}, YS_TRANSLATE_NOOP("ComparePair", "Fast consumer · work = 50 ms")},
           {"socket", {"work=250"}, YS_TRANSLATE_NOOP("ComparePair", "Slow consumer · work = 250 ms")}}}},
        {"range-generator",
         YS_TRANSLATE_NOOP("ComparePair", "range: a hand-written iterator or a generator"),
         YS_TRANSLATE_NOOP(
             "ComparePair",
             "The same values at the same times, written two ways. Only the end differs: the hand-written "
             "next() waits once more before it answers done."),
         {{{"range",
            {},
            YS_TRANSLATE_NOOP("ComparePair", "Hand-written · async next() returns {done, value}")},
           {"range-generator",
            {},
            YS_TRANSLATE_NOOP("ComparePair", "Generator · async *[Symbol.asyncIterator]()")}}}},
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
