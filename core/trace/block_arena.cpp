// SPDX-License-Identifier: MIT
#include "core/trace/block_arena.hpp"

#include "core/trace/address_sanitizer.hpp"

#include <atomic>
#include <cstdint>
#include <new>
#include <utility>

#if defined(__linux__) && !YS_ADDRESS_SANITIZER
#include <sys/mman.h>
#define YS_HUGE_PAGES 1
#else
// Elsewhere, and under AddressSanitizer (which watches only the allocator's blocks), every
// region comes from operator new.
#define YS_HUGE_PAGES 0
#endif

namespace ys {
namespace {

std::atomic<std::size_t> mappedTotal{0};

std::size_t roundUp(std::size_t n, std::size_t to) { return (n + to - 1) / to * to; }

#if YS_HUGE_PAGES
// `size` bytes (a multiple of kHugePage) at a kHugePage boundary, so that the kernel can back
// them with huge pages; nullptr when the system has no such mapping to give.
char* mapHugePages(std::size_t size)
{
    constexpr std::size_t align = BlockArena::kHugePage;
    void* raw = mmap(nullptr, size + align, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return nullptr;
    // Trim the mapping to the aligned part: the unaligned head and the tail go back.
    auto* bytes = static_cast<char*>(raw);
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::size_t head = roundUp(start, align) - start;
    char* base = bytes + head;
    if (head > 0) munmap(bytes, head);
    if (align - head > 0) munmap(base + size, align - head);
    madvise(base, size, MADV_HUGEPAGE); // a hint: without it the pages are merely small
    mappedTotal += size;
    return base;
}
#endif

} // namespace

BlockArena::BlockArena(BlockArena&& other) noexcept
    : regions_(std::move(other.regions_)), next_(std::exchange(other.next_, nullptr)),
      left_(std::exchange(other.left_, 0)), reserved_(std::exchange(other.reserved_, 0))
{
    other.regions_.clear();
}

BlockArena& BlockArena::operator=(BlockArena&& other) noexcept
{
    if (this != &other) {
        clear();
        regions_ = std::move(other.regions_);
        other.regions_.clear();
        next_ = std::exchange(other.next_, nullptr);
        left_ = std::exchange(other.left_, 0);
        reserved_ = std::exchange(other.reserved_, 0);
    }
    return *this;
}

char* BlockArena::take(std::size_t bytes)
{
    bytes = roundUp(bytes == 0 ? 1 : bytes, 16);
    if (bytes <= left_) {
        char* block = next_;
        next_ += bytes;
        left_ -= bytes;
        return block;
    }
    // Room first, so that recording the region cannot throw once it is allocated.
    if (regions_.size() == regions_.capacity()) regions_.reserve(2 * regions_.size() + 8);
    Region region{nullptr, bytes, false};
#if YS_HUGE_PAGES
    if (reserved_ + bytes >= kHugePage) {
        region.size = roundUp(bytes, kHugePage);
        region.base = mapHugePages(region.size);
        region.mapped = region.base != nullptr;
    }
#endif
    if (region.base == nullptr) {
        region.size = bytes;
        region.base = static_cast<char*>(::operator new(bytes));
    }
    regions_.push_back(region);
    reserved_ += region.size;
    // Later blocks come from whichever free tail is longer, the old region's or the new one's.
    if (region.size - bytes >= left_) {
        next_ = region.base + bytes;
        left_ = region.size - bytes;
    }
    return region.base;
}

void BlockArena::clear()
{
    for (const Region& region : regions_) {
#if YS_HUGE_PAGES
        if (region.mapped) {
            munmap(region.base, region.size);
            mappedTotal -= region.size;
            continue;
        }
#endif
        ::operator delete(region.base);
    }
    std::vector<Region>().swap(regions_);
    next_ = nullptr;
    left_ = 0;
    reserved_ = 0;
}

std::size_t BlockArena::mappedBytes() { return mappedTotal.load(); }

} // namespace ys
