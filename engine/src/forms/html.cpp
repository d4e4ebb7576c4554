// The FormModel of an HTML page, read from its Document and Semantics.
//
// One walk over the elements in tree order records, per element, its nearest
// form, group, named group and label ancestors, collects labels by the
// control they label, and sorts controls into entries of the form that owns
// them (radios and checkboxes sharing a name join one entry). Fields are made
// from the entries afterwards, when every label (a `for` may come after its
// control) and every form (a `form` attribute may point forward) is known.
// Names and descriptions come from Semantics; nothing here recomputes them.
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/ascii.hpp"
#include "document/document.hpp"
#include "forms/builders.hpp"
#include "semantics/semantics.hpp"

namespace rampa::forms {

namespace {

using ascii::blank;
using ascii::equals_ignoring_case;
using ascii::trim;

Source source_of(const Node& n) {
  Source s;
  s.node = &n;
  s.pos = n.pos;
  return s;
}

Source source_of(const Attribute& a) {
  Source s;
  s.node = a.owner;
  s.attribute = &a;
  s.pos = a.pos;
  return s;
}

Text text_at(std::string text, Source at) {
  Text t;
  t.values.push_back({{}, std::move(text), std::move(at)});
  return t;
}

// Names and descriptions from Semantics (views of its texts).
Text text_at(std::string_view text, Source at) { return text_at(std::string(text), std::move(at)); }

// Attributes without an interned name (minlength, novalidate...) are found
// by their spelling; the builder asks for few of them, once per control.
const Attribute* attribute_named(const Node& n, std::string_view lower_name) {
  for (const Attribute& a : n.attributes())
    if (equals_ignoring_case(a.spelling, lower_name)) return &a;
  return nullptr;
}

bool attribute_is_true(const Node& n, Name name) {
  auto v = n.attr(name);
  return v && equals_ignoring_case(trim(*v), "true");
}

void append_collapsed(std::string& out, std::string_view text) {
  for (char c : text) {
    if (ascii::is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (out.size() < Semantics::kMaxNameBytes) {
      out += c;
    }
  }
}

std::string normalized(std::string_view s) {
  std::string out;
  append_collapsed(out, s);
  return std::string(trim(out));
}

std::string lower_type(const Node& e) {
  auto t = e.attr(attr::type);
  return ascii::lower(t ? trim(*t) : std::string_view("text"));
}

bool is_labelable(const Node& e) {
  if (e.ns != Namespace::html) return false;
  if (e.is(tag::input)) return lower_type(e) != "hidden";
  return e.is(tag::button) || e.is(tag::meter) || e.is(tag::output) || e.is(tag::progress) ||
         e.is(tag::select) || e.is(tag::textarea);
}

// Inputs a person fills in; buttons and hidden inputs are not fields.
bool is_native_field(const Node& e) {
  if (e.is(tag::select) || e.is(tag::textarea)) return true;
  if (!e.is(tag::input)) return false;
  std::string t = lower_type(e);
  return t != "hidden" && t != "submit" && t != "reset" && t != "button" && t != "image";
}

constexpr std::string_view kAriaFieldRoles[] = {"textbox", "searchbox", "combobox", "checkbox", "radio",
                                                "switch", "spinbutton", "slider", "listbox"};

bool is_aria_field_role(std::string_view role) {
  return std::find(std::begin(kAriaFieldRoles), std::end(kAriaFieldRoles), role) != std::end(kAriaFieldRoles);
}

bool is_group(const Node& e, const Semantics& sem) {
  if (e.is(tag::fieldset)) return true;
  const ElementSemantics& s = sem.of(e);
  return s.explicit_role && (s.role == "group" || s.role == "radiogroup");
}

// Words that name a carousel, in a class token or an aria-roledescription.
bool names_carousel(std::string_view text) {
  std::string lower = ascii::lower(text);
  for (std::string_view word : {"carousel", "carrusel", "carrossel", "carosello"})
    if (lower.find(word) != std::string::npos) return true;
  return false;
}

// Containers whose widgets move the person around or run a show rather than
// take a value: a navigation, a tab list, a carousel (its slide picker, its
// play/pause switch).
bool collects_nothing(const Node& e, const Semantics& sem) {
  if (e.is(tag::nav)) return true;
  const ElementSemantics& s = sem.of(e);
  if (s.explicit_role && (s.role == "navigation" || s.role == "tablist")) return true;
  if (const Attribute* d = attribute_named(e, "aria-roledescription"); d != nullptr && names_carousel(d->value))
    return true;
  if (auto cls = e.attr(attr::class_))
    for (auto token : ascii::split(*cls))
      if (names_carousel(token)) return true;
  return false;
}

// A listbox is a field when the person can pick from it: it has options,
// none of them a link, and it or an option takes focus. A list of steps that
// shows where the person is, or carousel slides marked up as a listbox,
// offer nothing to pick.
bool listbox_takes_a_choice(const Node& listbox, const Semantics& sem) {
  const ElementSemantics& ls = sem.of(listbox);
  bool focus = ls.has_tabindex || listbox.has(attr::aria_activedescendant);
  bool options = false, links = false;
  for_each_descendant(listbox, [&](const Node& d) {
    if (!d.is_element()) return false;
    const ElementSemantics& s = sem.of(d);
    if ((d.is(tag::a) && d.has(attr::href)) || s.role == "link") links = true;
    if (s.role == "option") {
      options = true;
      focus = focus || s.has_tabindex;
    }
    return !links;
  });
  return options && focus && !links;
}

// ARIA widgets are few on a page, so they and their ancestors are asked
// here rather than every element on the way.
bool aria_takes_a_value(const Node& e, std::string_view role, const Semantics& sem) {
  for (const Node* a = &e; a != nullptr && a->is_element(); a = a->parent)
    if (collects_nothing(*a, sem)) return false;
  return role != "listbox" || listbox_takes_a_choice(e, sem);
}

// A button's words that say it searches or filters.
bool names_search(std::string_view text) {
  std::string lower = ascii::lower(text);
  for (std::string_view word : {"busca", "buscá", "search", "pesquis", "filtr", "procura"})
    if (lower.find(word) != std::string::npos) return true;
  return false;
}

// Text with something to read in it, not only spaces, no-break spaces or
// a lone mark such as "*" or ":".
bool has_words(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (c >= 0x80 || (c < 0x80 && std::isalnum(c))) return true;
  }
  return false;
}

Control control_of_input(std::string_view t) {
  if (t == "textarea") return Control::textarea;
  if (t == "number" || t == "range") return Control::number;
  if (t == "date" || t == "datetime-local" || t == "month" || t == "week" || t == "time") return Control::date;
  if (t == "email") return Control::email;
  if (t == "tel") return Control::tel;
  if (t == "url") return Control::url;
  if (t == "password") return Control::password;
  if (t == "radio") return Control::radio;
  if (t == "checkbox") return Control::checkbox;
  if (t == "file") return Control::file;
  if (t == "color") return Control::other;
  return Control::text;  // text, search, and what browsers treat as text: unknown types
}

Control control_of_role(const Node& e, std::string_view role) {
  if (role == "textbox") {
    const Attribute* multi = attribute_named(e, "aria-multiline");
    return multi && equals_ignoring_case(trim(multi->value), "true") ? Control::textarea : Control::text;
  }
  if (role == "checkbox" || role == "switch") return Control::checkbox;
  if (role == "radio") return Control::radio;
  if (role == "spinbutton" || role == "slider") return Control::number;
  if (role == "listbox") return Control::select;
  return Control::text;  // searchbox, combobox: typed into
}

bool is_block_tag(const Node& e) {
  for (Name n : {tag::address, tag::article, tag::aside, tag::blockquote, tag::br, tag::dd, tag::div, tag::dl,
                 tag::dt, tag::fieldset, tag::figcaption, tag::figure, tag::footer, tag::h1, tag::h2, tag::h3,
                 tag::h4, tag::h5, tag::h6, tag::header, tag::hr, tag::li, tag::main, tag::nav, tag::ol, tag::p,
                 tag::pre, tag::section, tag::table, tag::td, tag::th, tag::tr, tag::ul})
    if (e.is(n)) return true;
  return false;
}

// A class that names the required state: what authors hang a red asterisk
// or a bold weight on from CSS.
bool class_says_required(const Node& e) {
  auto cls = e.attr(attr::class_);
  if (!cls) return false;
  for (auto token : ascii::split(*cls)) {
    std::string t = ascii::lower(token);
    for (std::string_view hint : {"req", "oblig", "obrig", "mandator", "asterisk"})
      if (t.find(hint) != std::string::npos) return true;
  }
  return false;
}

// What a label or legend shows on screen. Parts hidden inside a shown label
// (display:none, sr-only) are left out; a label hidden as a whole still
// gives its text, since it is then a hidden label, not no label. Nested
// labels and legends are not entered, so no node is read twice.
struct Shown {
  std::string text;
  bool cue_without_text = false;  // a required-looking class, or an empty styled child
};

Shown shown_text(const Node& root, const Semantics& sem) {
  Shown out;
  const ElementSemantics& rs = sem.of(root);
  const bool root_shown = rs.visible != Tri::no;
  const bool root_clipped = rs.visually_hidden == Tri::yes;
  out.cue_without_text = class_says_required(root);
  const Node* cur = root.first_child;
  while (cur != nullptr) {
    bool enter = false;
    if (cur->is_text()) {
      append_collapsed(out.text, cur->text);
    } else if (cur->is_element()) {
      const ElementSemantics& s = sem.of(*cur);
      bool skipped = (root_shown && s.visible == Tri::no) || (!root_clipped && s.visually_hidden == Tri::yes) ||
                     cur->name == root.name || cur->is(tag::select) || cur->is(tag::textarea) ||
                     cur->is(tag::input) || cur->is(tag::script) || cur->is(tag::style) ||
                     cur->is(tag::template_);
      if (!skipped) {
        if (is_block_tag(*cur)) out.text += ' ';
        if (cur->is(tag::img)) {
          if (auto alt = cur->attr(attr::alt)) {
            out.text += ' ';
            append_collapsed(out.text, *alt);
          }
        }
        enter = true;
        // An empty element with a class directly in the label: an icon or a
        // CSS-drawn marker, which says nothing in text.
        if (cur->parent == &root && !cur->is(tag::br) && !cur->is(tag::img) && cur->has(attr::class_)) {
          bool empty = true;
          for (const Node& c : cur->children())
            if (c.is_element() || (c.is_text() && !blank(c.text))) empty = false;
          if (empty) out.cue_without_text = true;
        }
      }
    }
    if (enter && cur->first_child != nullptr) {
      cur = cur->first_child;
      continue;
    }
    while (cur != &root) {
      if (cur->is_element() && is_block_tag(*cur)) out.text += ' ';
      if (cur->next_sibling != nullptr) {
        cur = cur->next_sibling;
        break;
      }
      cur = cur->parent;
    }
    if (cur == &root) break;
  }
  out.text = normalized(out.text);
  return out;
}

bool shown_on_screen(const ElementSemantics& s) { return s.visible != Tri::no && s.visually_hidden != Tri::yes; }

// A control, a group of same-named radios or checkboxes, or an ARIA
// radiogroup's radios: what becomes one Field.
struct Entry {
  enum class Kind { single, radios, checkboxes } kind = Kind::single;
  std::vector<const Node*> members;
  std::vector<Option> options;  // a select's
};

struct Building {
  const Node* form = nullptr;  // nullptr: the controls outside any form
  std::vector<Entry> entries;
  std::unordered_map<std::string_view, std::size_t> radios_by_name;
  std::unordered_map<std::string_view, std::size_t> checkboxes_by_name;
  std::unordered_map<const Node*, std::size_t> radios_by_group;  // ARIA radios, by radiogroup
};

class Builder {
 public:
  Builder(const Document& doc, const Semantics& sem) : doc_(doc), sem_(sem) {}

