#include "document/id_table.hpp"

#include <functional>

namespace rampa {

namespace {

// How many keys ahead a batch prefetches: enough to cover a memory access
// with the work of the keys in between.
constexpr std::size_t kAhead = 16;

std::uint64_t hash_of(std::string_view v) { return std::hash<std::string_view>{}(v); }
std::uint64_t tag_of(std::uint64_t hash) { return hash >> 32; }

template <class Each>
void batched(std::span<const std::string_view> values, const std::vector<std::uint64_t>& slots,
             std::uint64_t mask, Each&& each) {
  std::vector<std::uint64_t> hashes(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) hashes[i] = hash_of(values[i]);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i + kAhead < values.size()) __builtin_prefetch(&slots[hashes[i + kAhead] & mask]);
    each(i, hashes[i]);
  }
}

}  // namespace

void IdTable::assign(std::span<const std::string_view> values, std::vector<std::uint32_t>& numbers) {
  keys_.clear();
  keys_.reserve(values.size());
  std::size_t capacity = 16;
  while (capacity < values.size() * 2) capacity *= 2;  // at most half full: probes stay short
  slots_.assign(capacity, 0);
  mask_ = capacity - 1;
  numbers.resize(values.size());
  batched(values, slots_, mask_, [&](std::size_t i, std::uint64_t h) { numbers[i] = insert(values[i], h); });
}

void IdTable::find_all(std::span<const std::string_view> values, std::vector<std::uint32_t>& numbers) const {
  numbers.resize(values.size());
  batched(values, slots_, mask_, [&](std::size_t i, std::uint64_t h) { numbers[i] = find(values[i], h); });
}

std::uint32_t IdTable::find(std::string_view value) const { return find(value, hash_of(value)); }

std::uint32_t IdTable::insert(std::string_view value, std::uint64_t hash) {
  const std::uint64_t tag = tag_of(hash);
  for (std::uint64_t s = hash & mask_;; s = (s + 1) & mask_) {
    const std::uint64_t slot = slots_[s];
    if (slot == 0) {
      keys_.push_back(value);
      slots_[s] = tag << 32 | keys_.size();
      return static_cast<std::uint32_t>(keys_.size() - 1);
    }
    const auto number = static_cast<std::uint32_t>(slot) - 1;
    if (slot >> 32 == tag && keys_[number] == value) return number;
  }
}

std::uint32_t IdTable::find(std::string_view value, std::uint64_t hash) const {
  if (slots_.empty()) return kNone;
  const std::uint64_t tag = tag_of(hash);
  for (std::uint64_t s = hash & mask_;; s = (s + 1) & mask_) {
    const std::uint64_t slot = slots_[s];
    if (slot == 0) return kNone;
    const auto number = static_cast<std::uint32_t>(slot) - 1;
    if (slot >> 32 == tag && keys_[number] == value) return number;
  }
}

}  // namespace rampa
