// The Semantics passes, each linear in the document, in the order the
// constructor runs them:
//  mark_referenced: what aria-labelledby and aria-describedby point at, and
//    what aria-owns takes from elsewhere;
//  resolve_elements, tree order: rendering, hidden, focus, language, role
//    (parents first), and which elements' text can be part of some name;
//  match_labels: every label with the control it names;
//  gather_texts, reverse tree order: each such element's text contribution,
//    from its children's (accname 1.2 step 2F without recursion);
//  name_elements, tree order: every element's name and description.
#include "semantics/semantics.hpp"

#include <algorithm>
#include <optional>
#include <span>

#include "document/ascii.hpp"
#include "semantics/aria/aria_data.hpp"
#include "semantics/aria/roles.hpp"
#include "semantics/css/generated.hpp"
#include "semantics/focus.hpp"
#include "semantics/list_markers.hpp"
#include "semantics/style_facts.hpp"

namespace rampa {

namespace {

using ascii::blank;
using ascii::lower;
using ascii::trim;
constexpr auto ascii_space = ascii::is_space;

// Appends `text` with runs of whitespace collapsed to one space, keeping the
// result under the cap; returns false once the cap cut something.
// Names from content copy each subtree's text up the tree, so words go in
// whole rather than a character at a time.
bool append_collapsed(std::string& out, std::string_view text, std::size_t cap) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (ascii_space(text[i])) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && !ascii_space(text[j])) ++j;
    if (out.size() >= cap) return false;
    const std::size_t room = cap - out.size();
    if (j - i > room) {
      out.append(text, i, room);
      return false;
    }
    out.append(text, i, j - i);
    i = j;
  }
  return true;
}

std::string normalized(std::string_view s) {
  std::string out;
  append_collapsed(out, s, Semantics::kMaxNameBytes);
  return std::string(trim(out));
}

void join_into(std::string& out, std::string_view part) {
  part = trim(part);
  if (part.empty()) return;
  if (!out.empty() && out.back() != ' ') out += ' ';
  out += part;
}

std::string_view input_type(const Node& e) {
  auto t = e.attr(attr::type);
  return t ? trim(*t) : std::string_view("text");
}

bool is_text_input(const Node& e) {
  if (!e.is(tag::input)) return false;
  std::string t = lower(input_type(e));
  return t == "text" || t == "email" || t == "tel" || t == "url" || t == "search" || t == "password" ||
         t == "number" || t.empty() ||
         !(t == "button" || t == "submit" || t == "reset" || t == "image" || t == "checkbox" ||
           t == "radio" || t == "range" || t == "file" || t == "hidden" || t == "color" ||
           t == "date" || t == "datetime-local" || t == "month" || t == "time" || t == "week");
}

bool is_labelable(const Node& e) {
  if (e.ns != Namespace::html) return false;
  if (e.is(tag::input)) return lower(input_type(e)) != "hidden";
  return e.is(tag::button) || e.is(tag::meter) || e.is(tag::output) || e.is(tag::progress) ||
         e.is(tag::select) || e.is(tag::textarea);
}

bool is_first_summary(const Node& e) {
  if (!e.is(tag::summary) || e.parent == nullptr || !e.parent->is(tag::details)) return false;
  for (const Node& c : e.parent->children())
    if (c.is(tag::summary)) return &c == &e;
  return false;
}

// Elements a browser never renders, whatever the stylesheet says about
// their children (their own display is none in the UA sheet).
bool never_rendered(const Node& e) {
  return e.is(tag::head) || e.is(tag::script) || e.is(tag::style) || e.is(tag::title) ||
         e.is(tag::meta) || e.is(tag::link) || e.is(tag::base) || e.is(tag::template_) ||
         e.is(tag::noscript) || e.is(tag::datalist) || e.is(tag::param);
}

const std::string kNoString;

