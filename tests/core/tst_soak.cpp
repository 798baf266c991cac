// SPDX-License-Identifier: MIT
// Soak: a run of ten million events stays within the memory budget of 32 bytes an event, by
// the trace's own accounting and by what the process really allocates and keeps resident, and
// gives all of it back when the run is reset.
//
// Memory figures only mean something with the real allocator, so this test is left out of the
// sanitizer run (label `soak`): AddressSanitizer replaces malloc, pads every block with red
// zones and holds freed memory in quarantine.
#include "core/demos/demo.hpp"
#include "core/demos/engine.hpp"
#include "core/trace/block_arena.hpp"

#include <QTest>

#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <optional>

using namespace ys;

namespace {

constexpr double kBytesPerEvent = 32;
constexpr std::size_t kMiB = std::size_t{1} << 20;

// Bytes the process has allocated and not given back: the allocator's (heap and mmapped
// blocks) and the big stores' huge-page mappings, which bypass the allocator.
std::size_t allocatedBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd + BlockArena::mappedBytes();
}

// Resident memory that belongs to no file, from /proc/self/statm (resident minus shared, in
// pages): the heap and anonymous mappings, not the code pages a first run brings in.
std::size_t residentBytes()
{
    std::FILE* statm = std::fopen("/proc/self/statm", "r");
    if (statm == nullptr) return 0;
    unsigned long size = 0;
    unsigned long resident = 0;
    unsigned long shared = 0;
    const int read = std::fscanf(statm, "%lu %lu %lu", &size, &resident, &shared);
    std::fclose(statm);
    return read == 3 ? (resident - shared) * static_cast<std::size_t>(sysconf(_SC_PAGESIZE)) : 0;
}

Params soakParams()
{
    // Five events a user and six a page: 2,000,000 users in pages of 1,000 make 10,012,001
    // events; every user brings two values that never repeat (the user, its name).
    Params p = findDemo("pagination")->defaults();
    p.setInteger("users", 2'000'000);
    p.setInteger("pageSize", 1'000);
    return p;
}

} // namespace

class TestSoak : public QObject {
    Q_OBJECT

private slots:
    void tenMillionEventsStayWithinBudgetAndResetGivesItBack()
    {
        const Demo& demo = *findDemo("pagination");
        // A short run first, so that the baseline already holds what any first run sets up
        // once (the demos' line tables, the free lists, the allocator's arenas).
        Params warmUp = soakParams();
        warmUp.setInteger("users", 10'000);
        Engine(demo, warmUp).runToEnd();

        std::optional<Engine> engine;
        engine.emplace(demo, soakParams());
        malloc_trim(0);
        const std::size_t allocatedBefore = allocatedBytes();
        const std::size_t residentBefore = residentBytes();
        QVERIFY(residentBefore > 0);

        const std::size_t events = engine->runToEnd();
        QVERIFY(engine->finished());
        QVERIFY2(events >= 10'000'000, qPrintable(QString::number(events)));

        // The trace's own accounting: everything it holds, chunk and table slack included.
        const auto traceBytes = static_cast<double>(engine->trace().bytesUsed());
        QVERIFY2(traceBytes / static_cast<double>(events) <= kBytesPerEvent,
                 qPrintable(QString("%1 bytes per event").arg(traceBytes / static_cast<double>(events))));

        // What the process holds, measured from outside the trace. The fixed slack covers what
        // is not the trace: the page of users being handed out (1,000 users), the coroutine
        // frames and promises alive at the end, the allocator's own headers, and the free lists
        // that recycle promise states (at most 1,024 blocks each) - together well under 4 MiB.
        const double budget = static_cast<double>(events) * kBytesPerEvent + 4.0 * kMiB;
        malloc_trim(0);
        const double allocatedGrowth =
            static_cast<double>(allocatedBytes()) - static_cast<double>(allocatedBefore);
        const double residentGrowth =
            static_cast<double>(residentBytes()) - static_cast<double>(residentBefore);
        qInfo("%zu events: trace %.1f, allocated %.1f, resident %.1f bytes per event", events,
              traceBytes / static_cast<double>(events), allocatedGrowth / static_cast<double>(events),
              residentGrowth / static_cast<double>(events));
        QVERIFY2(allocatedGrowth <= budget, qPrintable(QString("allocated %1 bytes").arg(allocatedGrowth)));
        QVERIFY2(residentGrowth <= budget, qPrintable(QString("resident %1 bytes").arg(residentGrowth)));
        // The measurements see the run: a trace this size cannot hide in the slack (the empty
        // trace's first blocks were allocated before the baseline, hence not all of it).
        QVERIFY(allocatedGrowth >= 0.9 * traceBytes);

        // Reset: a new run of the same demo, as the window's reset does. The old run's memory
        // goes back: the allocator's count to within 256 KiB (its bookkeeping), the resident
        // pages to within 4 MiB (pages the allocator keeps because a live block sits on them,
        // and its top pad) - about 1% of the run's 320 MB.
        engine.reset();
        engine.emplace(demo, soakParams());
        malloc_trim(0);
        const auto allocatedAfter = static_cast<double>(allocatedBytes());
        const auto residentAfter = static_cast<double>(residentBytes());
        qInfo("after reset: allocated %+.0f KiB, resident %+.0f KiB from the baseline",
              (allocatedAfter - static_cast<double>(allocatedBefore)) / 1024.0,
              (residentAfter - static_cast<double>(residentBefore)) / 1024.0);
        QVERIFY2(allocatedAfter <= static_cast<double>(allocatedBefore) + 0.25 * kMiB,
                 qPrintable(QString("allocated %1 bytes after reset").arg(allocatedAfter)));
        QVERIFY2(residentAfter <= static_cast<double>(residentBefore) + 4.0 * kMiB,
                 qPrintable(QString("resident %1 bytes after reset").arg(residentAfter)));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
