#include "document/document.hpp"

#include <array>
#include <unordered_map>

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
  auto it = id_index_.find(id);
  if (it == id_index_.end()) return {};
  const IdSlice& s = id_slices_[it->second];
  return {id_elements_.data() + s.first, s.count};
}

std::span<const Node* const> Document::elements_named(Name n) const noexcept {
  if (std::size_t{n.id} + 1 >= elements_by_name_first_.size()) return {};
  return {elements_by_name_.data() + elements_by_name_first_[n.id],
          elements_by_name_.data() + elements_by_name_first_[n.id + 1]};
}

std::span<const Attribute* const> Document::attributes_named(Name n) const noexcept {
  if (std::size_t{n.id} + 1 >= attributes_by_name_first_.size()) return {};
  return {attributes_by_name_.data() + attributes_by_name_first_[n.id],
          attributes_by_name_.data() + attributes_by_name_first_[n.id + 1]};
}

const Node* Document::element_by_id(std::string_view id) const {
  auto found = by_id(id);
  return found.empty() ? nullptr : found.front();
}

std::string_view Document::spelling(Name n) const noexcept {
  if (n.known()) return kSpellings[n.id];
  std::uint32_t i = n.id - kKnownNameCount;
  return i < interned_spellings_.size() ? interned_spellings_[i] : std::string_view{};
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
  Node* n = arena_.make<Node>();
  n->kind = kind;
  return n;
}

void Document::append_child(Node* parent, Node* child) {
  child->parent = parent;
  child->prev_sibling = parent->last_child;
  if (parent->last_child != nullptr) parent->last_child->next_sibling = child;
  else parent->first_child = child;
  parent->last_child = child;
}

void Document::finish(SourceKind kind) {
  source_kind_ = kind;
  elements_.clear();
  id_index_.clear();
  id_slices_.clear();
  id_elements_.clear();
  std::vector<std::uint32_t> slice_of;  // per element with an id, in tree order
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
      const Attribute* id = n.in_template ? nullptr : n.attribute(attr::id);
      if (id != nullptr && !id->value.empty()) {
        auto [it, added] = id_index_.try_emplace(id->value, static_cast<std::uint32_t>(id_slices_.size()));
        if (added) id_slices_.emplace_back();
        ++id_slices_[it->second].count;
        slice_of.push_back(it->second);
        id_elements_.push_back(&n);
      }
    }
    return true;
  });
  node_count_ = index;
  index_by_name();
  // Group the elements by id, keeping tree order within each id.
  std::uint32_t first = 0;
  for (IdSlice& s : id_slices_) {
    s.first = first;
    first += s.count;
    s.count = 0;
  }
  std::vector<const Node*> in_tree_order = std::move(id_elements_);
  id_elements_.assign(in_tree_order.size(), nullptr);
  for (std::size_t i = 0; i < in_tree_order.size(); ++i) {
    IdSlice& s = id_slices_[slice_of[i]];
    id_elements_[s.first + s.count++] = in_tree_order[i];
  }
}

namespace {

// A counting sort of items by name id, stable (tree order kept).
template <class T, class NameOf, class Each>
void group_by_name(std::size_t names, std::size_t items, Each&& for_each, NameOf name_of,
                   std::vector<std::uint32_t>& first, std::vector<const T*>& out) {
  first.assign(names + 1, 0);
  for_each([&](const T& x) { ++first[name_of(x).id + 1]; });
  for (std::size_t k = 1; k <= names; ++k) first[k] += first[k - 1];
  out.assign(items, nullptr);
  std::vector<std::uint32_t> next(first.begin(), first.end() - 1);
  for_each([&](const T& x) { out[next[name_of(x).id]++] = &x; });
}

}  // namespace

void Document::index_by_name() {
  std::size_t names = kKnownNameCount + interned_spellings_.size();
  group_by_name<Node>(
      names, elements_.size(),
      [&](auto&& f) {
        for (const Node* e : elements_) f(*e);
      },
      [](const Node& e) { return e.name; }, elements_by_name_first_, elements_by_name_);
  std::size_t attributes = 0;
  for (const Node* e : elements_) attributes += e->attr_count;
  group_by_name<Attribute>(
      names, attributes,
      [&](auto&& f) {
        for (const Node* e : elements_)
          for (const Attribute& a : e->attributes()) f(a);
      },
      [](const Attribute& a) { return a.name; }, attributes_by_name_first_, attributes_by_name_);
}

}  // namespace rampa