// What an element says inside someone else's name from its own markup
// rather than its content; nullopt: its content speaks.
std::optional<std::string> own_alternative(const Document& doc, const Node& e) {
  // accname 1.2 step 2C: a control inside a label contributes its value.
  if (is_text_input(e) || e.is(tag::textarea)) {
    if (e.is(tag::textarea)) return doc.text_content(e);
    return std::string(e.attr(attr::value).value_or(""));
  }
  if (e.is(tag::select)) {
    // A selected option with no text ("Elija una opción" left blank) is
    // still the one shown: the select's value is empty, not the next
    // option's text.
    std::string chosen, first;
    bool any_selected = false, any_option = false;
    for_each_descendant(e, [&](const Node& d) {
      if (d.is(tag::option)) {
        if (!any_option) first = doc.text_content(d);
        any_option = true;
        if (d.has(attr::selected)) {
          join_into(chosen, doc.text_content(d));
          any_selected = true;
        }
      }
      return true;
    });
    return any_selected ? chosen : first;
  }
  if (e.is(tag::input) && lower(input_type(e)) == "range") return std::string(e.attr(attr::value).value_or(""));
  // Step 2D.
  if (auto l = e.attr(attr::aria_label); l && !blank(*l)) return std::string(*l);
  // Step 2E, what a host-language alternative says inside someone's name.
  // An image without alt still has its title (step 2I).
  if (e.is(tag::img) || e.is(tag::area)) {
    if (auto alt = e.attr(attr::alt)) return std::string(*alt);
    return std::string(e.attr(attr::title).value_or(""));
  }
  if (e.is(tag::input) && lower(input_type(e)) == "image") return std::string(e.attr(attr::alt).value_or(""));
  return std::nullopt;
}

bool named_by_heading(std::string_view role) {
  return role == "dialog" || role == "alertdialog" || role == "article";
}

}  // namespace

Semantics::~Semantics() = default;

InOrder<Node> Semantics::elements_with_role(std::string_view role) const {
  auto it = by_role_.find(role);
  if (it == by_role_.end()) return {};
  return it->second;
}

const css::ComputedStyle* Semantics::style(const Node& element) const {
  return computed_style(styles_, element);
}

std::uint32_t Semantics::keep(std::string_view text) {
  if (text.empty()) return 0;
  const std::size_t hash = std::hash<std::string_view>{}(text);
  std::uint64_t& slot = recent_texts_[hash % kRecentTexts];
  const auto tag = static_cast<std::uint32_t>(hash >> 32);
  const auto seen = static_cast<std::uint32_t>(slot);
  if (seen != 0 && (slot >> 32) == tag && texts_[seen] == text) return seen;
  const auto number = static_cast<std::uint32_t>(texts_.size());
  texts_.push_back(text_arena_.copy(text));
  slot = (std::uint64_t{tag} << 32) | number;
  return number;
}

// What one pass leaves for the next; dropped when the constructor returns.
struct Semantics::Passes {
  static constexpr std::uint32_t kNoText = 0xffffffffu;

  Passes(const Semantics& s, std::size_t n)
      : doc(s.doc_), styles(s.styles_), elements(s.elements_), referenced(n, false), subtree_end(n, 0),
        owned(n, false), text_slot(n, kNoText) {}

  // As inside an aria-labelledby traversal: no labelledby followed.
  const std::string& plain(std::size_t i) const {
    return text_slot[i] == kNoText ? kNoString : plain_texts[text_slot[i]];
  }
  // As inside name-from-content: a child's own labelledby counts.
  const std::string& text(std::size_t i) const {
    return text_slot[i] != kNoText && differs[text_slot[i]] ? content_texts[text_slot[i]] : plain(i);
  }
  bool block(const Node& e) const { return style_facts(styles, e).block; }
  // visibility:hidden takes only the element's own text out: a descendant
  // that sets visibility:visible is drawn, and still speaks.
  bool own_text_only_hidden(std::size_t i) const {
    const ElementSemantics& s = elements[i];
    return !s.aria_hidden && !s.inert && s.rendered == Tri::yes && s.visible == Tri::no;
  }
  // Whether `inner` is `outer` or inside it.
  bool within(const Node& inner, const Node& outer) const {
    return inner.element_index >= outer.element_index && inner.element_index <= subtree_end[outer.element_index];
  }
  // What aria-owns gives `owner`, in its token order.
  std::span<const std::pair<std::uint32_t, const Node*>> owned_by(const Node& owner) const {
    auto [b, e] = std::equal_range(owns.begin(), owns.end(), std::pair<std::uint32_t, const Node*>{owner.element_index, nullptr},
                                   [](const auto& x, const auto& y) { return x.first < y.first; });
    return {b, e};
  }

