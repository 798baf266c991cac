// SPDX-License-Identifier: MIT
// An append-only sequence stored in fixed-size chunks. Unlike std::vector it never copies what
// it holds and never reserves more than one chunk ahead, so a trace of millions of events costs
// what it holds (a doubling vector holds up to twice that, and needs both copies while it
// grows). Elements never move: references stay valid until clear(). Chunks come from a
// BlockArena (huge pages once the sequence is big), so T must be trivially copyable.
#pragma once

#include "core/trace/block_arena.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <type_traits>
#include <vector>

namespace ys {

template <class T, unsigned ChunkBits>
class ChunkedVector {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    static constexpr std::size_t kChunkSize = std::size_t{1} << ChunkBits;

    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T*;
        using reference = const T&;

        const_iterator() = default;
        const_iterator(const ChunkedVector* owner, std::size_t index) : owner_(owner), index_(index) {}

        reference operator*() const { return (*owner_)[index_]; }
        pointer operator->() const { return &(*owner_)[index_]; }
        reference operator[](difference_type n) const
        {
            return (*owner_)[index_ + static_cast<std::size_t>(n)];
        }

        const_iterator& operator++()
        {
            ++index_;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator old = *this;
            ++index_;
            return old;
        }
        const_iterator& operator--()
        {
            --index_;
            return *this;
        }
        const_iterator operator--(int)
        {
            const_iterator old = *this;
            --index_;
            return old;
        }
        const_iterator& operator+=(difference_type n)
        {
            index_ = static_cast<std::size_t>(static_cast<difference_type>(index_) + n);
            return *this;
        }
        const_iterator& operator-=(difference_type n) { return *this += -n; }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b)
        {
            return static_cast<difference_type>(a.index_) - static_cast<difference_type>(b.index_);
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b)
        {
            return a.index_ == b.index_;
        }
        friend auto operator<=>(const const_iterator& a, const const_iterator& b)
        {
            return a.index_ <=> b.index_;
        }

    private:
        const ChunkedVector* owner_ = nullptr;
        std::size_t index_ = 0;
    };

    ChunkedVector() = default;
    ChunkedVector(const ChunkedVector& other) : size_(other.size_)
    {
        chunks_.reserve(other.chunks_.size());
        for (const T* chunk : other.chunks_) {
            addChunk();
            std::copy(chunk, chunk + kChunkSize, chunks_.back());
        }
    }
    ChunkedVector& operator=(const ChunkedVector& other)
    {
        if (this != &other) *this = ChunkedVector(other);
        return *this;
    }
    ChunkedVector(ChunkedVector&& other) noexcept = default;
    ChunkedVector& operator=(ChunkedVector&& other) noexcept = default;
    ~ChunkedVector() = default;

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const T& operator[](std::size_t i) const { return chunks_[i >> ChunkBits][i & (kChunkSize - 1)]; }
    T& operator[](std::size_t i) { return chunks_[i >> ChunkBits][i & (kChunkSize - 1)]; }
    const T& back() const { return (*this)[size_ - 1]; }
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, size_); }

    void push_back(const T& value)
    {
        if ((size_ & (kChunkSize - 1)) == 0 && (size_ >> ChunkBits) == chunks_.size()) addChunk();
        (*this)[size_] = value;
        ++size_;
    }

    // Allocates the chunks for `count` elements now (the list of chunks, not the elements,
    // is the only thing that still grows by doubling).
    void reserve(std::size_t count)
    {
        const std::size_t chunks = (count + kChunkSize - 1) >> ChunkBits;
        chunks_.reserve(chunks);
        while (chunks_.size() < chunks)
            addChunk();
    }

    // Frees every chunk: memory returns to what an empty sequence holds.
    void clear()
    {
        std::vector<T*>().swap(chunks_);
        arena_.clear();
        size_ = 0;
    }

    std::size_t bytesUsed() const { return arena_.bytesReserved() + chunks_.capacity() * sizeof(T*); }

private:
    void addChunk()
    {
        // Storage for trivially copyable elements: writing one begins its lifetime.
        chunks_.push_back(reinterpret_cast<T*>(arena_.take(kChunkSize * sizeof(T))));
    }

    BlockArena arena_;
    std::vector<T*> chunks_;
    std::size_t size_ = 0;
};

} // namespace ys
