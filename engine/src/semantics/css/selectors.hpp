#pragma once
// Selectors Level 4: parsing selector lists and matching them against the
// Document, right to left, without recursion over the document.
//
// What cannot be known without a browser is answered Tri::unknown (:has(),
// :dir(), :valid...), never guessed. User interaction is a mode: by default
// nothing is hovered, focused or visited; a caller may name the focused
// element to ask how the page looks when it has focus.
#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "semantics/css/token.hpp"
#include "semantics/tri.hpp"

namespace rampa::css {

enum class Combinator : std::uint8_t { descendant, child, next_sibling, subsequent_sibling };

enum class AttrOp : std::uint8_t {
  exists,     // [a]
  equals,     // [a=v]
  includes,   // [a~=v]
  dash,       // [a|=v]
  prefix,     // [a^=v]
  suffix,     // [a$=v]
  substring,  // [a*=v]
};

enum class PseudoClass : std::uint8_t {
  // Tree-structural (Selectors 4 §14)
  root, empty, first_child, last_child, only_child, nth_child, nth_last_child,
  first_of_type, last_of_type, only_of_type, nth_of_type, nth_last_of_type,
  // Logical combinations (§4)
  not_, is, where,
  // Read from the markup: the page's state before anyone touches it
  link, any_link, checked, disabled, enabled, required, optional, read_only,
  read_write, placeholder_shown, lang, defined, scope,
  // User action: never in static mode; focus ones follow the focused element
  hover, active, focus, focus_visible, focus_within, visited, target,
  // Shadow-tree only (:host): never matches a document element
  never,
  // Valid, but not knowable statically (:has(), :dir(), :valid, :open...)
  unknown,
};

struct ComplexSelector;

struct SimpleSelector {
  enum class Kind : std::uint8_t { type, universal, id, class_, attribute, pseudo_class };
  Kind kind = Kind::universal;
  AttrOp op = AttrOp::exists;
  PseudoClass pseudo = PseudoClass::unknown;
  // Attribute values: the `i` or `s` flag, if written; without one, HTML
  // attributes in HTML §4.16.2's list (type, lang, rel...) compare ignoring
  // ASCII case on HTML elements.
  enum class CaseFlag : std::uint8_t { none, i, s };
  CaseFlag case_flag = CaseFlag::none;
  bool html_case_insensitive = false;
  // type and attribute: the known name for `text`, or an invalid Name.
  Name name;
  // type and attribute names ASCII-lowercased; id and class as written;
  // :lang() ranges, lowercased and comma-separated.
  std::string text;
  std::string value;  // attribute value
  // :nth-*(an+b): matches when index = a*n + b for some n >= 0.
  int a = 0;
  int b = 0;
  // :not(), :is(), :where() and the "of S" of :nth-child(); empty otherwise.
  std::vector<ComplexSelector> args;
};

// Selectors 4 §17, (a, b, c) compared lexicographically.
struct Specificity {
  std::uint32_t a = 0, b = 0, c = 0;
  friend auto operator<=>(const Specificity&, const Specificity&) = default;
};

struct Compound {
  std::uint32_t begin = 0, end = 0;  // range of ComplexSelector::simples
  Combinator combinator = Combinator::descendant;  // to the compound on its left
};

struct ComplexSelector {
  std::vector<SimpleSelector> simples;
  std::vector<Compound> compounds;  // rightmost first
  Specificity specificity;
  // Contains a pseudo-class whose match changes as the user interacts
  // (:hover, :focus, :checked, :visited, ...), including inside :is()/:not().
  bool dynamic = false;
  // Contains :focus, :focus-visible or :focus-within.
  bool focus = false;
  // Contains :focus-within or a focus pseudo-class left of a combinator, so
  // focusing an element may restyle its ancestors or siblings too.
  bool focus_beyond_subject = false;
  // Contains a pseudo-class answered Tri::unknown.
  bool indeterminate = false;
  // Contains a pseudo-class that a StructureIndex answers in O(1) (sibling
  // positions, :focus-within): without one the matcher would walk.
  bool uses_structure = false;
  // ::before, ::placeholder...: styles a pseudo-element, never the element.
  // Lowercased without colons; empty when none.
  std::string pseudo_element;
};

using SelectorList = std::vector<ComplexSelector>;

// A selector list, or nullopt when any selector in it is invalid: browsers
// drop the whole rule then (Selectors 4 §3.1). Inside :is() and :where(),
// invalid arguments are dropped alone (forgiving lists, §3.8).
// `too_deep`, when given, is set when :is(), :not(), :where() or "of S" nest
// past what the parser follows (32 levels): the list may be valid CSS that
// this checker cannot read.
std::optional<SelectorList> parse_selector_list(std::span<const Token> tokens, bool* too_deep = nullptr);
std::optional<SelectorList> parse_selector_list(std::string_view text);

// Per-element facts about position among siblings and subtree extent,
// computed once per document in one pass, so :nth-child() and :focus-within
// cost O(1) per element instead of a walk. Immutable after construction.
class StructureIndex {
 public:
  explicit StructureIndex(const Document& doc);