  std::string referenced_text(const Node& r) const;
  std::string id_list_text(const Attribute& ids) const;
  std::string label_text(const Node& label, const Node& control) const;
  std::optional<std::string> first_child_text(const Node& e, Name child_tag) const;
  std::optional<std::string> first_heading_text(const Node& root) const;

  const Document& doc;
  const css::Styles* styles;
  const std::vector<ElementSemantics>& elements;
  // Which elements' text can reach a name: theirs by role or tag, that of
  // what aria-labelledby and aria-describedby point at, and what is inside.
  std::vector<bool> referenced;
  // The last element inside each element, by element index: "is inside"
  // without walking up.
  std::vector<std::uint32_t> subtree_end;
  // aria-owns, as (owner, owned) sorted by owner, each element owned once
  // (by the first owner in tree order); `owned` marks them, since they
  // speak inside their owner's name, not their parent's.
  std::vector<std::pair<std::uint32_t, const Node*>> owns;
  std::vector<bool> owned;
  // Only those elements get a slot for their text: on most pages few do,
  // and a string per element would be most of the texts' memory.
  std::vector<std::uint32_t> text_slot;
  std::vector<std::uint32_t> slotted;  // the element of each slot, in tree order
  // Labels with the control they label (for= and wrapping), sorted by
  // control and then in tree order: the names pass meets the controls in
  // that order.
  std::vector<std::pair<std::uint32_t, const Node*>> labels_of;
  std::vector<std::string> plain_texts, content_texts;  // per slot
  // The second sweep's text differs from the first only for an element
  // with aria-labelledby and the elements around it: only those are
  // swept again (on most pages, few).
  std::vector<std::uint8_t> differs;
  std::vector<bool> cut;  // per element: its text was cut by the length limit
  // ::before and ::after text, read into names from content.
  css::GeneratedContent generated;
  ListMarkers markers;  // of the list items with a text slot
};

Semantics::Semantics(const Document& doc, const css::Styles* styles)
    : doc_(doc), styles_(styles) {
  const std::size_t n = doc.elements().size();
  elements_.resize(n);
  texts_.assign(1, std::string_view{});
  recent_texts_.assign(kRecentTexts, 0);
  name_of_.assign(n, 0);
  description_of_.assign(n, 0);
  styles_complete_ = cascade_styles_complete(styles);

  Passes passes(*this, n);
  if (styles != nullptr) passes.generated = css::GeneratedContent::compute(doc, *styles);
  mark_referenced(passes);
  resolve_elements(passes);
  passes.markers = ListMarkers::compute(doc, styles, [&](std::uint32_t i) { return passes.text_slot[i] != Passes::kNoText; });
  match_labels(passes);
  gather_texts(passes);
  name_elements(passes);
  recent_texts_ = {};
}

