// SPDX-License-Identifier: MIT
#include "core/trace/value_table.hpp"

#include <charconv>
#include <cstring>
#include <stdexcept>

namespace ys {
namespace {

constexpr std::uint64_t kPositions = std::uint64_t{1} << 32;

// Texts are stored behind their length, 7 bits a byte (most values take one byte).
std::size_t lengthBytes(std::size_t length)
{
    std::size_t n = 1;
    while (length >= 0x80) {
        length >>= 7;
        ++n;
    }
    return n;
}

} // namespace

std::uint64_t ValueTable::hashOf(std::string_view s)
{
    // Eight bytes at a time, mixed by multiplication: values are short, and this is per event.
    // The last word overlaps the one before it rather than being copied byte by byte.
    const char* p = s.data();
    const std::size_t n = s.size();
    auto load8 = [](const char* at) {
        std::uint64_t word = 0;
        std::memcpy(&word, at, 8);
        return word;
    };
    auto load4 = [](const char* at) {
        std::uint32_t word = 0;
        std::memcpy(&word, at, 4);
        return std::uint64_t{word};
    };
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    std::uint64_t tail = 0;
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            h = (h ^ load8(p + i)) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        tail = load8(p + n - 8);
    } else if (n >= 4) {
        tail = load4(p) | (load4(p + n - 4) << 32);
    } else if (n > 0) {
        tail = static_cast<unsigned char>(p[0]) | (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
               (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
    }
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

ValueTable::ValueTable() { clear(); }

ValueTable::ValueTable(const ValueTable& other) : ValueTable()
{
    // Every text again, in id order and without looking for it: each keeps its id.
    for (std::uint32_t id = 1; id < other.size(); ++id)
        starts_.push_back(store(other.text(id)));
    cache_ = other.cache_;
    smallIntegers_ = other.smallIntegers_;
}

ValueTable& ValueTable::operator=(const ValueTable& other)
{
    if (this != &other) *this = ValueTable(other);
    return *this;
}

void ValueTable::clear()
{
    // Swapping with empty containers, not clearing them, is what gives their memory back.
    arena_.clear();
    std::vector<char*>().swap(blocks_);
    end_ = 0;
    starts_.clear();
    std::vector<std::uint64_t>(2 * kCacheSets, 0).swap(cache_);
    std::vector<std::uint32_t>(kSmallIntegers, 0).swap(smallIntegers_);
    intern("null");
}

std::string_view ValueTable::text(std::uint32_t id) const
{
    const std::uint32_t position = starts_[id];
    const char* p = blocks_[position >> kBlockBits] + (position & (kBlockSize - 1));
    std::size_t length = 0;
    unsigned shift = 0;
    for (;;) {
        const auto byte = static_cast<unsigned char>(*p++);
        length |= static_cast<std::size_t>(byte & 0x7Fu) << shift;
        if (byte < 0x80) break;
        shift += 7;
    }
    return {p, length};
}

std::uint32_t ValueTable::intern(std::string_view json)
{
    const std::uint64_t hash = hashOf(json);
    const std::uint64_t tag = hash & 0xFFFFFFFF00000000ull;
    std::uint64_t* set = &cache_[2 * (hash & (kCacheSets - 1))];
    // The tag settles almost every mismatch without reading the other text.
    for (int way = 0; way < 2; ++way) {
        const std::uint64_t entry = set[way];
        if (entry == 0 || (entry & 0xFFFFFFFF00000000ull) != tag) continue;
        const auto id = static_cast<std::uint32_t>(entry) - 1;
        if (text(id) != json) continue;
        set[1] = set[way == 0 ? 1 : 0];
        set[0] = entry;
        return id;
    }
    const std::uint32_t id = add(json);
    set[1] = set[0];
    set[0] = tag | (std::uint64_t{id} + 1);
    return id;
}

std::uint32_t ValueTable::internInteger(std::int64_t n)
{
    const bool small = n >= 0 && n < kSmallIntegers;
    if (small && smallIntegers_[static_cast<std::size_t>(n)] != 0)
        return smallIntegers_[static_cast<std::size_t>(n)] - 1;
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, n);
    const std::uint32_t id = intern(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
    if (small) smallIntegers_[static_cast<std::size_t>(n)] = id + 1;
    return id;
}

std::uint32_t ValueTable::add(std::string_view json)
{
    if (size() >= 0xFFFFFFFEu) throw std::length_error("value table full");
    const auto id = static_cast<std::uint32_t>(size());
    starts_.push_back(store(json));
    return id;
}

std::uint32_t ValueTable::store(std::string_view json)
{
    const std::size_t prefix = lengthBytes(json.size());
    const std::uint64_t need = prefix + json.size();
    const std::uint64_t allocated = std::uint64_t{blocks_.size()} << kBlockBits;
    if (end_ + need > allocated) {
        const std::uint64_t count = (need + kBlockSize - 1) >> kBlockBits;
        if (allocated + (count << kBlockBits) > kPositions) throw std::length_error("value table full");
        // Uninitialised: the block's pages are only touched as texts fill them.
        char* allocation = arena_.take(count << kBlockBits);
        for (std::uint64_t i = 0; i < count; ++i)
            blocks_.push_back(allocation + (i << kBlockBits));
        end_ = allocated;
    }
    const auto position = static_cast<std::uint32_t>(end_);
    char* p = blocks_[position >> kBlockBits] + (position & (kBlockSize - 1));
    std::size_t length = json.size();
    while (length >= 0x80) {
        *p++ = static_cast<char>(0x80u | (length & 0x7Fu));
        length >>= 7;
    }
    *p++ = static_cast<char>(length);
    if (!json.empty()) std::memcpy(p, json.data(), json.size());
    end_ += need;
    return position;
}

std::size_t ValueTable::bytesUsed() const
{
    return arena_.bytesReserved() + blocks_.capacity() * sizeof(char*) + starts_.bytesUsed() +
           cache_.capacity() * sizeof(std::uint64_t) + smallIntegers_.capacity() * sizeof(std::uint32_t);
}

} // namespace ys