  std::vector<FormModel> build();

 private:
  struct Label {
    Text text;
    bool hidden = false;
    bool cue_without_text = false;
  };

  Building& building_for(const Node* form);
  const Node* form_owner(const Node& e) const;
  void add_control(const Node& e, bool native);
  void add_option(const Node& option);

  Label label_of(const Node& control);
  Label group_label(const Node* group);
  enum class Beside { nothing, words, other_field };
  struct Near {
    bool single = false;  // one field, not a group of choices
    bool search = false;  // a search box
    bool lone = false;    // the form's only field
  };
  Beside beside(const Node& n, const std::vector<const Node*>& members, bool after, Near near);
  bool text_nearby(const Node& field, const std::vector<const Node*>& members, bool single, bool past_form);
  bool words_shown(const Node& n) const;
  bool icon_shown(const Node& n) const;
  Text required_note(const Node& form);
  const Shown& shown(const Node& label);
  int group_index(FormModel& model, std::unordered_map<const Node*, int>& groups, const Node* group);
  void fill_common(Field& f, const Node& e, const Node* owner_form);
  void fill_requirements(Field& f, const Label& label);
  Field make_field(const Entry& entry, FormModel& model, std::unordered_map<const Node*, int>& groups,
                   bool only_field);
  static std::string_view key_of(const Node& e);
  const Node* section_heading(const Node& field);

