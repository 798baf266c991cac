// SPDX-License-Identifier: MIT
// The trace's storage: interned texts (lengths across the 7-bit boundaries, texts longer than
// a block, copies that keep ids) and the chunked event store (indexing and iterating across
// chunk boundaries, clearing back to nothing).
#include "core/trace/trace.hpp"
#include "core/trace/value_table.hpp"

#include <QTest>

#include <algorithm>
#include <string>

using namespace ys;

class TestValueTable : public QObject {
    Q_OBJECT

private slots:
    void recurringTextsKeepTheirId()
    {
        ValueTable table;
        QCOMPARE(table.text(ValueTable::kNull), std::string_view("null"));
        QCOMPARE(table.intern("null"), ValueTable::kNull);
        const std::uint32_t a = table.intern(R"("setTimeout 500")");
        const std::uint32_t b = table.intern(R"({"id":1,"name":"user1"})");
        QVERIFY(a != b);
        QCOMPARE(table.intern(R"("setTimeout 500")"), a);
        QCOMPARE(table.text(b), std::string_view(R"({"id":1,"name":"user1"})"));
    }

    void integersWithoutTextAreTheSameValues()
    {
        ValueTable table;
        for (const std::int64_t n : {0LL, 7LL, 1023LL, 1024LL, -3LL, 9'007'199'254'740'991LL}) {
            const std::uint32_t id = table.internInteger(n);
            QCOMPARE(table.text(id), std::string_view(std::to_string(n)));
            QCOMPARE(table.intern(std::to_string(n)), id);
            QCOMPARE(table.internInteger(n), id);
        }
    }

    void textsOfEveryLengthComeBackWhole()
    {
        ValueTable table;
        std::vector<std::pair<std::uint32_t, std::string>> texts;
        // Around the one- and two-byte length boundaries, and longer than a 1 MiB block.
        for (const std::size_t length :
             {std::size_t{0}, std::size_t{1}, std::size_t{127}, std::size_t{128}, std::size_t{16'383},
              std::size_t{16'384}, std::size_t{600'000}, std::size_t{2'500'000}, std::size_t{5}}) {
            std::string text = '"' + std::string(length, static_cast<char>('a' + length % 26)) + '"';
            texts.emplace_back(table.intern(text), std::move(text));
        }
        for (const auto& [id, text] : texts)
            QCOMPARE(table.text(id), std::string_view(text));
    }

    void aCopyKeepsIdsAndTexts()
    {
        ValueTable table;
        std::vector<std::uint32_t> ids;
        ids.reserve(50'000);
        for (int i = 0; i < 50'000; ++i)
            ids.push_back(table.intern("\"user" + std::to_string(i % 40'000) + '"'));
        const ValueTable copy =
            table; // NOLINT(performance-unnecessary-copy-initialization): the copy is tested
        QCOMPARE(copy.size(), table.size());
        for (int i = 0; i < 50'000; i += 997)
            QCOMPARE(copy.text(ids[static_cast<std::size_t>(i)]),
                     table.text(ids[static_cast<std::size_t>(i)]));
    }

    void clearingGivesTheMemoryBack()
    {
        ValueTable table;
        const std::size_t empty = table.bytesUsed();
        for (int i = 0; i < 200'000; ++i)
            table.intern("\"value " + std::to_string(i) + '"');
        QVERIFY(table.bytesUsed() > empty + 2'000'000);
        table.clear();
        QCOMPARE(table.size(), std::size_t{1});
        QCOMPARE(table.bytesUsed(), empty);
    }

    void eventsAcrossChunksIndexAndSearchLikeAVector()
    {
        Trace trace;
        const std::size_t n = 3 * EventStore::kChunkSize + 5;
        for (std::size_t i = 0; i < n; ++i)
            trace.append(static_cast<std::int64_t>(i / 3), Actor::Producer, Kind::Yielded, ValueTable::kNull,
                         static_cast<int>(i % 100));
        const EventStore& events = trace.events();
        QCOMPARE(events.size(), n);
        QCOMPARE(events[EventStore::kChunkSize].t, static_cast<std::int64_t>(EventStore::kChunkSize / 3));
        QCOMPARE(static_cast<std::size_t>(events.end() - events.begin()), n);
        const auto it = std::lower_bound(events.begin(), events.end(), std::int64_t{10'000},
                                         [](const Event& e, std::int64_t t) { return e.t < t; });
        QCOMPARE(static_cast<std::size_t>(it - events.begin()), std::size_t{30'000});
        std::size_t counted = 0;
        for (const Event& e : events)
            counted += e.kind == Kind::Yielded ? 1 : 0;
        QCOMPARE(counted, n);
        const Trace copy = trace; // NOLINT(performance-unnecessary-copy-initialization): the copy is tested
        QCOMPARE(copy[n - 1].line, trace[n - 1].line);
        trace.clear();
        QVERIFY(trace.empty());
        QCOMPARE(copy.size(), n);
    }
};

QTEST_GUILESS_MAIN(TestValueTable)
#include "tst_value_table.moc"
