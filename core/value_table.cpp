#include "value_table.hpp"

#include <cstring>
#include <stdexcept>

namespace ys {
std::uint64_t ValueTable::hashOf(std::string_view s)
{
    // Eight bytes at a time, mixed by multiplication: values are short, and this is per event.
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, s.data() + i, 8);
        h = (h ^ word) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

ValueTable::ValueTable() { clear(); }

void ValueTable::clear()
{
    arena_.clear();
    offsets_.assign(1, 0);
    slots_.assign(64, 0);
    intern("null");
}

std::string_view ValueTable::text(std::uint32_t id) const
{
    return std::string_view(arena_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
}

std::size_t ValueTable::slotFor(std::string_view json, std::uint64_t hash) const
{
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i] != 0 && text(slots_[i] - 1) != json)
        i = (i + 1) & mask;
    return i;
}

std::uint32_t ValueTable::intern(std::string_view json)
{
    const std::uint64_t hash = hashOf(json);
    std::size_t slot = slotFor(json, hash);
    if (slots_[slot] != 0) return static_cast<std::uint32_t>(slots_[slot]) - 1;

    if (arena_.size() + json.size() > 0xFFFFFFF0u) throw std::length_error("value table full");
    const auto id = static_cast<std::uint32_t>(size());
    arena_.append(json);
    offsets_.push_back(static_cast<std::uint32_t>(arena_.size()));
    slots_[slot] = (hash & 0xFFFFFFFF00000000ull) | (id + 1);
    if (size() * 2 > slots_.size()) grow();
    return id;
}

void ValueTable::grow()
{
    // Rehash from the kept hash bits alone: the index comes from the same high half.
    std::vector<std::uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint64_t entry : old) {
        if (entry == 0) continue;
        std::size_t i = (entry >> 32) & mask;
        while (slots_[i] != 0)
            i = (i + 1) & mask;
        slots_[i] = entry;
    }
}

std::size_t ValueTable::bytesUsed() const
{
    return arena_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) +
           slots_.capacity() * sizeof(std::uint64_t);
}

} // namespace ys
