#pragma once
// A read-only list of pointers to a document's nodes or attributes, in tree
// order, that fetches the objects a few places ahead while it is walked.
// The objects lie in order in the document's arena but hundreds of bytes
// apart, mixed with attributes and texts; on pages far larger than the
// cache, the first read of each one was what a pass over them waited on
// (perf: two thirds of the contrast rules' evaluation at 100,000 elements),
// and the processor's own prefetchers do not follow such strides.
#include <cstddef>
#include <iterator>
#include <span>
#include <vector>

namespace rampa {

// How many objects ahead a pass over a document's nodes asks for memory:
// far enough to cover a fetch from memory while the current ones are
// worked on, near enough that what comes is still in the cache when read.
inline constexpr std::size_t kFetchAhead = 6;

template <class T>
class InOrder {
 public:
  static constexpr std::size_t kAhead = kFetchAhead;

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = const T*;
    using difference_type = std::ptrdiff_t;
    using pointer = const T* const*;
    using reference = const T* const&;

    iterator() = default;
    iterator(const T* const* at, const T* const* end) : at_(at), end_(end) {
      for (std::size_t k = 0; k < kAhead && at_ + k < end_; ++k) __builtin_prefetch(at_[k]);
    }
    reference operator*() const { return *at_; }
    iterator& operator++() {
      ++at_;
      if (end_ - at_ > static_cast<std::ptrdiff_t>(kAhead)) __builtin_prefetch(at_[kAhead]);
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const iterator& o) const { return at_ == o.at_; }

   private:
    const T* const* at_ = nullptr;
    const T* const* end_ = nullptr;
  };

  InOrder() = default;
  InOrder(std::span<const T* const> items) : items_(items) {}  // NOLINT: implicit by design
  InOrder(const std::vector<const T*>& items) : items_(items) {}  // NOLINT: implicit by design

  iterator begin() const { return {items_.data(), items_.data() + items_.size()}; }
  iterator end() const { return {items_.data() + items_.size(), items_.data() + items_.size()}; }
  std::size_t size() const noexcept { return items_.size(); }
  bool empty() const noexcept { return items_.empty(); }
  const T* operator[](std::size_t i) const noexcept { return items_[i]; }
  const T* front() const noexcept { return items_.front(); }
  const T* back() const noexcept { return items_.back(); }
  std::span<const T* const> span() const noexcept { return items_; }
  operator std::span<const T* const>() const noexcept { return items_; }  // NOLINT: implicit by design

 private:
  std::span<const T* const> items_;
};

}  // namespace rampa
