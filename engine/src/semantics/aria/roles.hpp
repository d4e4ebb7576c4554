#pragma once
// The role of an element: implicit (HTML-AAM, SVG-AAM), explicit (the role
// attribute) and ARIA 1.2's presentational roles conflict resolution.
//
// What this module does not decide: roles inherited from presentational
// parents or owners, children made presentational by their parent's role, and
// whether the element is hidden. The Semantics stage does those, and supplies
// what needs accessible names or focus through RoleContext, so roles do not
// depend on accname. Every function is pure and safe to call from any thread.
#include <functional>
#include <string_view>

#include "document/document.hpp"

namespace rampa::aria {

struct RoleContext {
  // Whether the element has a non-empty accessible name (section, aside,
  // SVG shapes depend on it). Empty: treated as never named.
  std::function<bool(const Node&)> has_accessible_name;
  // Whether the element is focusable (presentational roles conflict
  // resolution). Empty: treated as never focusable.
  std::function<bool(const Node&)> is_focusable;
};

// The role HTML-AAM (SVG-AAM, MathML for <math>) gives the element without a
// role attribute: "generic" where the AAM says generic, "" where it has no
// corresponding role (audio, label, col...). Presentational elements return
// "none" (img alt=""). Strings are ARIA role names from aria_data.
std::string_view implicit_role(const Node& element, const Document& doc,
                               const RoleContext& context);

struct ResolvedRole {
  // The role in the accessibility tree as far as this element alone decides:
  // "" for no role, "generic", "none" or "presentation" as written...
  std::string_view role;
  // The role came from the role attribute (false when presentation was
  // overridden and the implicit role applies instead).
  bool from_attribute = false;
  // The role attribute has non-blank content but no token names a concrete
  // role ("lnik"), so the implicit role applies.
  bool invalid_role_attribute = false;
  // role="none"/"presentation" (explicit or implicit) was ignored because the
  // element is focusable or carries a global ARIA attribute (ARIA 1.2 §9.3).
  bool presentation_overridden = false;
};

// The role attribute's first token naming a concrete role (ARIA 1.2 §7.1:
// fallback lists like "foo button"; compared ASCII case-insensitively),
// else the implicit role; then presentational roles conflict resolution.
ResolvedRole resolve_role(const Node& element, const Document& doc, const RoleContext& context);

// The first token of the role attribute naming a concrete role, lower-cased
// (a pointer into the role table), or "" when there is none. No conflict
// resolution: for callers asking what the author wrote.
std::string_view explicit_role(const Node& element) noexcept;

// Whether any aria-* attribute of the element is a global one (ARIA 1.2
// §6.5, deprecated globals included): such an element keeps its implicit
// role even under role="none".
bool has_global_aria_attribute(const Node& element, const Document& doc) noexcept;

// The level of a heading (ARIA 1.2 aria-level, else h1-h6, else 2 as ARIA 1.3
// defaults it); 0 when `role` is not heading.
int heading_level(const Node& element, std::string_view role) noexcept;

// Whether an element with this role is a landmark users can jump to: form and
// region count only when named (ARIA 1.2; HTML-AAM exposes an unnamed <form>
// with role form but not as a landmark).
bool exposed_as_landmark(std::string_view role, bool has_accessible_name) noexcept;

}  // namespace rampa::aria
