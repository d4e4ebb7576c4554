#pragma once
// A bump allocator: a document's nodes, attributes and strings live and die
// together, so they are carved from large blocks and freed at once.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rampa {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(std::size_t size, std::size_t align = alignof(std::max_align_t)) {
    std::size_t p = aligned(align);
    if (p + size > capacity_) {
      grow(size + align);
      p = aligned(align);
    }
    used_ = p + size;
    return block_ + p;
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
  }

  template <class T>
  T* make_array(std::size_t n) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    T* p = static_cast<T*>(allocate(sizeof(T) * (n ? n : 1), alignof(T)));
    for (std::size_t i = 0; i < n; ++i) new (p + i) T{};
    return p;
  }

  std::string_view copy(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  std::size_t bytes_reserved() const noexcept { return reserved_; }

 private:
  // The offset of the next free byte at this alignment in memory (blocks
  // themselves are only aligned for max_align_t).
  std::size_t aligned(std::size_t align) const noexcept {
    const auto base = reinterpret_cast<std::uintptr_t>(block_);
    return ((base + used_ + align - 1) & ~(std::uintptr_t{align} - 1)) - base;
  }

  void grow(std::size_t at_least) {
    std::size_t size = next_block_;
    if (size < at_least) size = at_least;
    // Blocks stop growing at 2 MiB, under the size from which malloc maps
    // fresh pages from the kernel for every page audited (see
    // keep_freed_memory_between_pages): the blocks of the last page serve
    // the next.
    if (next_block_ < (std::size_t{2} << 20)) next_block_ *= 2;
    blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(size));
    block_ = reinterpret_cast<char*>(blocks_.back().get());
    capacity_ = size;
    used_ = 0;
    reserved_ += size;
  }

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  char* block_ = nullptr;
  std::size_t used_ = 0, capacity_ = 0, reserved_ = 0;
  std::size_t next_block_ = 64 * 1024;
};

}  // namespace rampa
