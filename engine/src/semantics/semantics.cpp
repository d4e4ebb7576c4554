// The Semantics passes, each linear in the document:
//  1. tree order: rendering, hidden, focus, language, role (parents first);
//  2. tree order: which elements' text can be part of some name;
//  3. reverse tree order: each such element's text contribution, from its
//     children's (accname 1.2 step 2F without recursion);
//  4. tree order: every element's name and description from the above.
#include "semantics/semantics.hpp"

#include <algorithm>

#include "document/ascii.hpp"
#include "semantics/aria/aria_data.hpp"
#include "semantics/aria/roles.hpp"
#include "semantics/focus.hpp"
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

Semantics::Semantics(const Document& doc, const css::Styles* styles)
    : doc_(doc), styles_(styles) {
  const auto& els = doc.elements();
  const std::size_t n = els.size();
  elements_.resize(n);
  texts_.assign(1, std::string_view{});
  recent_texts_.assign(kRecentTexts, 0);
  name_of_.assign(n, 0);
  description_of_.assign(n, 0);
  styles_complete_ = cascade_styles_complete(styles);
  const bool xml = doc.source_kind() == SourceKind::xml;

  // Labels with the control they label (for= and wrapping), sorted by
  // control and then in tree order: pass 3 meets the controls in that order.
  std::vector<std::pair<std::uint32_t, const Node*>> labels_of;
  std::vector<bool> fieldset_disabled(n, false);  // a disabled fieldset disables it
  std::vector<Tri> content_hidden(n, Tri::no);     // content-visibility: hidden

  // Which elements' text can reach a name: theirs by role or tag, that of
  // what aria-labelledby and aria-describedby point at, and what is inside.
  std::vector<bool> referenced(n, false);
  for (Name rel : {attr::aria_labelledby, attr::aria_labeledby, attr::aria_describedby}) {
    const InOrder<Attribute> lists = doc.attributes_named(rel);
    for (std::size_t k = 0; k < lists.size(); ++k) {
      if (k + kFetchAhead < lists.size())
        for (const Node* r : doc.references(*lists[k + kFetchAhead])) __builtin_prefetch(r);
      for (const Node* r : doc.references(*lists[k]))
        if (r != nullptr) referenced[r->element_index] = true;
    }
  }
  // Only those elements get a slot for their text in pass 2: on most pages
  // few do, and a string per element would be most of the pass's memory.
  constexpr std::uint32_t kNoText = 0xffffffffu;
  std::vector<std::uint32_t> text_slot(n, kNoText);
  std::vector<std::uint32_t> slotted;  // the element of each slot, in tree order

  // -- pass 1 --------------------------------------------------------------
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

  for (const Node* ep : els) {
    const Node& e = *ep;
    ElementSemantics& s = elements_[e.element_index];
    const ElementSemantics* p = e.parent != nullptr && e.parent->is_element() ? &elements_[e.parent->element_index] : nullptr;
    StyleFacts facts = style_facts(styles, e);

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
                e.is(tag::title) || referenced[e.element_index];
    if (self || (e.parent && e.parent->is_element() && text_slot[e.parent->element_index] != kNoText)) {
      text_slot[e.element_index] = static_cast<std::uint32_t>(slotted.size());
      slotted.push_back(e.element_index);
    }
  }

  // A label names the control its for= points at, or else the first
  // labelable element inside it.
  for (const Node* label : doc.elements_named(tag::label)) {
    const Node& e = *label;
    if (!e.is(tag::label)) continue;
    if (const Attribute* f = e.attribute(attr::for_)) {
      if (const Node* target = doc.reference(*f); target && is_labelable(*target))
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

  // -- pass 2: text contributions, children before parents ---------------------
  // plain: as inside an aria-labelledby traversal (no labelledby followed);
  // text: as inside name-from-content (a child's own labelledby counts).
  std::vector<std::string> plain_texts(slotted.size()), content_texts(slotted.size());
  static const std::string kNoString;
  // The second sweep's text differs from the first only for an element
  // with aria-labelledby and the elements around it: only those are
  // swept again (on most pages, few).
  std::vector<std::uint8_t> differs(slotted.size(), 0);
  auto plain = [&](std::size_t i) -> const std::string& {
    return text_slot[i] == kNoText ? kNoString : plain_texts[text_slot[i]];
  };
  auto text = [&](std::size_t i) -> const std::string& {
    return text_slot[i] != kNoText && differs[text_slot[i]] ? content_texts[text_slot[i]] : plain(i);
  };
  std::vector<bool> cut(n, false);
  auto block = [&](const Node& e) { return style_facts(styles, e).block; };
  auto own_alternative = [&](const Node& e) -> std::optional<std::string> {
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
  };
  // Two sweeps: `plain` never follows aria-labelledby, so it is complete
  // before `text` reads it for any element, earlier or later in the page.
  for (auto* pass : {&plain_texts, &content_texts}) {
    const bool follow_labelledby = pass == &content_texts;
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
      if (elements_[i].hidden == Tri::yes) continue;
      const Node& e = *els[i];
      std::string& out = (*pass)[slot];
      if (auto own = own_alternative(e)) {
        append_collapsed(out, *own, kMaxNameBytes);
      } else {
        bool ok = true;
        for (const Node& c : e.children()) {
          if (c.is_text()) {
            ok = append_collapsed(out, c.text, kMaxNameBytes) && ok;
          } else if (c.is_element()) {
            bool spaced = block(c);
            if (spaced) out += ' ';
            ok = append_collapsed(out, follow_labelledby ? text(c.element_index) : plain(c.element_index),
                                  kMaxNameBytes) && ok;
            if (!follow_labelledby && text_slot[c.element_index] != kNoText && differs[text_slot[c.element_index]])
              differs[slot] = 1;
            if (spaced) out += ' ';
            ok = ok && !cut[c.element_index];
          }
        }
        cut[i] = cut[i] || !ok;
        if (blank(out))
          if (auto t = e.attr(attr::title)) out = std::string(*t);  // step 2I
      }
      if (e.is(tag::label)) continue;
      if (!follow_labelledby) {
        if (e.labelledby() != nullptr) differs[slot] = 1;
        continue;
      }
      if (const Attribute* ids = e.labelledby()) {
        std::string via;
        for (const Node* r : doc.references(*ids))
          if (r != nullptr) join_into(via, plain(r->element_index));
        if (!blank(via)) out = via;
      }
    }
  }

  // What a referenced element says, as aria-labelledby and aria-describedby
  // read it: hidden content counts when the referenced element itself is
  // hidden (accname 1.2 step 2A).
  auto referenced_text = [&](const Node& r) -> std::string {
    const ElementSemantics& rs = elements_[r.element_index];
    if (rs.hidden == Tri::no || !plain(r.element_index).empty()) return plain(r.element_index);
    if (auto l = r.attr(attr::aria_label); l && !blank(*l)) return std::string(*l);
    std::string out;
    append_collapsed(out, doc.text_content(r), kMaxNameBytes);
    return out;
  };
  auto id_list_text = [&](const Attribute& ids) {
    std::string out;
    for (const Node* r : doc.references(ids))
      if (r != nullptr) join_into(out, referenced_text(*r));
    return out;
  };
  // A label's text without the control it labels: a control inside its own
  // label does not name itself (it would read its own value).
  auto label_text = [&](const Node& label, const Node& control) {
    std::string out;
    for_each_descendant(label, [&](const Node& d) {
      if (&d == &control) return false;
      if (d.is_text()) {
        append_collapsed(out, d.text, kMaxNameBytes);
        return true;
      }
      if (!d.is_element() || elements_[d.element_index].hidden == Tri::yes) return false;
      if (block(d)) out += ' ';
      if (auto own = own_alternative(d)) {
        join_into(out, *own);
        return false;
      }
      return true;
    });
    return out;
  };
  auto first_child_text = [&](const Node& e, Name child_tag) -> std::optional<std::string> {
    for (const Node& c : e.children())
      if (c.is(child_tag)) return text(c.element_index).empty() ? doc.text_content(c) : text(c.element_index);
    return std::nullopt;
  };

  // Dialogs and articles without an author name are announced by their first
  // heading, the shallowest one first (as browsers name them). The search
  // stops at nested dialogs and articles, whose headings are their own, so
  // no element is searched for more than one of them.
  auto named_by_heading = [](std::string_view role) {
    return role == "dialog" || role == "alertdialog" || role == "article";
  };
  auto first_heading_text = [&](const Node& root) -> std::optional<std::string> {
    std::vector<const Node*> level{&root}, next;
    while (!level.empty()) {
      next.clear();
      for (const Node* parent : level)
        for (const Node& c : parent->children()) {
          if (!c.is_element()) continue;
          const ElementSemantics& cs = elements_[c.element_index];
          if (cs.hidden == Tri::yes) continue;
          if (cs.role == "heading")
            return text(c.element_index).empty() ? doc.text_content(c) : text(c.element_index);
          if (named_by_heading(cs.role)) continue;
          next.push_back(&c);
        }
      std::swap(level, next);
    }
    return std::nullopt;
  };

  // -- pass 3: names and descriptions ------------------------------------------
  std::size_t next_label = 0;
  for (const Node* ep : els) {
    const Node& e = *ep;
    std::size_t i = e.element_index;
    while (next_label < labels_of.size() && labels_of[next_label].first < i) ++next_label;
    ElementSemantics& s = elements_[i];
    std::string name;
    bool title_used = false;
    // 2B
    if (const Attribute* ids = e.labelledby()) name = id_list_text(*ids);
    // 2D
    if (blank(name))
      if (auto l = e.attr(attr::aria_label)) name = std::string(*l);
    // 2E: host language labels
    if (blank(name) && e.ns == Namespace::html) {
      if (is_labelable(e)) {
        for (std::size_t k = next_label; k < labels_of.size() && labels_of[k].first == i; ++k)
          join_into(name, label_text(*labels_of[k].second, e));
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
        if (auto t = first_child_text(e, tag::legend)) name = *t;
      } else if (e.is(tag::table)) {
        if (auto t = first_child_text(e, tag::caption)) name = *t;
      } else if (e.is(tag::figure)) {
        if (auto t = first_child_text(e, tag::figcaption)) name = *t;
      } else if (e.is(tag::optgroup)) {
        if (auto l = e.attr(attr::label)) name = std::string(*l);
      } else if (e.is(tag::option)) {
        if (auto l = e.attr(attr::label); l && !blank(*l)) name = std::string(*l);
      }
    }
    if (blank(name) && e.is_in(Namespace::svg, tag::svg)) {
      for (const Node& c : e.children())
        if (c.is_in(Namespace::svg, tag::title)) {
          name = doc.text_content(c);
          break;
        }
    }
    // 2F: name from content for roles that allow it
    const aria::RoleInfo* info = aria::role_info(s.role);
    if (blank(name) && info && info->name_from.contents && !text(i).empty()) name = text(i);
    if (blank(name) && named_by_heading(s.role))
      if (auto h = first_heading_text(e)) name = *h;
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
    s.name_complete = !cut[i] && normal_name.size() < kMaxNameBytes;

    std::string description;
    if (presentational) {
      // No description either: nothing is exposed to carry one.
    } else if (const Attribute* ids = e.attribute(attr::aria_describedby)) description = id_list_text(*ids);
    if (blank(description))
      if (auto d = e.attr(attr::aria_description)) description = std::string(*d);
    if (blank(description) && !title_used)
      if (auto t = e.attr(attr::title)) description = std::string(*t);
    const std::string normal_description = normalized(description);
    if (normal_description != normal_name) description_of_[i] = keep(normal_description);
  }
  recent_texts_ = {};
}

}  // namespace rampa
