#pragma once
// One DOM for every input (HTML, XHTML, SVG, later form definitions): nodes in
// an arena, interned names, source positions. Built once by a parser, then
// read-only: any number of rules may read it at once.
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <tsl/robin_map.h>

#include "document/arena.hpp"
#include "document/id_table.hpp"
#include "document/in_order.hpp"
#include "document/names.hpp"
#include "rampa/vocabulary.hpp"

namespace rampa {

enum class NodeKind : std::uint8_t { document, element, text, comment };
enum class Namespace : std::uint8_t { html, svg, mathml, xforms, other };

struct Node;

struct Attribute {
  Name name;
  std::uint32_t resolved = 0;  // set by Document::finish: see references() and same_id()
  std::string_view spelling;  // as written (case kept for XML), for messages
  std::string_view value;
  SourcePos pos;              // of the attribute name
  const Node* owner = nullptr;
  // Namespaced attributes in XML (xml:lang) keep their prefix in `spelling`
  // and get the interned name of the full qualified spelling.
};

// What passes read on every node (kind, name, attributes, the links down
// and along the tree, text) fills the first of its two cache lines; the
// rest (positions, back links, spelling) the second. On pages larger than
// the cache, reading a node then costs one line from memory, not two.
struct alignas(64) Node {
  NodeKind kind = NodeKind::element;
  Namespace ns = Namespace::html;
  // Inside a <template>: the content of a separate document fragment, not
  // rendered and out of getElementById's reach.
  bool in_template = false;
  Name name;                   // elements only
  std::uint32_t element_index = 0;  // position among elements; elements only
  std::uint32_t attr_count = 0;
  Attribute* attrs = nullptr;
  Node* parent = nullptr;
  Node* first_child = nullptr;
  Node* next_sibling = nullptr;
  std::string_view text;       // text and comment data; for elements, the start tag as written
  std::uint32_t index = 0;     // position among all nodes, in tree order
  std::uint32_t depth = 0;
  Node* last_child = nullptr;
  Node* prev_sibling = nullptr;
  std::string_view spelling;   // element name as written
  SourcePos pos;

  bool is_element() const noexcept { return kind == NodeKind::element; }
  bool is_text() const noexcept { return kind == NodeKind::text; }
  // An HTML element with this name (SVG <title> is not HTML <title>).
  bool is(Name n) const noexcept { return kind == NodeKind::element && name == n && ns == Namespace::html; }
  bool is_in(Namespace n, Name nm) const noexcept { return kind == NodeKind::element && ns == n && name == nm; }

  // aria-labelledby, or when it is absent the old spelling aria-labeledby,
  // which browsers still honour: pages written for them are named by it.
  const Attribute* labelledby() const noexcept;
  const Attribute* attribute(Name n) const noexcept {
    for (std::uint32_t i = 0; i < attr_count; ++i)
      if (attrs[i].name == n) return &attrs[i];
    return nullptr;
  }
  std::optional<std::string_view> attr(Name n) const noexcept {
    const Attribute* a = attribute(n);
    if (a == nullptr) return std::nullopt;
    return a->value;
  }
  bool has(Name n) const noexcept { return attribute(n) != nullptr; }

  struct ChildRange {
    const Node* first;
    struct It {
      const Node* n;
      const Node& operator*() const { return *n; }
      It& operator++() { n = n->next_sibling; return *this; }
      bool operator!=(const It& o) const { return n != o.n; }
    };
    It begin() const { return {first}; }
    It end() const { return {nullptr}; }
  };
  ChildRange children() const noexcept { return {first_child}; }
  std::span<const Attribute> attributes() const noexcept { return {attrs, attr_count}; }
};

enum class SourceKind : std::uint8_t { html, xml };

class Document {
 public:
  Document() = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const Node& node() const noexcept { return *document_; }  // the document node
  // The root element (html, svg, math...), or nullptr for an empty document.
  const Node* root() const noexcept;
  // Every element in tree order.
  InOrder<Node> elements() const noexcept { return elements_; }
  std::size_t node_count() const noexcept { return node_count_; }
  SourceKind source_kind() const noexcept { return source_kind_; }

  // What the parser read in part without stopping (entity references it
  // could not expand), for the page's notes: a message id of the catalogs'
  // "_notes" and its arguments.
  struct ReadingNote {
    std::string message_id;
    MessageArgs args;
  };
  std::vector<ReadingNote> reading_notes;

  // HTML whose source writes no doctype, no <html>, <head> or <body> and
  // nothing only a document's head holds (<title>, <base>, a <meta> about the
  // page): a piece that an app or a server inserts into a page of its own,
  // which the parser wrapped in a document. What belongs to that other page
  // (its title, its language, the styles its text is shown in) is not here.
  bool fragment = false;

