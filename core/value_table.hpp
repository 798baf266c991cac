// Interned JSON texts. A trace repeats the same few labels and values many times
// ("setTimeout 500", null, small numbers); each distinct text is stored once, in one arena,
// so an event refers to its value with a 4-byte id.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ys {

class ValueTable {
public:
    static constexpr std::uint32_t kNull = 0; // id of the JSON text "null"

    ValueTable();

    // Returns the id of `json`, adding it when it is new. `json` must be valid JSON text.
    std::uint32_t intern(std::string_view json);
    std::string_view text(std::uint32_t id) const;
    std::size_t size() const { return offsets_.size() - 1; }

    // Bytes held: arena, offsets and hash slots (for the memory benchmark).
    std::size_t bytesUsed() const;
    void clear();

private:
    void grow();
    std::size_t slotFor(std::string_view json, std::uint64_t hash) const;
    static std::uint64_t hashOf(std::string_view s);

    std::string arena_;                  // all texts back to back
    std::vector<std::uint32_t> offsets_; // text i is arena_[offsets_[i], offsets_[i+1])
    // Open addressing: (high half of the hash << 32) | (id + 1); 0 = empty. Keeping the hash in
    // the slot spares reading texts when probing and when growing.
    std::vector<std::uint64_t> slots_;
};

} // namespace ys
