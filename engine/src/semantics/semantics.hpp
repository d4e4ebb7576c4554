#pragma once
// The Semantics stage: what every rule asks about an element, answered once
// per document. Is it rendered, is it in the accessibility tree, what is its
// role, its accessible name and description, can it take focus, what
// language is it in. Computed in a few linear passes when the page is
// loaded; read-only afterwards, so rules may share it freely.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/document.hpp"
#include "semantics/tri.hpp"

namespace rampa {

namespace css {
struct ComputedStyle;
class Styles;
}  // namespace css

struct ElementSemantics {
  std::string_view role;       // the resolved ARIA role; "generic" or "" (none)
  bool explicit_role = false;  // from a valid role attribute token
  bool presentational_child = false;  // inside an element whose children are presentational
  Tri rendered = Tri::yes;     // has a box: not display:none, not in closed details or template
  Tri visible = Tri::yes;      // rendered and visibility:visible
  Tri visually_hidden = Tri::no;  // clipped or moved off-screen, yet in the tree (sr-only)
  Tri hidden = Tri::no;        // excluded from the accessibility tree
  bool aria_hidden = false;    // aria-hidden="true" on it or an ancestor
  bool inert = false;
  bool disabled = false;       // HTML "actually disabled"
  Tri focusable = Tri::no;
  Tri sequential_focus = Tri::no;  // reachable with Tab
  int tabindex = 0;            // valid tabindex, else 0
  bool has_tabindex = false;
  std::string_view lang;       // inherited lang (xml:lang first in XML documents); empty when none
  // false when the name may hold more than was read: cut by the length
  // limit, or CSS generated text that could not be decided (an icon glyph).
  bool name_complete = true;
};

class Semantics {
 public:
  // Styles come from the CSS cascade; `styles` may be null (no stylesheets
  // read: only the user-agent defaults that matter are assumed).
  Semantics(const Document& doc, const css::Styles* styles);
  ~Semantics();
  Semantics(const Semantics&) = delete;
  Semantics& operator=(const Semantics&) = delete;

  const ElementSemantics& of(const Node& element) const { return elements_[element.element_index]; }
  // accname 1.2, whitespace-normalised; empty when the element has none.
  std::string_view name(const Node& element) const { return texts_[name_of_[element.element_index]]; }
  std::string_view description(const Node& element) const { return texts_[description_of_[element.element_index]]; }
  // The element's computed style, or nullptr without a cascade.
  const css::ComputedStyle* style(const Node& element) const;
  // yes: every stylesheet was read; unknown: some could not be, so any
  // answer that depends on styles may be wrong.
  Tri styles_complete() const noexcept { return styles_complete_; }

  // The elements whose resolved role is exactly `role` ("" for none), in
  // tree order: rules about a few roles go straight to their elements
  // instead of scanning every element.
  InOrder<Node> elements_with_role(std::string_view role) const;
  // The elements Tab may reach (sequential_focus yes or unknown), in tree
  // order.
  InOrder<Node> sequentially_focusable() const noexcept { return sequentially_focusable_; }
  // The elements whose role satisfies `pred`, in tree order.
  template <class Pred>
  std::vector<const Node*> elements_with_role_where(Pred&& pred) const {
    std::vector<const Node*> out;
    for (const auto& [role, elements] : by_role_)
      if (pred(role)) out.insert(out.end(), elements.begin(), elements.end());
    sort_in_tree_order(out);
    return out;
  }

  // Names longer than this are cut (a name is for reading out, and copies of
  // huge texts up deep trees would cost memory for nothing).
  static constexpr std::size_t kMaxNameBytes = 4096;

 private:
  // The constructor's passes, in the order it runs them (semantics.cpp).
  // Passes holds what one leaves for the next.
  struct Passes;
  void mark_referenced(Passes& passes) const;
  void resolve_elements(Passes& passes);
  void match_labels(Passes& passes) const;
  void gather_texts(Passes& passes) const;
  void name_elements(const Passes& passes);

  const Document& doc_;
  const css::Styles* styles_;
  Tri styles_complete_ = Tri::yes;
  std::vector<ElementSemantics> elements_;
  // Names and descriptions are stored once per text, and elements point at
  // it: a text that a thousand aria-labelledby point at is one copy, not a
  // thousand (a page of 2.6 MB, 50,000 such elements, peaked at 440 MB).
  // Texts are found again through a small table of the latest ones by
  // hash, not an index of all: a table of every name (20,000 on a form of
  // 100,000 elements) outgrew the cache and cost a miss per element. A text
  // whose slot was taken meanwhile is stored again, which only costs room.
  std::uint32_t keep(std::string_view text);
  static constexpr std::size_t kRecentTexts = 4096;
  std::vector<std::uint64_t> recent_texts_;  // per slot: hash tag << 32 | text number
  Arena text_arena_;
  std::vector<std::string_view> texts_;  // texts_[0] is the empty text
  std::vector<std::uint32_t> name_of_, description_of_;
  std::unordered_map<std::string_view, std::vector<const Node*>> by_role_;
  std::vector<const Node*> sequentially_focusable_;
};

}  // namespace rampa
