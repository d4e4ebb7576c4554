#pragma once
// The page's id values, each given a number once: what getElementById and
// the id references (aria-labelledby, for=...) look up. A page may give
// every one of 100,000 elements an id; the table then outgrows the caches and
// each probe of an ordinary hash table waits on memory. Here slots are 8
// bytes (a tag from the hash and the number), and ids are inserted and
// looked up in batches that prefetch the slots a few keys ahead.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace rampa {

class IdTable {
 public:
  static constexpr std::uint32_t kNone = 0xffffffffu;

  // Numbers the values in order of first appearance; numbers[i] is that of
  // values[i]. Replaces what the table held.
  void assign(std::span<const std::string_view> values, std::vector<std::uint32_t>& numbers);
  // The number of each value, or kNone.
  void find_all(std::span<const std::string_view> values, std::vector<std::uint32_t>& numbers) const;
  std::uint32_t find(std::string_view value) const;
  std::size_t size() const noexcept { return keys_.size(); }

 private:
  std::uint32_t insert(std::string_view value, std::uint64_t hash);
  std::uint32_t find(std::string_view value, std::uint64_t hash) const;

  std::vector<std::uint64_t> slots_;  // 0 empty, else tag << 32 | (number + 1)
  std::vector<std::string_view> keys_;  // by number
  std::uint64_t mask_ = 0;
};

}  // namespace rampa
