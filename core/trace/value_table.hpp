// SPDX-License-Identifier: MIT
// Interned JSON texts. A trace repeats the same few labels and values many times
// ("setTimeout 500", null, small numbers); a text that recurs is stored once, so an event
// refers to its value with a 4-byte id.
//
// Memory is the budget of a ten-million-event run, and most values of a long run never recur
// (each user of a thousand pages), so no table indexes every text: recurring texts are found
// in a small cache of the recently interned ones (two-way, least recently used out), a lookup
// that stays in the processor's cache. Equal ids mean equal texts; an equal text that comes
// back after thousands of others may get a second id. Texts sit back to back in 1 MiB
// blocks, each behind its length in 7-bit bytes (one byte below 128); an id's index entry is
// 4 bytes.
#pragma once

#include "core/trace/block_arena.hpp"
#include "core/trace/chunked_vector.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace ys {

class ValueTable {
public:
    static constexpr std::uint32_t kNull = 0; // id of the JSON text "null"

    ValueTable();
    // A copy holds the same texts under the same ids.
    ValueTable(const ValueTable& other);
    ValueTable& operator=(const ValueTable& other);
    ValueTable(ValueTable&& other) noexcept = default;
    ValueTable& operator=(ValueTable&& other) noexcept = default;
    ~ValueTable() = default;

    // The id of `json`, which must be valid JSON text: the id it had when it was interned
    // lately, or a new one.
    std::uint32_t intern(std::string_view json);
    // The id of a JSON integer; small ones are found without writing their text.
    std::uint32_t internInteger(std::int64_t n);
    std::string_view text(std::uint32_t id) const;
    std::size_t size() const { return starts_.size(); }

    // Bytes held: text blocks, index and cache (for the memory benchmark).
    std::size_t bytesUsed() const;
    // Forgets every text and frees their memory; "null" stays, as id 0.
    void clear();

private:
    static constexpr unsigned kBlockBits = 20;
    static constexpr std::size_t kBlockSize = std::size_t{1} << kBlockBits;
    static constexpr std::size_t kCacheSets = 8192;      // two entries each: 128 KiB
    static constexpr std::int64_t kSmallIntegers = 1024; // 0 .. 1023 are looked up directly

    static std::uint64_t hashOf(std::string_view s);
    std::uint32_t add(std::string_view json);
    std::uint32_t store(std::string_view json);

    // Texts live at 32-bit positions: position p is byte (p % kBlockSize) of block
    // p / kBlockSize. A text never straddles two allocations: one that does not fit in what
    // is left of a block starts the next; one longer than a block gets an allocation spanning
    // as many blocks' positions as it needs.
    BlockArena arena_;
    std::vector<char*> blocks_;               // where each block's positions are in memory
    std::uint64_t end_ = 0;                   // next free position
    ChunkedVector<std::uint32_t, 14> starts_; // position of text i (its length first)
    // Recently interned texts: (high half of the hash << 32) | (id + 1), 0 = empty; in each
    // set the more recently used entry first.
    std::vector<std::uint64_t> cache_;
    std::vector<std::uint32_t> smallIntegers_; // id + 1 of n, 0 when not seen yet
};

} // namespace ys
