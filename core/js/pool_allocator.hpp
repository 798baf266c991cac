// SPDX-License-Identifier: MIT
// An allocator that recycles blocks of one size through a per-thread free list. A run creates
// and drops a promise state for every next() the loop calls - millions of blocks of the same
// size, few alive at a time - and reusing the last freed block is much cheaper than malloc.
// Each list keeps at most kKeep blocks, so what it holds on to stays small whatever the run.
#pragma once

#include "core/trace/address_sanitizer.hpp"

#include <cstddef>
#include <new>

namespace ys {

template <std::size_t Size, std::size_t Align>
class FreeList {
public:
    static constexpr std::size_t kKeep = 1024;

    FreeList() = default;
    FreeList(const FreeList&) = delete;
    FreeList& operator=(const FreeList&) = delete;
    ~FreeList()
    {
        closed_ = true;
        while (head_ != nullptr) {
            Node* next = head_->next;
            ::operator delete (static_cast<void*>(head_), std::align_val_t{Align});
            head_ = next;
        }
    }

    static FreeList& local()
    {
        thread_local FreeList list;
        return list;
    }

    void* take()
    {
        if (head_ == nullptr) return ::operator new (Size, std::align_val_t{Align});
        Node* node = head_;
        head_ = node->next;
        --count_;
        return node;
    }

    // A block freed after this thread's list is gone (by a static destroyed late) goes to
    // the heap.
    static void release(void* block)
    {
        if (closed_) {
            ::operator delete (block, std::align_val_t{Align});
            return;
        }
        local().give(block);
    }

    void give(void* block)
    {
        if (count_ == kKeep) {
            ::operator delete (block, std::align_val_t{Align});
            return;
        }
        head_ = ::new (block) Node{head_};
        ++count_;
    }

private:
    struct Node {
        Node* next;
    };
    static_assert(Size >= sizeof(Node));
    static constinit thread_local bool closed_;
    Node* head_ = nullptr;
    std::size_t count_ = 0;
};

template <std::size_t Size, std::size_t Align>
constinit thread_local bool FreeList<Size, Align>::closed_ = false;

// Under AddressSanitizer every block goes to the heap, so that a use after free stays visible.
#if YS_ADDRESS_SANITIZER
inline constexpr bool kPooling = false;
#else
inline constexpr bool kPooling = true;
#endif

template <class T>
struct PoolAllocator {
    using value_type = T;

    PoolAllocator() = default;
    template <class U>
    PoolAllocator(const PoolAllocator<U>&) noexcept // implicit: shared_ptr rebinds it to its block
    {
    }

    using List = FreeList<(sizeof(T) < sizeof(void*) ? sizeof(void*) : sizeof(T)),
                          (alignof(T) < alignof(void*) ? alignof(void*) : alignof(T))>;

    T* allocate(std::size_t n)
    {
        if (n != 1 || !kPooling)
            return static_cast<T*>(::operator new (n * sizeof(T), std::align_val_t{alignof(T)}));
        return static_cast<T*>(List::local().take());
    }
    void deallocate(T* p, std::size_t n)
    {
        if (n != 1 || !kPooling) {
            ::operator delete (static_cast<void*>(p), std::align_val_t{alignof(T)});
            return;
        }
        List::release(p);
    }

    friend bool operator==(const PoolAllocator&, const PoolAllocator&) { return true; }
};

} // namespace ys