void Semantics::mark_referenced(Passes& passes) const {
  const auto& els = doc_.elements();
  for (std::size_t i = els.size(); i-- > 0;) {
    passes.subtree_end[i] = std::max(passes.subtree_end[i], static_cast<std::uint32_t>(i));
    const Node* parent = els[i]->parent;
    if (parent != nullptr && parent->is_element())
      passes.subtree_end[parent->element_index] =
          std::max(passes.subtree_end[parent->element_index], passes.subtree_end[i]);
  }
  for (const Attribute* list : doc_.attributes_named(attr::aria_owns)) {
    const Node* owner = list->owner;
    for (const Node* r : doc_.references(*list)) {
      // An element owning itself or one of its ancestors would be a cycle.
      if (r == nullptr || passes.owned[r->element_index] || passes.within(*owner, *r)) continue;
      passes.owned[r->element_index] = true;
      passes.referenced[r->element_index] = true;
      passes.owns.emplace_back(owner->element_index, r);
    }
  }
  std::stable_sort(passes.owns.begin(), passes.owns.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (Name rel : {attr::aria_labelledby, attr::aria_labeledby, attr::aria_describedby}) {
    const InOrder<Attribute> lists = doc_.attributes_named(rel);
    for (std::size_t k = 0; k < lists.size(); ++k) {
      if (k + kFetchAhead < lists.size())
        for (const Node* r : doc_.references(*lists[k + kFetchAhead])) __builtin_prefetch(r);
      for (const Node* r : doc_.references(*lists[k]))
        if (r != nullptr) passes.referenced[r->element_index] = true;
    }
  }
}

void Semantics::resolve_elements(Passes& passes) {
  const Document& doc = doc_;
  const std::size_t n = elements_.size();
  const bool xml = doc.source_kind() == SourceKind::xml;
  std::vector<bool> fieldset_disabled(n, false);  // a disabled fieldset disables it
  std::vector<Tri> content_hidden(n, Tri::no);     // content-visibility: hidden
  aria::RoleContext roles;
  roles.is_focusable = [this](const Node& e) { return elements_[e.element_index].focusable == Tri::yes; };
  roles.has_accessible_name = [&doc](const Node& e) {
    // Only author names can name a section or form: cheap, no content walk.
    if (auto l = e.attr(attr::aria_label); l && !blank(*l)) return true;
    if (const Attribute* ids = e.labelledby()) {
      for (const Node* r : doc.references(*ids))
        if (r != nullptr && !blank(doc.text_content(*r))) return true;
    }
    if (auto t = e.attr(attr::title); t && !blank(*t)) return true;
    return false;
  };

  for (const Node* ep : doc.elements()) {
    const Node& e = *ep;
    ElementSemantics& s = elements_[e.element_index];
    const ElementSemantics* p = e.parent != nullptr && e.parent->is_element() ? &elements_[e.parent->element_index] : nullptr;
    StyleFacts facts = style_facts(styles_, e);

    content_hidden[e.element_index] = facts.content_hidden;
    Tri rendered = p ? p->rendered && !content_hidden[e.parent->element_index] : Tri::yes;
    if (e.in_template || never_rendered(e)) rendered = Tri::no;
    if (e.parent != nullptr && e.parent->is(tag::details) && !e.parent->has(attr::open) && !is_first_summary(e))
      rendered = Tri::no;
    // A dialog shows only when open; what sits inside audio and video is
    // fallback for browsers without media support, never drawn.
    if (e.is(tag::dialog) && !e.has(attr::open)) rendered = Tri::no;
    if (e.parent != nullptr && (e.parent->is(tag::audio) || e.parent->is(tag::video))) rendered = Tri::no;
    // An object's content is its fallback too, for when `data` cannot be
    // shown; rampa takes the resource as usable.
    if (e.parent != nullptr && e.parent->is(tag::object) && e.parent->has(attr::data)) rendered = Tri::no;
    // HTML's user-agent sheet hides <area>, yet an image map draws it: its
    // rendering is the map's.
    if (!e.is(tag::area)) rendered = rendered && !facts.display_none;
    s.rendered = rendered;
    s.visible = rendered && !facts.visibility_hidden;
    s.visually_hidden = (p ? p->visually_hidden : Tri::no) || facts.visually_hidden;

    auto aria_hidden = e.attr(attr::aria_hidden);
    s.aria_hidden = (p && p->aria_hidden) || (aria_hidden && lower(trim(*aria_hidden)) == "true");
    s.inert = (p && p->inert) || e.has(attr::inert);
    // Inert content is out of the accessibility tree as well as out of reach.
    s.hidden = tri(s.aria_hidden || s.inert) || !s.visible;

    if (e.parent != nullptr && e.parent->is_element())
      fieldset_disabled[e.element_index] =
          fieldset_disabled[e.parent->element_index] || fieldset_disables(*e.parent, e);
    s.disabled = is_disableable(e) &&
                 (e.has(attr::disabled) || fieldset_disabled[e.element_index] ||
                  (e.is(tag::option) && e.parent != nullptr && e.parent->is(tag::optgroup) &&
                   e.parent->has(attr::disabled)));
    if (auto t = e.attr(attr::tabindex)) {
      if (auto v = parse_tabindex(*t)) {
        s.tabindex = *v;
        s.has_tabindex = true;
      }
    }
    bool markup = focusable_by_markup(e, s.disabled) && !s.inert;
    s.focusable = tri(markup) && s.visible;
    s.sequential_focus = s.focusable && tri(!s.has_tabindex || s.tabindex >= 0);
    if (s.sequential_focus != Tri::no) sequentially_focusable_.push_back(&e);

    std::optional<std::string_view> own_lang;
    if (xml) own_lang = e.attr(attr::xml_lang);
    if (!own_lang) own_lang = e.attr(attr::lang);
    s.lang = own_lang ? trim(*own_lang) : (p ? p->lang : std::string_view{});

    aria::ResolvedRole role = aria::resolve_role(e, doc, roles);
    s.role = role.role;
    s.explicit_role = role.from_attribute;
    if (p != nullptr) {
      const aria::RoleInfo* parent_role = aria::role_info(p->role);
      s.presentational_child = p->presentational_child || (parent_role && parent_role->children_presentational);
    }
    by_role_[s.role].push_back(&e);
    const aria::RoleInfo* info = aria::role_info(s.role);
    bool self = (info && info->name_from.contents) || e.is(tag::label) || e.is(tag::legend) ||
                e.is(tag::caption) || e.is(tag::figcaption) || e.is(tag::summary) || e.is(tag::option) ||
                e.is(tag::title) || passes.referenced[e.element_index];
    if (self || (e.parent && e.parent->is_element() && passes.text_slot[e.parent->element_index] != Passes::kNoText)) {
      passes.text_slot[e.element_index] = static_cast<std::uint32_t>(passes.slotted.size());
      passes.slotted.push_back(e.element_index);
    }
  }
}

// A label names the control its for= points at, or else the first
// labelable element inside it.
void Semantics::match_labels(Passes& passes) const {
  auto& labels_of = passes.labels_of;
  for (const Node* label : doc_.elements_named(tag::label)) {
    const Node& e = *label;
    if (!e.is(tag::label)) continue;
    if (const Attribute* f = e.attribute(attr::for_)) {
      if (const Node* target = doc_.reference(*f); target && is_labelable(*target))
        labels_of.emplace_back(target->element_index, &e);
    } else {
      const Node* first = nullptr;
      for_each_descendant(e, [&](const Node& d) {
        if (first != nullptr) return false;
        if (d.is_element() && is_labelable(d)) first = &d;
        return first == nullptr;
      });
      if (first != nullptr) labels_of.emplace_back(first->element_index, &e);
    }
  }
  std::stable_sort(labels_of.begin(), labels_of.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
}

// Text contributions, children before parents.
void Semantics::gather_texts(Passes& passes) const {
  const auto& els = doc_.elements();
  const auto& slotted = passes.slotted;
  const auto& text_slot = passes.text_slot;
  auto& differs = passes.differs;
  auto& cut = passes.cut;
  passes.plain_texts.resize(slotted.size());
  passes.content_texts.resize(slotted.size());
  differs.assign(slotted.size(), 0);
  cut.assign(els.size(), false);
  // Two sweeps: `plain` never follows aria-labelledby, so it is complete
  // before `text` reads it for any element, earlier or later in the page.
  for (auto* pass : {&passes.plain_texts, &passes.content_texts}) {
    const bool follow_labelledby = pass == &passes.content_texts;
    // Only the elements with a slot, without reading the others at all.
    for (std::size_t slot = slotted.size(); slot-- > 0;) {
      // Backwards through memory, where the processor does not fetch ahead
      // by itself. (The second sweep visits few slots.)
      if (!follow_labelledby && slot >= kFetchAhead) {
        __builtin_prefetch(els[slotted[slot - kFetchAhead]]);
        __builtin_prefetch(&elements_[slotted[slot - kFetchAhead]]);
      }
      if (follow_labelledby && !differs[slot]) continue;
      const std::size_t i = slotted[slot];
      const bool own_text_hidden = passes.own_text_only_hidden(i);
      if (elements_[i].hidden == Tri::yes && !own_text_hidden) continue;
      const Node& e = *els[i];
      std::string& out = (*pass)[slot];
      std::optional<std::string> own;
      if (!own_text_hidden) own = own_alternative(doc_, e);
      if (own) {
        append_collapsed(out, *own, kMaxNameBytes);
      } else {
        bool ok = true;
        // An owned element is read apart from the text around it, as the
        // separate piece of markup it is.
        auto add_child = [&](const Node& c, bool spaced) {
          if (spaced) out += ' ';
          const std::size_t ci = c.element_index;
          // Children come later in the page, so their texts are ready. An
          // element owned from earlier in the page is not, until the second
          // sweep, which takes what the first one gathered for it.
          if (text_slot[ci] > slot)
            ok = append_collapsed(out, follow_labelledby ? passes.text(ci) : passes.plain(ci), kMaxNameBytes) && ok;
          else if (follow_labelledby)
            ok = append_collapsed(out, passes.plain(ci), kMaxNameBytes) && ok;
          else
            differs[slot] = 1;
          if (!follow_labelledby && text_slot[ci] != Passes::kNoText && differs[text_slot[ci]]) differs[slot] = 1;
          if (spaced) out += ' ';
          ok = ok && !cut[ci];
        };
        // A list item's marker is drawn first (its ::marker box), then
        // accname 2F.ii: ::before text, the content, ::after text.
        if (e.is(tag::li) && !own_text_hidden)
          if (const ListMarker* marker = passes.markers.of(e)) {
            ok = append_collapsed(out, marker->text, kMaxNameBytes) && ok;
            ok = ok && marker->certain;
          }
        const css::GeneratedText* generated =
            passes.generated.empty() || own_text_hidden ? nullptr : passes.generated.of(e);
        if (generated != nullptr) {
          ok = append_collapsed(out, generated->before, kMaxNameBytes) && ok;
          // Text the page may generate that was not read: the name is not
          // known whole, as when it is cut.
          ok = ok && generated->certain;
        }
        for (const Node& c : e.children()) {
          if (c.is_text()) {
            if (!own_text_hidden) ok = append_collapsed(out, c.text, kMaxNameBytes) && ok;
          } else if (c.is_element() && !passes.owned[c.element_index]) {
            add_child(c, passes.block(c));
          }
        }
        if (!passes.owns.empty() && e.has(attr::aria_owns))
          for (const auto& [owner, owned] : passes.owned_by(e)) add_child(*owned, true);
        if (generated != nullptr) ok = append_collapsed(out, generated->after, kMaxNameBytes) && ok;
        cut[i] = cut[i] || !ok;
        if (blank(out) && !own_text_hidden)
          if (auto t = e.attr(attr::title)) out = std::string(*t);  // step 2I
      }
      if (e.is(tag::label)) continue;
      if (!follow_labelledby) {
        if (e.labelledby() != nullptr) differs[slot] = 1;
        continue;
      }
      if (const Attribute* ids = e.labelledby()) {
        std::string via;
        for (const Node* r : doc_.references(*ids))
          if (r != nullptr) join_into(via, passes.plain(r->element_index));
        if (!blank(via)) out = via;
      }
    }
  }
}

// What a referenced element says, as aria-labelledby and aria-describedby
// read it: hidden content counts when the referenced element itself is
// hidden (accname 1.2 step 2A).
std::string Semantics::Passes::referenced_text(const Node& r) const {
  if (elements[r.element_index].hidden != Tri::yes) return plain(r.element_index);
  if (auto l = r.attr(attr::aria_label); l && !blank(*l)) return std::string(*l);
  std::string out;
  append_collapsed(out, doc.text_content(r), kMaxNameBytes);
  return out;
}

// Each node speaks once in one computation: an id listed twice, or one
// inside an element listed before it, adds nothing more.
std::string Semantics::Passes::id_list_text(const Attribute& ids) const {
  std::string out;
  const auto refs = doc.references(ids);
  for (std::size_t k = 0; k < refs.size(); ++k) {
    const Node* r = refs[k];
    if (r == nullptr) continue;
    bool spoken = false;
    for (std::size_t j = 0; j < k && !spoken; ++j) spoken = refs[j] != nullptr && within(*r, *refs[j]);
    if (!spoken) join_into(out, referenced_text(*r));
  }
  return out;
}

// A label's text without the control it labels: a control inside its own
// label does not name itself (it would read its own value).
std::string Semantics::Passes::label_text(const Node& label, const Node& control) const {
  std::string out;
  for_each_descendant(label, [&](const Node& d) {
    if (&d == &control) return false;
    if (d.is_text()) {
      if (d.parent == nullptr || !d.parent->is_element() || !own_text_only_hidden(d.parent->element_index))
        append_collapsed(out, d.text, kMaxNameBytes);
      return true;
    }
    if (!d.is_element()) return false;
    if (elements[d.element_index].hidden == Tri::yes) return own_text_only_hidden(d.element_index);
    if (block(d)) out += ' ';
    if (auto own = own_alternative(doc, d)) {
      join_into(out, *own);
      return false;
    }
    return true;
  });
  return out;
}

std::optional<std::string> Semantics::Passes::first_child_text(const Node& e, Name child_tag) const {
  for (const Node& c : e.children())
    if (c.is(child_tag)) return text(c.element_index).empty() ? doc.text_content(c) : text(c.element_index);
  return std::nullopt;
}

// Dialogs and articles without an author name are announced by their first
// heading, the shallowest one first (as browsers name them). The search
// stops at nested dialogs and articles, whose headings are their own, so
// no element is searched for more than one of them.
std::optional<std::string> Semantics::Passes::first_heading_text(const Node& root) const {
  std::vector<const Node*> level{&root}, next;
  while (!level.empty()) {
    next.clear();
    for (const Node* parent : level)
      for (const Node& c : parent->children()) {
        if (!c.is_element()) continue;
        const ElementSemantics& cs = elements[c.element_index];
        if (cs.hidden == Tri::yes) continue;
        if (cs.role == "heading")
          return text(c.element_index).empty() ? doc.text_content(c) : text(c.element_index);
        if (named_by_heading(cs.role)) continue;
        next.push_back(&c);
      }
    std::swap(level, next);
  }
  return std::nullopt;
}

// accname 1.2's steps, in their order, for every element, from the texts
// gathered before.
void Semantics::name_elements(const Passes& passes) {
  std::size_t next_label = 0;
  for (const Node* ep : doc_.elements()) {
    const Node& e = *ep;
    std::size_t i = e.element_index;
    while (next_label < passes.labels_of.size() && passes.labels_of[next_label].first < i) ++next_label;
    ElementSemantics& s = elements_[i];
    std::string name;
    bool title_used = false;
    // 2B
    if (const Attribute* ids = e.labelledby()) name = passes.id_list_text(*ids);
    // 2D
    if (blank(name))
      if (auto l = e.attr(attr::aria_label)) name = std::string(*l);
    // 2E: host language labels
    if (blank(name) && e.ns == Namespace::html) {
      if (is_labelable(e)) {
        for (std::size_t k = next_label; k < passes.labels_of.size() && passes.labels_of[k].first == i; ++k)
          join_into(name, passes.label_text(*passes.labels_of[k].second, e));
        std::string t = lower(input_type(e));
        if (blank(name) && e.is(tag::input)) {
          if (t == "button" || t == "submit" || t == "reset") {
            auto v = e.attr(attr::value);
            name = v ? std::string(*v) : (t == "submit" ? "Submit" : t == "reset" ? "Reset" : "");
          } else if (t == "image") {
            if (auto a = e.attr(attr::alt); a && !blank(*a)) name = std::string(*a);
            else if (auto v = e.attr(attr::value)) name = std::string(*v);
          }
        }
      } else if (e.is(tag::img) || e.is(tag::area)) {
        if (auto a = e.attr(attr::alt)) name = std::string(*a);
      } else if (e.is(tag::fieldset)) {
        if (auto t = passes.first_child_text(e, tag::legend)) name = *t;
      } else if (e.is(tag::table)) {
        if (auto t = passes.first_child_text(e, tag::caption)) name = *t;
      } else if (e.is(tag::figure)) {
        if (auto t = passes.first_child_text(e, tag::figcaption)) name = *t;
      } else if (e.is(tag::optgroup)) {
        if (auto l = e.attr(attr::label)) name = std::string(*l);
      } else if (e.is(tag::option)) {
        if (auto l = e.attr(attr::label); l && !blank(*l)) name = std::string(*l);
      }
    }
    if (blank(name) && e.is_in(Namespace::svg, tag::svg)) {
      for (const Node& c : e.children())
        if (c.is_in(Namespace::svg, tag::title)) {
          name = doc_.text_content(c);
          break;
        }
    }
    // 2F: name from content for roles that allow it
    const aria::RoleInfo* info = aria::role_info(s.role);
    if (blank(name) && info && info->name_from.contents && !passes.text(i).empty()) name = passes.text(i);
    if (blank(name) && named_by_heading(s.role))
      if (auto h = passes.first_heading_text(e)) name = *h;
    // 2I: tooltip, then placeholder as HTML-AAM's last resort
    if (blank(name))
      if (auto t = e.attr(attr::title); t && !blank(*t)) {
        name = std::string(*t);
        title_used = true;
      }
    if (blank(name) && (e.is(tag::input) || e.is(tag::textarea)))
      if (auto ph = e.attr(attr::placeholder)) name = std::string(*ph);
    // accname 1.2 step 2 preamble: an element whose role resolved to none or
    // presentation is not in the tree as itself, so it has no name of its
    // own (a global ARIA attribute or focus would have kept its role).
    const bool presentational = s.role == "none" || s.role == "presentation";
    if (presentational) name.clear();
    const std::string normal_name = normalized(name);
    name_of_[i] = keep(normal_name);
    s.name_complete = !passes.cut[i] && normal_name.size() < kMaxNameBytes;

    // No description for a presentational element either: nothing is
    // exposed to carry one.
    std::string description;
    if (!presentational) {
      if (const Attribute* ids = e.attribute(attr::aria_describedby)) description = passes.id_list_text(*ids);
      if (blank(description))
        if (auto d = e.attr(attr::aria_description)) description = std::string(*d);
      if (blank(description) && !title_used)
        if (auto t = e.attr(attr::title)) description = std::string(*t);
    }
    const std::string normal_description = normalized(description);
    if (normal_description != normal_name) description_of_[i] = keep(normal_description);
  }
}

}  // namespace rampa
