#pragma once
// Interned tag and attribute names: comparing two names is comparing two
// integers. Known names have fixed ids (names.def); other names get ids per
// document (Document::intern).
#include <cstdint>
#include <string_view>

namespace rampa {

enum class KnownName : std::uint32_t {
#define X(id, spelling) id,
#include "document/names.def"
#undef X
  count_
};

struct Name {
  std::uint32_t id = 0xffffffffu;
  constexpr Name() = default;
  constexpr explicit Name(std::uint32_t i) : id(i) {}
  constexpr Name(KnownName k) : id(static_cast<std::uint32_t>(k)) {}  // NOLINT: implicit
  friend constexpr bool operator==(Name, Name) = default;
  constexpr bool known() const { return id < static_cast<std::uint32_t>(KnownName::count_); }
};

inline constexpr std::uint32_t kKnownNameCount = static_cast<std::uint32_t>(KnownName::count_);

// The id of a known name spelled exactly so (lower case), or an invalid Name.
Name known_name(std::string_view spelling) noexcept;
std::string_view known_spelling(Name name) noexcept;

// `tag::html` and `attr::lang` read better in rules than KnownName::html.
namespace tag {
#define X(id, spelling) inline constexpr Name id{KnownName::id};
#include "document/names.def"
#undef X
}  // namespace tag
namespace attr = tag;

}  // namespace rampa
