// SPDX-License-Identifier: MIT
// The trace's block memory: exact blocks while a store is small, huge-page mappings once it is
// big (Linux, outside the sanitizers), every block usable and apart from the others, and all of
// it given back by clear() and by the arena's end.
#include "core/trace/address_sanitizer.hpp"
#include "core/trace/block_arena.hpp"
#include "core/trace/chunked_vector.hpp"

#include <QTest>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

using namespace ys;

namespace {

#if defined(__linux__) && !YS_ADDRESS_SANITIZER
constexpr bool kMapsHugePages = true;
#else
constexpr bool kMapsHugePages = false;
#endif

constexpr std::size_t kMiB = std::size_t{1} << 20;

} // namespace

class TestBlockArena : public QObject {
    Q_OBJECT

private slots:
    void blocksAreAlignedApartAndWritable_data()
    {
        QTest::addColumn<int>("blockBytes");
        QTest::addColumn<int>("blocks");
        // Unused memory at most: blocks that divide a huge page leave the tail of the last
        // mapping and of the exact blocks before the switch; a block bigger than a huge page
        // leaves what is left of its own mapping (usable only by smaller blocks).
        QTest::addColumn<int>("maxUnused");
        const int huge = static_cast<int>(BlockArena::kHugePage);
        QTest::newRow("one byte") << 1 << 10 << 0;
        QTest::newRow("64 KiB chunks past the huge-page size") << (64 << 10) << 100 << 2 * huge;
        QTest::newRow("1 MiB blocks") << (1 << 20) << 9 << 2 * huge;
        QTest::newRow("3 MiB texts, more than a huge page each") << (3 << 20) << 4 << 4 * (1 << 20);
    }

    void blocksAreAlignedApartAndWritable()
    {
        QFETCH(int, blockBytes);
        QFETCH(int, blocks);
        QFETCH(int, maxUnused);
        const auto bytes = static_cast<std::size_t>(blockBytes);
        BlockArena arena;
        std::vector<char*> taken;
        for (int i = 0; i < blocks; ++i) {
            char* block = arena.take(bytes);
            QVERIFY(block != nullptr);
            QCOMPARE(reinterpret_cast<std::uintptr_t>(block) % 16, std::uintptr_t{0});
            std::memset(block, i + 1, bytes); // a block that overlaps another would spoil it
            taken.push_back(block);
        }
        for (int i = 0; i < blocks; ++i) {
            const char* block = taken[static_cast<std::size_t>(i)];
            QCOMPARE(block[0], static_cast<char>(i + 1));
            QCOMPARE(block[bytes - 1], static_cast<char>(i + 1));
        }
        const std::size_t used = bytes * static_cast<std::size_t>(blocks);
        QVERIFY(arena.bytesReserved() >= std::max<std::size_t>(used, 16));
        QVERIFY2(arena.bytesReserved() <=
                     std::max<std::size_t>(used, std::size_t{16} * 10) + static_cast<std::size_t>(maxUnused),
                 qPrintable(QString::number(arena.bytesReserved())));
    }

    void smallArenasTakeExactlyWhatTheyAskFor()
    {
        const std::size_t before = BlockArena::mappedBytes();
        BlockArena arena;
        arena.take(256 << 10);
        arena.take(256 << 10);
        QCOMPARE(arena.bytesReserved(), std::size_t{512} << 10);
        QCOMPARE(BlockArena::mappedBytes(), before);
    }

    void bigArenasMapHugePagesAndClearGivesThemBack()
    {
        const std::size_t before = BlockArena::mappedBytes();
        {
            BlockArena arena;
            for (int i = 0; i < 64; ++i)
                arena.take(256 << 10); // 16 MiB
            if (kMapsHugePages) {
                // The first seven blocks (1.75 MiB) are taken exactly; the other 57 come from
                // eight 2 MiB mappings, the last of them a quarter used.
                QCOMPARE(BlockArena::mappedBytes() - before, 16 * kMiB);
                QCOMPARE(arena.bytesReserved(), 16 * kMiB + 7 * (kMiB / 4));
            } else {
                QCOMPARE(arena.bytesReserved(), 16 * kMiB);
                QCOMPARE(BlockArena::mappedBytes(), before);
            }
            BlockArena moved(std::move(arena));
            // NOLINTNEXTLINE(bugprone-use-after-move): a moved-from arena is empty, and says so
            QCOMPARE(arena.bytesReserved(), std::size_t{0});
            QVERIFY(moved.bytesReserved() >= 16 * kMiB);
            moved.clear();
            QCOMPARE(moved.bytesReserved(), std::size_t{0});
            QCOMPARE(BlockArena::mappedBytes(), before);
            moved.take(16); // usable again after clear()
        }
        QCOMPARE(BlockArena::mappedBytes(), before);
    }

    void chunkedVectorKeepsItsElementsAcrossTheSwitch()
    {
        // 1,000,000 four-byte elements in 64 KiB chunks: 4 MiB, half of them in huge pages.
        ChunkedVector<std::uint32_t, 14> values;
        for (std::uint32_t i = 0; i < 1'000'000; ++i)
            values.push_back(i * 7);
        const ChunkedVector<std::uint32_t, 14> copy = values;
        for (std::uint32_t i = 0; i < 1'000'000; i += 4'999) {
            QCOMPARE(values[i], i * 7);
            QCOMPARE(copy[i], i * 7);
        }
        QCOMPARE(copy.size(), values.size());
        values.clear();
        QCOMPARE(values.size(), std::size_t{0});
        QCOMPARE(copy.back(), std::uint32_t{999'999 * 7});
    }
};

QTEST_APPLESS_MAIN(TestBlockArena)
#include "tst_block_arena.moc"
