#include "document/document.hpp"

#include <array>
#include <unordered_map>

#include "document/ascii.hpp"

namespace rampa {

namespace {

constexpr std::array<std::string_view, kKnownNameCount> kSpellings = {
#define X(id, spelling) spelling,
#include "document/names.def"
#undef X
};

const std::unordered_map<std::string_view, std::uint32_t>& known_table() {
  static const auto table = [] {
    std::unordered_map<std::string_view, std::uint32_t> t;
    for (std::uint32_t i = 0; i < kKnownNameCount; ++i) t.emplace(kSpellings[i], i);
    return t;
  }();
  return table;
}

}  // namespace

Name known_name(std::string_view spelling) noexcept {
  const auto& t = known_table();
  auto it = t.find(spelling);
  return it == t.end() ? Name{} : Name{it->second};
}

std::string_view known_spelling(Name name) noexcept {
  return name.known() ? kSpellings[name.id] : std::string_view{};
}

const Node* Document::root() const noexcept {
  if (document_ == nullptr) return nullptr;
  for (const Node& c : document_->children())
    if (c.is_element()) return &c;
  return nullptr;
}

std::span<const Node* const> Document::by_id(std::string_view id) const {
  std::uint32_t number = ids_.find(id);
  if (number == IdTable::kNone) return {};
  return by_id_.group(number);
}

InOrder<Node> Document::elements_named(Name n) const noexcept { return by_name_.group(n.id); }

std::vector<const Node*> Document::elements_named(std::initializer_list<Name> names) const {
  std::vector<const Node*> out;
  for (Name n : names) {
    auto named = elements_named(n);
    out.insert(out.end(), named.begin(), named.end());
  }
  sort_in_tree_order(out);
  return out;
}

InOrder<Attribute> Document::attributes_named(Name n) const noexcept {
  return attributes_by_name_.group(n.id);
}

const Node* Document::element_by_id(std::string_view id) const {
  auto found = by_id(id);
  return found.empty() ? nullptr : found.front();
}

std::span<const Node* const> Document::references(const Attribute& a) const noexcept {
  if (a.resolved == 0 || a.name == attr::id) return {};
  return references_.group(a.resolved - 1);
}

std::span<const Node* const> Document::same_id(const Attribute& id) const noexcept {
  if (id.resolved == 0 || id.name != attr::id) return {};
  return by_id_.group(id.resolved - 1);
}

std::string_view Document::spelling(Name n) const noexcept {
  if (n.known()) return kSpellings[n.id];
  std::uint32_t i = n.id - kKnownNameCount;
  return i < interned_spellings_.size() ? interned_spellings_[i] : std::string_view{};
}

Name Document::find_name(std::string_view spelling) const noexcept {
  Name k = known_name(spelling);
  if (k.known()) return k;
  auto it = interned_.find(spelling);
  return it == interned_.end() ? Name{} : it->second;
}

std::string Document::text_content(const Node& n) const {
  if (n.is_text()) return std::string(n.text);
  std::string out;
  for_each_descendant(n, [&](const Node& d) {
    if (d.is_text()) out += d.text;
    return true;
  });
  return out;
}

Name Document::intern(std::string_view spelling) {
  Name k = known_name(spelling);
  if (k.known()) return k;
  auto it = interned_.find(spelling);
  if (it != interned_.end()) return it->second;
  std::string_view owned = arena_.copy(spelling);
  Name n{kKnownNameCount + static_cast<std::uint32_t>(interned_spellings_.size())};
  interned_spellings_.push_back(owned);
  interned_.emplace(owned, n);
  return n;
}

Node* Document::make_node(NodeKind kind) {
  Node* n = node_arena_.make<Node>();
  n->kind = kind;
  return n;
}

Attribute* Document::make_attributes(std::size_t count) { return attribute_arena_.make_array<Attribute>(count); }

void Document::append_child(Node* parent, Node* child) {
  child->parent = parent;
  child->prev_sibling = parent->last_child;
  if (parent->last_child != nullptr) parent->last_child->next_sibling = child;
  else parent->first_child = child;
  parent->last_child = child;
}

namespace {

// A stable counting sort: items[i] goes to group keys_of[i] (< keys), tree
// order kept within each group.
template <class T>
void group(std::size_t keys, const std::vector<const T*>& items, const std::vector<std::uint32_t>& keys_of,
           std::vector<std::uint32_t>& first, std::vector<const T*>& out) {
  first.assign(keys + 1, 0);
  for (std::uint32_t k : keys_of) ++first[k + 1];
  for (std::size_t k = 1; k <= keys; ++k) first[k] += first[k - 1];
  out.assign(items.size(), nullptr);
  std::vector<std::uint32_t> next(first.begin(), first.end() - 1);
  for (std::size_t i = 0; i < items.size(); ++i) out[next[keys_of[i]]++] = items[i];
}

}  // namespace

void Document::finish(SourceKind kind) {
  source_kind_ = kind;
  elements_.clear();
  aria_attributes_.clear();
  event_handlers_.clear();
  // What each name, by id, starts with, looked at once per name.
  enum Prefix : std::uint8_t { not_seen, other, aria, on };
  std::vector<Prefix> prefix_of(kKnownNameCount + interned_spellings_.size(), not_seen);
  // Keys gathered on the one walk, so grouping reads no node again.
  std::vector<std::uint32_t> element_names, attribute_names, ids;
  std::vector<const Attribute*> attributes;
  std::vector<const Node*> with_id;
  std::vector<Attribute*> id_attributes;
  std::vector<std::string_view> id_values;
  std::uint32_t index = 0;
  document_->index = index++;
  for_each_descendant(*document_, [&](const Node& cn) {
    Node& n = const_cast<Node&>(cn);  // building: the tree is still ours to number
    n.index = index++;
    n.depth = n.parent->depth + 1;
    n.in_template = n.parent->in_template || n.parent->is(tag::template_);
    if (n.is_element()) {
      n.element_index = static_cast<std::uint32_t>(elements_.size());
      elements_.push_back(&n);
      element_names.push_back(n.name.id);
      for (const Attribute& a : n.attributes()) {
        attributes.push_back(&a);
        attribute_names.push_back(a.name.id);
        Prefix& prefix = prefix_of[a.name.id];
        if (prefix == not_seen) {
          std::string_view sp = spelling(a.name);
          prefix = ascii::equals_ignoring_case(sp.substr(0, 5), "aria-") ? aria
                   : ascii::equals_ignoring_case(sp.substr(0, 2), "on")  ? on
                                                                         : other;
        }
        if (prefix == aria) aria_attributes_.push_back(&a);
        else if (prefix == on) event_handlers_.push_back(&a);
      }
      const Attribute* id = n.in_template ? nullptr : n.attribute(attr::id);
      if (id != nullptr && !id->value.empty()) {
        with_id.push_back(&n);
        id_attributes.push_back(const_cast<Attribute*>(id));
        id_values.push_back(id->value);
      }
    }
    return true;
  });
  node_count_ = index;
  const std::size_t names = kKnownNameCount + interned_spellings_.size();
  group(names, elements_, element_names, by_name_.first, by_name_.items);
  group(names, attributes, attribute_names, attributes_by_name_.first, attributes_by_name_.items);
  ids_.assign(id_values, ids);
  group(ids_.size(), with_id, ids, by_id_.first, by_id_.items);
  for (std::size_t k = 0; k < id_attributes.size(); ++k) id_attributes[k]->resolved = ids[k] + 1;

  // Every reference's ids first, then all looked up in one batch.
  references_.first.assign(1, 0);
  std::vector<std::string_view> targets;
  auto gather = [&](Name name, bool list) {
    for (const Attribute* ca : attributes_named(name)) {
      auto* a = const_cast<Attribute*>(ca);
      if (list) {
        ascii::any_token(a->value, [&](std::string_view token) {
          targets.push_back(token);
          return false;
        });
      } else {
        targets.push_back(a->value);
      }
      a->resolved = static_cast<std::uint32_t>(references_.first.size());
      references_.first.push_back(static_cast<std::uint32_t>(targets.size()));
    }
  };
  for (Name list : {attr::aria_labelledby, attr::aria_labeledby, attr::aria_describedby, attr::aria_controls, attr::aria_owns, attr::headers})
    gather(list, true);
  for (Name single : {attr::for_, attr::list, attr::form, attr::aria_activedescendant}) gather(single, false);
  std::vector<std::uint32_t> found;
  ids_.find_all(targets, found);
  references_.items.resize(found.size());
  for (std::size_t k = 0; k < found.size(); ++k)
    references_.items[k] = found[k] == IdTable::kNone ? nullptr : by_id_.group(found[k]).front();
}

}  // namespace rampa