  const Document& doc_;
  const Semantics& sem_;
  std::vector<const Node*> form_anc_, group_of_, named_group_of_, label_anc_;
  std::vector<bool> holds_control_;     // the element is or contains a field
  // (control's element index, label) in the order found; sorted by
  // control once every label is known. Vectors by element index rather
  // than hash tables: on a page of 100,000 elements those tables outgrew
  // the cache and cost a miss per field.
  std::vector<std::pair<std::uint32_t, const Node*>> labels_of_;
  std::vector<bool> claimed_;
  std::vector<std::uint32_t> shown_of_;  // per element: 1 + index in shown_, or 0
  std::vector<Shown> shown_;
  std::vector<std::unique_ptr<Building>> buildings_;
  std::unordered_map<const Node*, Building*> by_form_;
  Building outside_;
  std::unordered_map<const Node*, std::pair<Building*, std::size_t>> selects_;
  std::optional<std::vector<const Node*>> headings_;  // in tree order, found at the first field
};

Building& Builder::building_for(const Node* form) {
  if (form == nullptr) return outside_;
  auto [it, added] = by_form_.try_emplace(form, nullptr);
  if (added) {
    buildings_.push_back(std::make_unique<Building>());
    buildings_.back()->form = form;
    it->second = buildings_.back().get();
  }
  return *it->second;
}

// HTML's form owner: the `form` attribute, when present, decides alone (an
// empty or dangling one leaves the control without a form).
const Node* Builder::form_owner(const Node& e) const {
  if (const Attribute* f = e.attribute(attr::form)) {
    if (f->value.empty()) return nullptr;
    const Node* target = doc_.reference(*f);
    return target != nullptr && target->is(tag::form) ? target : nullptr;
  }
  return form_anc_[e.element_index];
}

std::string_view Builder::key_of(const Node& e) {
  if (auto n = e.attr(attr::name); n && !n->empty()) return *n;
  if (auto i = e.attr(attr::id)) return *i;
  return {};
}

void Builder::add_control(const Node& e, bool native) {
  Building& b = building_for(native ? form_owner(e) : form_anc_[e.element_index]);
  std::string_view role = sem_.of(e).role;
  auto join = [&](std::unordered_map<std::string_view, std::size_t>& index, std::string_view key, Entry::Kind kind) {
    auto [it, added] = index.try_emplace(key, b.entries.size());
    if (added) b.entries.push_back({kind, {}, {}});
    b.entries[it->second].members.push_back(&e);
  };
  if (native && e.is(tag::input)) {
    std::string t = lower_type(e);
    auto name = e.attr(attr::name);
    if (t == "radio" && name && !name->empty()) return join(b.radios_by_name, *name, Entry::Kind::radios);
    if (t == "checkbox" && name && !name->empty())
      return join(b.checkboxes_by_name, *name, Entry::Kind::checkboxes);
  }
  if (!native && role == "radio") {
    // ARIA radios have no name to share: their radiogroup binds them.
    const Node* g = group_of_[e.element_index];
    if (g != nullptr && sem_.of(*g).role == "radiogroup") {
      auto [it, added] = b.radios_by_group.try_emplace(g, b.entries.size());
      if (added) b.entries.push_back({Entry::Kind::radios, {}, {}});
      b.entries[it->second].members.push_back(&e);
      return;
    }
  }
  b.entries.push_back({Entry::Kind::single, {&e}, {}});
  if (e.is(tag::select)) selects_[&e] = {&b, b.entries.size() - 1};
}

void Builder::add_option(const Node& option) {
  const Node* select = option.parent;
  if (select != nullptr && select->is(tag::optgroup)) select = select->parent;
  if (select == nullptr || !select->is(tag::select)) return;
  auto it = selects_.find(select);
  if (it == selects_.end()) return;
  std::string label(sem_.name(option));
  if (blank(label)) label = normalized(doc_.text_content(option));
  Option o;
  auto value = option.attr(attr::value);
  o.value = value ? std::string(*value) : label;
  o.at = source_of(option);
  if (!blank(label)) o.label = text_at(std::move(label), o.at);
  it->second.first->entries[it->second.second].options.push_back(std::move(o));
}

const Shown& Builder::shown(const Node& label) {
  std::uint32_t& number = shown_of_[label.element_index];
  if (number == 0) {
    shown_.push_back(shown_text(label, sem_));
    number = static_cast<std::uint32_t>(shown_.size());
  }
  return shown_[number - 1];
}

// The visible label: label elements first, then the aria-labelledby targets
// on screen. When every label is hidden (sr-only, display:none), its text is
// kept and marked hidden.
Builder::Label Builder::label_of(const Node& control) {
  Label out;
  std::string on_screen_text, hidden_text;
  const Node* shown_at = nullptr;
  const Node* hidden_at = nullptr;
  const auto found = std::equal_range(labels_of_.begin(), labels_of_.end(), std::pair{control.element_index, nullptr},
                                      [](const auto& a, const auto& b) { return a.first < b.first; });
  if (found.first != found.second) {
    std::vector<const Node*> labels;
    for (auto l = found.first; l != found.second; ++l) labels.push_back(l->second);
    std::sort(labels.begin(), labels.end(), [](const Node* a, const Node* b) { return a->index < b->index; });
    for (const Node* l : labels) {
      const Shown& s = shown(*l);
      out.cue_without_text = out.cue_without_text || s.cue_without_text;
      if (blank(s.text)) continue;
      bool on_screen = shown_on_screen(sem_.of(*l));
      std::string& into = on_screen ? on_screen_text : hidden_text;
      if (!into.empty()) into += ' ';
      into += s.text;
      if (on_screen && shown_at == nullptr) shown_at = l;
      if (!on_screen && hidden_at == nullptr) hidden_at = l;
    }
  }
  if (shown_at == nullptr) {
    if (const Attribute* ids = control.labelledby()) {
      // The name is then exactly the referenced text (accname step 2B).
      std::string_view name = sem_.name(control);
      for (const Node* r : doc_.references(*ids)) {
        if (r == nullptr || blank(name)) continue;
        if (shown_on_screen(sem_.of(*r))) {
          on_screen_text = name;
          shown_at = r;
          break;
        }
        if (hidden_at == nullptr) {
          hidden_text = name;
          hidden_at = r;
        }
      }
    }
  }
  if (shown_at != nullptr) {
    out.text = text_at(std::move(on_screen_text), source_of(*shown_at));
  } else if (hidden_at != nullptr) {
    out.text = text_at(std::move(hidden_text), source_of(*hidden_at));
    out.hidden = true;
  }
  return out;
}

// A group's visible caption: a fieldset's legend, or the aria-labelledby
// targets of a role=group or radiogroup. An aria-label gives a name, not a
// caption anyone sees.
Builder::Label Builder::group_label(const Node* group) {
  Label out;
  if (group == nullptr) return out;
  if (group->is(tag::fieldset) && group->labelledby() == nullptr) {
    for (const Node& c : group->children()) {
      if (!c.is(tag::legend)) continue;
      const Shown& s = shown(c);
      out.cue_without_text = s.cue_without_text;
      if (!blank(s.text)) {
        out.text = text_at(s.text, source_of(c));
        out.hidden = !shown_on_screen(sem_.of(c));
      }
      return out;
    }
  }
  if (group->labelledby() != nullptr) return label_of(*group);
  return out;
}

// What a node beside a field shows: words that may say what the field
// asks for (for one field, an icon too: a padlock before a password box),
// another field (whose text is its own, so the search stops), or nothing to
// read.
Builder::Beside Builder::beside(const Node& n, const std::vector<const Node*>& members, bool after, Near near) {
  if (n.is_text()) return has_words(n.text) ? Beside::words : Beside::nothing;
  if (!n.is_element()) return Beside::nothing;
  if (holds_control_[n.element_index]) return Beside::other_field;
  if (n.is(tag::script) || n.is(tag::style) || n.is(tag::template_) || n.is(tag::noscript)) return Beside::nothing;
  if (!shown_on_screen(sem_.of(n))) return Beside::nothing;
  // A choice's own label says the choice, not the question. A label whose
  // `for` points elsewhere still shows its words here, where people read
  // them.
  if (n.is(tag::label))
    if (const Attribute* f = n.attribute(attr::for_))
      if (const Node* target = doc_.reference(*f);
          target != nullptr && std::find(members.begin(), members.end(), target) != members.end())
        return Beside::nothing;
  // A button after a search box names what the box is for (WCAG technique
  // G167), with words or with an icon; "Enviar" at the end of a form names
  // no field, nor does "Buscar vacantes" the salary filter among others.
  auto button = [&](std::string_view text) {
    if (!after || !(near.search || near.lone)) return Beside::nothing;
    return near.search || !has_words(text) || names_search(text) ? Beside::words : Beside::nothing;
  };
  if (n.is(tag::input)) {
    std::string t = lower_type(n);
    if (t == "image") return button(n.attr(attr::alt).value_or(""));
    if (t == "submit" || t == "button" || t == "reset") return button(n.attr(attr::value).value_or(""));
    return Beside::nothing;
  }
  auto button_text = [&](const Node& b) { return words_shown(b) ? doc_.text_content(b) : std::string(); };
  if (n.is(tag::button)) return button(button_text(n));
  if (n.is(tag::img)) return n.attr(attr::alt) && has_words(*n.attr(attr::alt)) ? Beside::words : Beside::nothing;
  if (words_shown(n) || (near.single && icon_shown(n))) return Beside::words;
  // An icon button sits in a wrapper of its own ("input-group-btn").
  Beside out = Beside::nothing;
  if (after)
    for_each_descendant(n, [&](const Node& d) {
      if (out == Beside::nothing && d.is(tag::button)) out = button(button_text(d));
      return out == Beside::nothing;
    });
  return out;
}

// Whether the subtree shows words: text, or an image's alt, outside
// anything hidden from view.
bool Builder::words_shown(const Node& n) const {
  bool found = false;
  for_each_descendant(n, [&](const Node& d) {
    if (found) return false;
    if (d.is_text()) {
      found = has_words(d.text);
      return false;
    }
    if (!d.is_element() || d.is(tag::script) || d.is(tag::style) || d.is(tag::template_) || d.is(tag::select) ||
        d.is(tag::textarea) || !shown_on_screen(sem_.of(d)))
      return false;
    if (d.is(tag::img)) found = d.attr(attr::alt) && has_words(*d.attr(attr::alt));
    return true;
  });
  return found;
}

// An icon drawn by a class (an empty <i> or <span>) or an SVG, shown in
// the subtree.
bool Builder::icon_shown(const Node& n) const {
  auto icon = [&](const Node& e) {
    if (e.is_in(Namespace::svg, tag::svg)) return true;
    if (!(e.is(tag::i) || e.is(tag::span)) || !e.has(attr::class_)) return false;
    for (const Node& c : e.children())
      if (c.is_element() || (c.is_text() && !blank(c.text))) return false;
    return true;
  };
  if (icon(n)) return true;
  bool found = false;
  for_each_descendant(n, [&](const Node& d) {
    if (found || !d.is_element() || !shown_on_screen(sem_.of(d))) return false;
    found = icon(d);
    return !found;
  });
  return found;
}

// Whether words people see sit right before one field or right after it
// (`single`), or right before a group's first choice, in their own
// container: climbing from the field while no other field stands in
// between, up to the form, or past it (`past_form`) where what precedes the
// form may be its question. A label wrapping the field is its own label,
// judged apart, so the search starts outside it.
bool Builder::text_nearby(const Node& field, const std::vector<const Node*>& members, bool single,
                          bool past_form) {
  constexpr int kLevels = 5;
  const Node* cur = label_anc_[field.element_index] != nullptr ? label_anc_[field.element_index] : &field;
  Near near{single, field.is(tag::input) && lower_type(field) == "search", single && past_form};
  for (const Node* a = field.parent; !near.search && a != nullptr && a->is_element(); a = a->parent)
    near.search = sem_.of(*a).role == "search";
  bool before_open = true, after_open = single;
  for (int level = 0; level < kLevels && (before_open || after_open); ++level) {
    for (const Node* n = cur->prev_sibling; before_open && n != nullptr; n = n->prev_sibling) {
      Beside b = beside(*n, members, false, near);
      if (b == Beside::words) return true;
      if (b == Beside::other_field) before_open = false;
    }
    for (const Node* n = cur->next_sibling; after_open && n != nullptr; n = n->next_sibling) {
      Beside b = beside(*n, members, true, near);
      if (b == Beside::words) return true;
      if (b == Beside::other_field) after_open = false;
    }
    const Node* p = cur->parent;
    if (p == nullptr || !p->is_element() || (p->is(tag::form) && !past_form) || p->is(tag::body)) break;
    cur = p;
  }
  return false;
}

// A note in the form, outside any label, saying every field is required.
Text Builder::required_note(const Node& form) {
  Text note;
  for_each_descendant(form, [&](const Node& d) {
    if (note.present()) return false;
    if (d.is_text()) {
      if (says_all_required(d.text) && d.parent != nullptr && shown_on_screen(sem_.of(*d.parent)))
        note = text_at(normalized(d.text), source_of(*d.parent));
      return false;
    }
    return d.is_element() && !d.is(tag::label) && !d.is(tag::script) && !d.is(tag::style) && !d.is(tag::select) &&
           !d.is(tag::textarea) && !d.is(tag::template_);
  });
  return note;
}

int Builder::group_index(FormModel& model, std::unordered_map<const Node*, int>& groups, const Node* group) {
  if (group == nullptr) return -1;
  if (auto it = groups.find(group); it != groups.end()) return it->second;
  // Add the missing ancestors outermost first, so parents come before
  // their children in FormModel::groups.
  std::vector<const Node*> chain;
  for (const Node* g = group; g != nullptr && !groups.count(g);
       g = g->parent != nullptr && g->parent->is_element() ? group_of_[g->parent->element_index] : nullptr)
    chain.push_back(g);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Node* g = *it;
    const Node* parent = g->parent != nullptr && g->parent->is_element() ? group_of_[g->parent->element_index] : nullptr;
    Group out;
    out.at = source_of(*g);
    Label caption = group_label(g);
    out.label = std::move(caption.text);
    out.label_hidden = caption.hidden;
    out.parent = parent != nullptr ? groups.at(parent) : -1;
    groups[g] = static_cast<int>(model.groups.size());
    model.groups.push_back(std::move(out));
  }
  return groups.at(group);
}

void Builder::fill_common(Field& f, const Node& e, const Node* owner_form) {
  std::string_view name = sem_.name(e);
  if (!blank(name)) f.accessible_name = text_at(name, source_of(e));
  if (const Attribute* ph = e.attribute(attr::placeholder); ph && !blank(ph->value))
    f.placeholder = text_at(normalized(ph->value), source_of(*ph));
  else if (const Attribute* aph = attribute_named(e, "aria-placeholder"); aph && !blank(aph->value))
    f.placeholder = text_at(normalized(aph->value), source_of(*aph));

  std::string_view description = sem_.description(e);
  if (!blank(description)) {
    Source at = source_of(e);
    if (const Attribute* ids = e.attribute(attr::aria_describedby)) {
      for (const Node* r : doc_.references(*ids))
        if (r != nullptr) {
          at = source_of(*r);
          break;
        }
    } else if (const Attribute* d = e.attribute(attr::aria_description)) {
      at = source_of(*d);
    } else if (const Attribute* t = e.attribute(attr::title)) {
      at = source_of(*t);
    }
    f.hint = text_at(description, std::move(at));
    f.described = true;
  }

  const bool native = e.ns == Namespace::html && (e.is(tag::input) || e.is(tag::select) || e.is(tag::textarea));
  if (const Attribute* r = e.attribute(attr::required); r != nullptr && native) {
    f.required = true;
    f.required_at = source_of(*r);
  } else if (const Attribute* ar = e.attribute(attr::aria_required);
             ar != nullptr && equals_ignoring_case(trim(ar->value), "true")) {
    f.required = true;
    f.required_at = source_of(*ar);
  }

  if (const Attribute* ac = e.attribute(attr::autocomplete)) {
    f.purpose.token = std::string(ac->value);
    f.purpose.at = source_of(*ac);
    f.purpose.declared = true;
  }
  const Attribute* aria_readonly = attribute_named(e, "aria-readonly");
  f.read_only = e.has(attr::readonly) || (aria_readonly != nullptr && equals_ignoring_case(trim(aria_readonly->value), "true"));

  // Constraints the browser checks itself on submit.
  if (e.is(tag::input) || e.is(tag::textarea)) {
    auto add = [&](ConstraintKind kind, const Attribute* a) {
      if (a == nullptr) return;
      Constraint c;
      c.kind = kind;
      c.value = std::string(a->value);
      c.at = source_of(*a);
      if (kind == ConstraintKind::pattern)
        // Browsers append the title to their pattern-mismatch message.
        if (const Attribute* t = e.attribute(attr::title); t != nullptr && !blank(t->value))
          c.message = text_at(normalized(t->value), source_of(*t));
      f.constraints.push_back(std::move(c));
    };
    // HTML §4.10.5.1: each attribute constrains only the input types it
    // applies to, and the browser ignores it elsewhere (a pattern on a
    // number). A range clamps its value to min and max, so it is never out
    // of range. An unknown type is a text field.
    std::string t = e.is(tag::input) ? lower_type(e) : "textarea";
    auto is = [&](std::initializer_list<std::string_view> types) {
      return std::find(types.begin(), types.end(), t) != types.end();
    };
    const bool known = is({"hidden", "text", "search", "tel", "url", "email", "password", "date", "month", "week",
                           "time", "datetime-local", "number", "range", "color", "checkbox", "radio", "file",
                           "submit", "image", "reset", "button", "textarea"});
    const bool textual = !known || is({"text", "search", "tel", "url", "email", "password"});
    if (e.is(tag::input)) {
      if (t == "email" || t == "url" || t == "number") add(ConstraintKind::type, e.attribute(attr::type));
      if (textual) add(ConstraintKind::pattern, e.attribute(attr::pattern));
      if (is({"date", "month", "week", "time", "datetime-local", "number"})) {
        add(ConstraintKind::minimum, e.attribute(attr::min));
        add(ConstraintKind::maximum, e.attribute(attr::max));
      }
    }
    if (textual || t == "textarea") {
      add(ConstraintKind::min_length, attribute_named(e, "minlength"));
      add(ConstraintKind::max_length, e.attribute(attr::maxlength));
    }
  }
  // aria-required asks nothing of the browser: only `required` and the
  // constraint attributes get its messages.
  f.native_messages = native && owner_form != nullptr && attribute_named(*owner_form, "novalidate") == nullptr &&
                      (e.has(attr::required) || !f.constraints.empty());
}

void Builder::fill_requirements(Field& f, const Label& label) {
  // `label.text` has been moved into the field by now: read the field's.
  f.marked_required = f.label.present() && says_required(f.label.any());
  if (f.marked_required || (f.hint.present() && says_required(f.hint.any())))
    f.required_cue = RequiredCue::text;
  else if (label.cue_without_text)
    f.required_cue = RequiredCue::style_only;
}

// The nearest heading before the field, if at most 400 nodes back: further
// off, it heads something else. Found among the page's headings, gathered
// once, so a form of thousands of fields walks no node twice.
const Node* Builder::section_heading(const Node& field) {
  constexpr std::uint32_t kMaxSteps = 400;
  if (!headings_) {
    headings_ = doc_.elements_named({tag::h1, tag::h2, tag::h3, tag::h4, tag::h5, tag::h6});
    for (const Attribute* role : doc_.attributes_named(attr::role))
      if (role->owner->is_element() && ascii::equals_ignoring_case(ascii::trim(role->value), "heading"))
        headings_->push_back(role->owner);
    std::sort(headings_->begin(), headings_->end(), [](const Node* a, const Node* b) { return a->index < b->index; });
    headings_->erase(std::unique(headings_->begin(), headings_->end()), headings_->end());
  }
  auto at = std::lower_bound(headings_->begin(), headings_->end(), field.index,
                             [](const Node* h, std::uint32_t i) { return h->index < i; });
  if (at == headings_->begin()) return nullptr;
  const Node* h = *std::prev(at);
  return field.index - h->index <= kMaxSteps ? h : nullptr;
}

Field Builder::make_field(const Entry& entry, FormModel& model, std::unordered_map<const Node*, int>& groups,
                          bool only_field) {
  const Node& first = *entry.members.front();
  const bool native = first.ns == Namespace::html &&
                      (first.is(tag::input) || first.is(tag::select) || first.is(tag::textarea));
  Field f;
  f.key = std::string(key_of(first));
  f.at = source_of(first);
  f.section_heading = section_heading(first);
  f.group = group_index(model, groups, group_of_[first.element_index]);
  f.step = 0;
  std::string_view role = sem_.of(first).role;
  if (first.is(tag::select)) {
    f.type = first.has(attr::multiple) ? "select-multiple" : "select";
    f.control = Control::select;
  } else if (first.is(tag::textarea)) {
    f.type = "textarea";
    f.control = Control::textarea;
  } else if (native) {
    f.type = lower_type(first);
    f.control = control_of_input(f.type);
  } else {
    f.type = std::string(role);
    f.control = control_of_role(first, role);
  }

  const bool choice = entry.kind != Entry::Kind::single || f.control == Control::radio;
  if (!choice) {
    fill_common(f, first, native ? form_owner(first) : nullptr);
    Label label = label_of(first);
    f.label = std::move(label.text);
    f.label_hidden = label.hidden;
    fill_requirements(f, label);
    f.options = entry.options;
    if (!f.label.present() || f.label_hidden) f.text_nearby = text_nearby(first, entry.members, true, only_field);
    return f;
  }

  // A choice: the group's caption labels the field, each member an option.
  if (entry.kind == Entry::Kind::checkboxes && entry.members.size() > 1) f.control = Control::checkboxes;
  if (entry.kind == Entry::Kind::radios) f.control = Control::radio;
  if (entry.kind == Entry::Kind::checkboxes && entry.members.size() == 1) {
    // One checkbox is a yes/no field of its own, labelled by its label.
    fill_common(f, first, native ? form_owner(first) : nullptr);
    Label label = label_of(first);
    f.label = std::move(label.text);
    f.label_hidden = label.hidden;
    fill_requirements(f, label);
    if (!f.label.present() || f.label_hidden) f.text_nearby = text_nearby(first, entry.members, true, only_field);
    return f;
  }
  const Node* captioned = named_group_of_[first.element_index];
  // For the shared parts (required, purpose, constraints), the first member
  // that says something speaks for the group, as browsers validate a radio
  // group required when any member is.
  fill_common(f, first, native ? form_owner(first) : nullptr);
  for (const Node* m : entry.members) {
    if (!f.required) {
      if (const Attribute* r = m->attribute(attr::required); r != nullptr && native) {
        f.required = true;
        f.required_at = source_of(*r);
      } else if (const Attribute* ar = m->attribute(attr::aria_required);
                 ar != nullptr && equals_ignoring_case(trim(ar->value), "true")) {
        f.required = true;
        f.required_at = source_of(*ar);
      }
    }
    if (!f.purpose.declared)
      if (const Attribute* ac = m->attribute(attr::autocomplete)) {
        f.purpose.token = std::string(ac->value);
        f.purpose.at = source_of(*ac);
        f.purpose.declared = true;
      }
    Option o;
    auto value = m->attr(attr::value);
    o.value = value ? std::string(*value) : (native ? "on" : "");
    o.at = source_of(*m);
    std::string_view name = sem_.name(*m);
    if (!blank(name)) o.label = text_at(name, source_of(*m));
    f.options.push_back(std::move(o));
  }
  const Node* owner = native ? form_owner(first) : nullptr;
  f.native_messages = owner != nullptr && attribute_named(*owner, "novalidate") == nullptr &&
                      f.required_at.attribute != nullptr && f.required_at.attribute->name == attr::required;
  // The group speaks for the field: its name, caption and description.
  f.accessible_name = {};
  f.hint = {};
  f.described = false;
  if (captioned != nullptr) {
    std::string_view name = sem_.name(*captioned);
    if (!blank(name)) f.accessible_name = text_at(name, source_of(*captioned));
    std::string_view description = sem_.description(*captioned);
    if (!blank(description)) {
      f.hint = text_at(description, source_of(*captioned));
      f.described = true;
    }
  }
  Label label = group_label(captioned);
  f.label = std::move(label.text);
  f.label_hidden = label.hidden;
  fill_requirements(f, label);
  // The question of a group is written before its first choice; before the
  // form, when the group is the first thing the form asks (any field before
  // it stops the search), it heads the form.
  if (!f.label.present() || f.label_hidden) f.text_nearby = text_nearby(first, entry.members, false, true);
  return f;
}

std::vector<FormModel> Builder::build() {
  const auto& els = doc_.elements();
  const std::size_t n = els.size();
  form_anc_.assign(n, nullptr);
  group_of_.assign(n, nullptr);
  named_group_of_.assign(n, nullptr);
  label_anc_.assign(n, nullptr);
  claimed_.assign(n, false);
  holds_control_.assign(n, false);
  shown_of_.assign(n, 0);

  for (const Node* ep : els) {
    const Node& e = *ep;
    const std::size_t i = e.element_index;
    const Node* p = e.parent != nullptr && e.parent->is_element() ? e.parent : nullptr;
    const std::size_t pi = p != nullptr ? p->element_index : 0;
    const bool group = is_group(e, sem_);
    form_anc_[i] = e.is(tag::form) ? &e : p ? form_anc_[pi] : nullptr;
    group_of_[i] = group ? &e : p ? group_of_[pi] : nullptr;
    named_group_of_[i] = group && !blank(sem_.name(e)) ? &e : p ? named_group_of_[pi] : nullptr;
    label_anc_[i] = e.is(tag::label) ? &e : p ? label_anc_[pi] : nullptr;

    if (e.is(tag::form) && !e.in_template) building_for(&e);
    if (e.is(tag::label)) {
      if (const Attribute* f = e.attribute(attr::for_)) {
        if (const Node* target = doc_.reference(*f); target != nullptr && is_labelable(*target))
          labels_of_.emplace_back(target->element_index, &e);
      }
    }
    // A label without `for` labels its first labelable descendant, as in
    // Semantics.
    if (is_labelable(e) && p != nullptr) {
      const Node* l = label_anc_[pi];
      if (l != nullptr && !l->has(attr::for_) && !claimed_[l->element_index]) {
        claimed_[l->element_index] = true;
        labels_of_.emplace_back(e.element_index, l);
      }
    }
    if (e.is(tag::option)) {
      add_option(e);
      continue;
    }

    const ElementSemantics& s = sem_.of(e);
    const bool native = e.ns == Namespace::html && is_native_field(e);
    const bool aria = !native && s.explicit_role && is_aria_field_role(s.role) && !e.is(tag::input) &&
                      !e.is(tag::select) && !e.is(tag::textarea) && !e.is(tag::button);
    if (!native && !aria) continue;
    if (s.hidden == Tri::yes || s.rendered == Tri::no || s.disabled || attribute_is_true(e, attr::aria_disabled))
      continue;
    // Native controls always hold a value; an ARIA widget is a field only
    // where it takes one from the person.
    if (aria && !aria_takes_a_value(e, s.role, sem_)) continue;
    for (const Node* a = &e; a != nullptr && a->is_element() && !holds_control_[a->element_index]; a = a->parent)
      holds_control_[a->element_index] = true;
    add_control(e, native);
  }

  std::stable_sort(labels_of_.begin(), labels_of_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::sort(buildings_.begin(), buildings_.end(),
            [](const auto& a, const auto& b) { return a->form->index < b->form->index; });
  std::vector<FormModel> out;
  out.reserve(buildings_.size() + 1);
  auto finish = [&](const Building& b) {
    FormModel model;
    model.origin = Origin::html;
    std::unordered_map<const Node*, int> groups;
    model.fields.reserve(b.entries.size());
    // What precedes a form of one field may be its question ("Ingresá tus
    // datos para recibir novedades"); a honeypot moved off screen is no
    // field people see.
    const bool only_field =
        b.form != nullptr && std::count_if(b.entries.begin(), b.entries.end(), [&](const Entry& e) {
                               return shown_on_screen(sem_.of(*e.members.front()));
                             }) == 1;
    for (const Entry& entry : b.entries) model.fields.push_back(make_field(entry, model, groups, only_field));
    if (b.form != nullptr) {
      model.at = source_of(*b.form);
      std::string_view title = sem_.name(*b.form);
      if (!blank(title)) model.title = text_at(title, source_of(*b.form));
      model.required_note = required_note(*b.form);
    } else {
      model.at = model.fields.front().at;
    }
    model.steps.push_back(Step{{}, model.at});
    out.push_back(std::move(model));
  };
  for (const auto& b : buildings_) finish(*b);
  if (!outside_.entries.empty()) finish(outside_);
  return out;
}

}  // namespace

std::vector<FormModel> from_html(const Document& doc, const Semantics& sem) {
  // Most pages of a portal hold no form and no field: their elements need
  // no pass (each would cost a trip to memory on a big page).
  bool any = false;
  for (Name n : {tag::form, tag::input, tag::select, tag::textarea}) any = any || !doc.elements_named(n).empty();
  for (std::string_view role : kAriaFieldRoles) any = any || !sem.elements_with_role(role).empty();
  if (!any) return {};
  return Builder(doc, sem).build();
}

}  // namespace rampa::forms