  // The elements of this name (any namespace), and the attributes of this
  // name, in tree order: rules that look at a few kinds of element or
  // attribute go straight to them instead of scanning every element.
  InOrder<Node> elements_named(Name n) const noexcept;
  InOrder<Attribute> attributes_named(Name n) const noexcept;
  // Every attribute whose name starts with aria- (in any case), in tree
  // order, for the rules on ARIA attributes.
  InOrder<Attribute> aria_attributes() const noexcept { return aria_attributes_; }
  // Every attribute whose name starts with on (in any case): event handler
  // content attributes, scripts the page runs without a <script>.
  InOrder<Attribute> event_handler_attributes() const noexcept { return event_handlers_; }
  // The elements of any of these names, in tree order.
  std::vector<const Node*> elements_named(std::initializer_list<Name> names) const;

  // The elements carrying this id, in tree order (empty when none).
  std::span<const Node* const> by_id(std::string_view id) const;
  // The first element with this id, as getElementById.
  const Node* element_by_id(std::string_view id) const;
  // What an id-reference attribute points at, looked up once when the
  // document is built (names and labels read the same references several
  // times): for the lists (aria-labelledby, aria-describedby, aria-controls,
  // aria-owns, headers) one entry per token, for the single references
  // (for, list, form, aria-activedescendant) one for the whole value; each
  // the first element with that id, as getElementById, or nullptr. Empty for
  // any other attribute.
  std::span<const Node* const> references(const Attribute& a) const noexcept;
  // The single reference's target (for, list, form, aria-activedescendant).
  const Node* reference(const Attribute& a) const noexcept {
    auto r = references(a);
    return r.empty() ? nullptr : r.front();
  }
  // For an id attribute, every element with that id, in tree order; empty
  // inside <template> and for any other attribute.
  std::span<const Node* const> same_id(const Attribute& id) const noexcept;

  std::string_view spelling(Name n) const noexcept;
  // The name spelled exactly so (lower case for HTML), for names names.def
  // does not list: a known name's fixed id, else this document's id for it,
  // else an invalid Name, which no element or attribute has (the page never
  // uses it). One hash lookup, no allocation, safe from any thread.
  Name find_name(std::string_view spelling) const noexcept;

  // Concatenated text of the node's descendant text nodes, in tree order.
  std::string text_content(const Node& n) const;

  // -- building (parsers only) -----------------------------------------------
  Arena& arena() noexcept { return arena_; }
  Name intern(std::string_view spelling);  // exact spelling; callers lower-case HTML
  Node* make_node(NodeKind kind);
  Attribute* make_attributes(std::size_t count);
  void set_document_node(Node* n) { document_ = n; }
  void append_child(Node* parent, Node* child);
  // Numbers nodes in tree order and indexes ids; called once, after building.
  void finish(SourceKind kind);

 private:
  Arena arena_;
  // Nodes, and attributes, each apart from the rest and one after another
  // in tree order: a pass over them then reads memory in sequence, which
  // the processor fetches ahead on its own.
  Arena node_arena_, attribute_arena_;
  Node* document_ = nullptr;
  std::vector<const Node*> elements_;
  std::size_t node_count_ = 0;
  SourceKind source_kind_ = SourceKind::html;
  tsl::robin_map<std::string_view, Name> interned_;
  std::vector<std::string_view> interned_spellings_;
  // Grouped by key, in tree order within a group: group k is
  // items[first[k] .. first[k + 1]). Ids are keyed by their number in
  // ids_, elements and attributes by name id.
  template <class T>
  struct Groups {
    std::vector<std::uint32_t> first;
    std::vector<const T*> items;
    std::span<const T* const> group(std::uint32_t k) const noexcept {
      if (std::size_t{k} + 1 >= first.size()) return {};
      return {items.data() + first[k], items.data() + first[k + 1]};
    }
  };
  IdTable ids_;
  Groups<Node> by_id_, by_name_;
  Groups<Node> references_;  // keyed by Attribute::resolved - 1
  Groups<Attribute> attributes_by_name_;
  std::vector<const Attribute*> aria_attributes_;
  std::vector<const Attribute*> event_handlers_;
};

inline const Attribute* Node::labelledby() const noexcept {
  const Attribute* a = attribute(attr::aria_labelledby);
  return a != nullptr ? a : attribute(attr::aria_labeledby);
}

// Puts elements gathered from several indexes back in tree order, each once.
inline void sort_in_tree_order(std::vector<const Node*>& elements) {
  std::sort(elements.begin(), elements.end(),
            [](const Node* a, const Node* b) { return a->element_index < b->element_index; });
  elements.erase(std::unique(elements.begin(), elements.end()), elements.end());
}

// Iterative tree-order walk of the subtree under `n` (n excluded): calls
// f(node) for each descendant; returning false skips that node's children.
template <class F>
void for_each_descendant(const Node& n, F&& f) {
  const Node* cur = n.first_child;
  while (cur != nullptr) {
    bool enter = f(*cur);
    if (enter && cur->first_child != nullptr) {
      cur = cur->first_child;
      continue;
    }
    while (cur != nullptr && cur != &n && cur->next_sibling == nullptr) cur = cur->parent;
    if (cur == nullptr || cur == &n) break;
    cur = cur->next_sibling;
  }
}

}  // namespace rampa
