#include "value_table.hpp"

#include <stdexcept>

namespace ys {
namespace {

std::uint64_t hashOf(std::string_view s)
{
    // FNV-1a: short keys, no need for more.
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

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
    if (slots_[slot] != 0) return slots_[slot] - 1;

    if (arena_.size() + json.size() > 0xFFFFFFF0u) throw std::length_error("value table full");
    const auto id = static_cast<std::uint32_t>(size());
    arena_.append(json);
    offsets_.push_back(static_cast<std::uint32_t>(arena_.size()));
    slots_[slot] = id + 1;
    if (size() * 2 > slots_.size()) grow();
    return id;
}

void ValueTable::grow()
{
    std::vector<std::uint32_t> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, 0);
    for (std::uint32_t entry : old) {
        if (entry == 0) continue;
        const std::string_view t = text(entry - 1);
        slots_[slotFor(t, hashOf(t))] = entry;
    }
}

std::size_t ValueTable::bytesUsed() const
{
    return arena_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) +
           slots_.capacity() * sizeof(std::uint32_t);
}

} // namespace ys
