// SPDX-License-Identifier: MIT
// Memory for the trace's big stores (events, value texts), handed out in blocks that live until
// clear(). A small store gets exactly the blocks it asks for. Once a store holds a few megabytes
// its blocks are carved from 2 MiB-aligned mappings that ask the kernel for transparent huge
// pages: a long run fills hundreds of megabytes of new memory, and taking it in 4 KiB pages
// costs a page fault each - on a virtual machine more than the recording itself (190 MB:
// about 580 ms in 4 KiB pages, 15 ms in 2 MiB pages, measured on the 2-core build machine).
#pragma once

#include <cstddef>
#include <vector>

namespace ys {

class BlockArena {
public:
    // A store switches to huge-page mappings once it holds this much.
    static constexpr std::size_t kHugePage = std::size_t{2} << 20;

    BlockArena() = default;
    BlockArena(const BlockArena&) = delete;
    BlockArena& operator=(const BlockArena&) = delete;
    BlockArena(BlockArena&& other) noexcept;
    BlockArena& operator=(BlockArena&& other) noexcept;
    ~BlockArena() { clear(); }

    // `bytes` of uninitialised memory, aligned to 16 bytes, valid until clear(). Blocks are
    // meant to be a power of two in size (or a multiple of kHugePage) so that none of a
    // mapping goes unused.
    char* take(std::size_t bytes);
    // Gives every block back to the system.
    void clear();
    // Bytes this arena holds from the system, unused tails included.
    std::size_t bytesReserved() const { return reserved_; }

    // Bytes that every arena of the process holds in huge-page mappings now (they are not
    // the allocator's, so malloc's statistics do not see them).
    static std::size_t mappedBytes();

private:
    struct Region {
        char* base;
        std::size_t size;
        bool mapped; // from mapHugePages, else from operator new
    };

    std::vector<Region> regions_;
    char* next_ = nullptr; // the free tail of the region blocks are carved from
    std::size_t left_ = 0; // its length
    std::size_t reserved_ = 0;
};

} // namespace ys
