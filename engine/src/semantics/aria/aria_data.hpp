#pragma once
// WAI-ARIA as data: every role and every aria-* attribute of WAI-ARIA 1.2,
// plus what the W3C ACT test cases use from ARIA 1.3, Graphics-ARIA 1.0 and
// DPub-ARIA 1.1, in one table written once (aria_data.cpp). The tables are
// constant and the functions pure, so any number of threads may read them.
//
// Names are compared exactly: callers lower-case role tokens first (the role
// attribute is ASCII case-insensitive; roles.hpp does it). Every string_view
// returned points into the static tables and lives as long as the program.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>

namespace rampa::aria {

// The words of one space-separated string literal, so a table row reads like
// the characteristics table of the spec ("aria-disabled aria-expanded").
class WordList {
 public:
  constexpr WordList() = default;
  constexpr WordList(const char* words) : text_(words) {}  // NOLINT: implicit, for table rows

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;

    constexpr iterator() = default;
    constexpr iterator(std::string_view rest) : rest_(rest) { settle(); }
    constexpr std::string_view operator*() const { return rest_.substr(0, rest_.find(' ')); }
    constexpr iterator& operator++() {
      rest_.remove_prefix(std::min(rest_.size(), rest_.find(' ')));
      settle();
      return *this;
    }
    constexpr iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    constexpr bool operator==(const iterator& o) const { return rest_.size() == o.rest_.size(); }

   private:
    constexpr void settle() {
      while (!rest_.empty() && rest_.front() == ' ') rest_.remove_prefix(1);
    }
    std::string_view rest_;
  };

  constexpr iterator begin() const { return iterator(text_); }
  constexpr iterator end() const { return iterator(); }
  constexpr bool empty() const { return begin() == end(); }
  constexpr bool contains(std::string_view word) const {
    for (std::string_view w : *this)
      if (w == word) return true;
    return false;
  }

 private:
  std::string_view text_;
};

// Which specification a role or attribute comes from; ARIA 1.3 entries are
// the ones browsers and the ACT test cases already use.
enum class Spec : std::uint8_t { aria_1_2, aria_1_3, graphics_aria, dpub_aria };

// ARIA 1.2 §5.2.8 "Accessible Name Calculation": where a role's name may come
// from. `prohibited` means authors must not name it at all.
struct NameFrom {
  bool author = false;
  bool contents = false;
  bool prohibited = false;
};

struct RoleInfo {
  std::string_view name;
  bool abstract = false;
  WordList superclasses;
  // The role's own rows of its characteristics table: inherited ones are
  // reached through `superclasses` (attribute_permission walks them).
  WordList required;    // required states and properties
  WordList supported;   // supported states and properties
  WordList prohibited;  // prohibited states and properties
  // ARIA 1.2 separator: aria-valuenow is required only when it is focusable
  // (then it is a widget).
  WordList required_when_focusable;
  NameFrom name_from;
  bool name_required = false;
  bool children_presentational = false;
  WordList required_context;  // any one of these must own the element
  // Any of these may be owned; "group>option" means an option inside a group.
  WordList required_owned;
  bool deprecated = false;
  Spec spec = Spec::aria_1_2;
};

// ARIA 1.2 §6.3 value types.
enum class ValueType : std::uint8_t {
  true_false,
  tristate,              // true, false, mixed, undefined
  true_false_undefined,
  id_reference,
  id_reference_list,
  integer,
  number,
  string,
  token,
  token_list,
};

struct AttributeInfo {
  std::string_view name;
  ValueType type = ValueType::string;
  WordList tokens;  // the allowed tokens, for token and token_list
  // The value when the attribute is absent or blank; empty when the spec
  // gives none or the default depends on the role.
  std::string_view default_value;
  bool global = false;
  // ARIA 1.2 §6.5: still global but deprecated as such; supported only on
  // the roles that list it (aria-disabled, aria-errormessage, aria-haspopup,
  // aria-invalid).
  bool deprecated_global = false;
  bool deprecated = false;  // the attribute itself (aria-dropeffect, aria-grabbed)
  Spec spec = Spec::aria_1_2;
};

// Every role and every attribute, sorted by name: for checks over the whole
// vocabulary (listing valid roles in a message, testing the table itself).
std::span<const RoleInfo> all_roles() noexcept;
std::span<const AttributeInfo> all_attributes() noexcept;

// The role named exactly so (lower case), abstract roles included, or nullptr.
const RoleInfo* role_info(std::string_view name) noexcept;
// The aria-* attribute named exactly so, or nullptr.
const AttributeInfo* attribute_info(std::string_view name) noexcept;

// True when `role` is `ancestor` or inherits from it (ARIA superclass chain).
// Unknown names are nothing's descendants.
bool is_a(std::string_view role, std::string_view ancestor) noexcept;

// none and presentation are synonyms (ARIA 1.2 §5.4).
constexpr bool is_presentational(std::string_view role) noexcept {
  return role == "none" || role == "presentation";
}

// Whether `value` is valid for the attribute's value type (ARIA 1.2 §6.3).
// Leading and trailing ASCII whitespace is ignored and tokens compare ASCII
// case-insensitively, as Blink and WebKit read them ("TRUE " is true). A blank
// value is valid for every type: it stands for the default. Range limits such
// as aria-level >= 1 are not value types and are not checked here.
bool valid_value(const AttributeInfo& attribute, std::string_view value) noexcept;

enum class Permission : std::uint8_t {
  supported,          // required or supported by the role or a superclass
  global,             // a global state or property
  deprecated_global,  // ARIA 1.2 still allows it everywhere but deprecates that
  prohibited,         // the role prohibits it, even a global one
  not_supported,      // not allowed on the role, or not an ARIA attribute
};

// How `role` (empty or unknown: an element without a role, which takes only
// global attributes) relates to the aria-* attribute `attribute`.
Permission attribute_permission(std::string_view attribute, std::string_view role) noexcept;

// Global, deprecated-global or supported/required on the role or one of its
// superclasses, and not prohibited on the role.
bool attribute_allowed_on_role(std::string_view attribute, std::string_view role) noexcept;

}  // namespace rampa::aria