  struct Entry {
    std::uint32_t child_pos = 0, child_count = 0;  // 1-based among element siblings
    std::uint32_t type_pos = 0, type_count = 0;    // among siblings of the same name
    std::uint32_t last_descendant = 0;             // Node::index of the subtree's last node
  };
  const Entry& at(const Node& element) const { return entries_[element.element_index]; }

 private:
  std::vector<Entry> entries_;
};

// Matches selectors against elements of one document. Holds references to
// `doc` and `index`, which must outlive it; stateless otherwise, so one
// Matcher may serve any number of threads.
class Matcher {
 public:
  explicit Matcher(const Document& doc, const StructureIndex* index = nullptr)
      : doc_(doc), index_(index) {}

  // Whether `selector` matches `element` itself (a selector with a
  // pseudo-element never does). With `focused` null, the page is at rest:
  // :hover, :focus, :visited and other user-action pseudo-classes never
  // match, :link matches a and area with href. With `focused` set, that
  // element has keyboard focus: :focus and :focus-visible match it and
  // :focus-within matches it and its ancestors.
  Tri matches(const ComplexSelector& selector, const Node& element, const Node* focused = nullptr) const;

  // Whether `element` is the originating element of the pseudo-element a
  // selector such as `.icono::before` styles: the selector without its
  // pseudo-element matches it, at rest.
  Tri matches_originating(const ComplexSelector& selector, const Node& element) const;

  // The first Tri::yes over the list, else unknown if any is unknown.
  Tri matches(const SelectorList& list, const Node& element, const Node* focused = nullptr) const;

 private:
  Tri matches_bounded(const ComplexSelector& s, const Node& e, const Node* focused) const;
  bool match_complex(const ComplexSelector& s, const Node& e, const Node* focused, bool unknown_as) const;
  bool match_compound(const ComplexSelector& s, const Compound& c, const Node& e, const Node* focused,
                      bool unknown_as) const;
  bool match_simple(const SimpleSelector& s, const Node& e, const Node* focused, bool unknown_as) const;
  bool match_pseudo(const SimpleSelector& s, const Node& e, const Node* focused, bool unknown_as) const;
  bool match_attribute(const SimpleSelector& s, const Node& e) const;
  bool match_nth(const SimpleSelector& s, const Node& e, const Node* focused, bool unknown_as) const;
  bool contains(const Node& ancestor, const Node& n) const;

  const Document& doc_;
  const StructureIndex* index_;
};

// What a selector needs from the subject's ancestors: the ids, classes and
// tag names of compounds reached through a descendant or child combinator
// (`.menu` and `nav` in `nav .menu > a:hover`), as hashes. At most four are
// kept: a necessary condition, not the whole selector.
struct AncestorHashes {
  std::array<std::uint32_t, 4> hash{};
  std::uint8_t count = 0;
};
AncestorHashes ancestor_hashes(const ComplexSelector& selector);

// The selector needs :hover, :active, :visited, :target or a shadow-only
// pseudo-class on some element of its chain, which never match here, at
// rest or with an element focused.
bool never_matches(const ComplexSelector& selector);

// A counting Bloom filter over the ids, classes and tag names of the current
// element's ancestors, kept up to date while elements are visited in tree
// order. It rejects most selectors whose ancestors are absent without walking
// up the tree (`.sidebar a` on a page without .sidebar), which is what keeps
// matching linear on deep pages with descendant selectors. It never rejects
// a selector that matches.
class AncestorFilter {
 public:
  explicit AncestorFilter(const Document& doc) : doc_(doc) {}
  // Makes the filter hold exactly the ancestors of `element`. Cheap when
  // elements come in tree order; any other order rebuilds from the chain.
  void move_to(const Node& element);
  bool may_match(const AncestorHashes& needed) const;

 private:
  static constexpr std::uint32_t kBits = 12;
  void add(const Node& element, int delta);
  const Document& doc_;
  std::vector<std::uint32_t> counts_ = std::vector<std::uint32_t>(std::size_t{1} << kBits);
  std::vector<const Node*> stack_;  // ancestors of last_, root first
  const Node* last_ = nullptr;
};

}  // namespace rampa::css
