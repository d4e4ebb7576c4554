#include "semantics/aria/roles.hpp"

#include <array>
#include <charconv>

#include "semantics/aria/aria_data.hpp"
#include "document/ascii.hpp"

namespace rampa::aria {
namespace {

using ascii::equals_ignoring_case;
using ascii::is_space;
using ascii::lower;
using ascii::trim;

bool called(const std::function<bool(const Node&)>& f, const Node& n) { return f && f(n); }

// The concrete role a role-attribute token names, compared ASCII
// case-insensitively; "" for unknown and abstract roles.
std::string_view concrete_role(std::string_view token) noexcept {
  std::array<char, 32> buffer{};  // longer than every role name
  if (token.size() > buffer.size()) return {};
  for (std::size_t i = 0; i < token.size(); ++i) buffer[i] = lower(token[i]);
  const RoleInfo* info = role_info({buffer.data(), token.size()});
  return info == nullptr || info->abstract ? std::string_view{} : info->name;
}

std::string_view first_concrete_role(std::string_view value) noexcept {
  while (true) {
    value = trim(value);
    if (value.empty()) return {};
    std::size_t end = 0;
    while (end < value.size() && !is_space(value[end])) ++end;
    std::string_view role = concrete_role(value.substr(0, end));
    if (!role.empty()) return role;
    value.remove_prefix(end);
  }
}

const Node* parent_element(const Node& n) noexcept {
  return n.parent != nullptr && n.parent->is_element() ? n.parent : nullptr;
}

const Node* nearest_ancestor(const Node& n, Name tag) noexcept {
  for (const Node* a = parent_element(n); a != nullptr; a = parent_element(*a))
    if (a->is(tag)) return a;
  return nullptr;
}

// HTML-AAM scopes header, footer and aside by their nearest sectioning
// ancestor, written as an element or as a role.
enum class Scope { body, main, sectioning };

Scope scope_of(const Node& n) noexcept {
  for (const Node* a = parent_element(n); a != nullptr; a = parent_element(*a)) {
    if (a->ns != Namespace::html) continue;
    std::string_view role = explicit_role(*a);
    if (a->is(tag::main) || role == "main") return Scope::main;
    if (a->is(tag::article) || a->is(tag::aside) || a->is(tag::nav) || a->is(tag::section) ||
        role == "article" || role == "complementary" || role == "navigation" ||
        role == "region")
      return Scope::sectioning;
  }
  return Scope::body;
}

bool named(const RoleContext& context, const Node& n) {
  return called(context.has_accessible_name, n);
}

// HTML's "valid non-negative integer" after leading whitespace, as the size
// attribute of select is read; -1 when it is not one.
long non_negative(std::string_view s) noexcept {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  long value = -1;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || end == s.data() || value < 0) return -1;
  return value;
}

std::string_view input_role(const Node& input, const Document& doc) {
  std::string_view type = input.attr(attr::type).value_or("text");
  // A list attribute makes a text field a combobox only when it names a
  // datalist: otherwise there are no suggestions to pop up.
  auto suggests = [&] {
    const Attribute* list = input.attribute(attr::list);
    const Node* target = list != nullptr ? doc.reference(*list) : nullptr;
    return target != nullptr && target->is(tag::datalist);
  };
  auto is = [&](std::string_view t) { return equals_ignoring_case(type, t); };
  if (is("button") || is("image") || is("reset") || is("submit")) return "button";
  if (is("checkbox")) return "checkbox";
  if (is("radio")) return "radio";
  if (is("range")) return "slider";
  if (is("number")) return "spinbutton";
  if (is("search")) return suggests() ? "combobox" : "searchbox";
  // HTML-AAM gives password no role; browsers expose a text field, and ACT
  // (5c01ea) expects aria-required to be allowed on it, so textbox.
  if (is("password")) return "textbox";
  if (is("hidden") || is("color") || is("date") || is("datetime-local") || is("file") ||
      is("month") || is("time") || is("week"))
    return "";
  // email, tel, text, url, and every unknown type (the text state).
  return suggests() ? "combobox" : "textbox";
}

std::string_view select_role(const Node& select) noexcept {
  if (select.has(attr::multiple)) return "listbox";
  std::optional<std::string_view> size = select.attr(attr::size);
  return size && non_negative(*size) > 1 ? "listbox" : "combobox";
}

// HTML-AAM maps rows and cells only while their table is exposed as a table,
// grid or treegrid (not under role="none"); "" otherwise.
std::string_view table_role(const Node& part, const Document& doc, const RoleContext& context) {
  const Node* table = nearest_ancestor(part, tag::table);
  if (table == nullptr) return {};
  std::string_view role = resolve_role(*table, doc, context).role;
  return role == "table" || role == "grid" || role == "treegrid" ? role : std::string_view{};
}

std::string_view header_cell_role(const Node& th, const Document& doc,
                                  const RoleContext& context) {
  if (table_role(th, doc, context).empty()) return {};
  std::string_view scope = trim(th.attr(attr::scope).value_or(""));
  if (equals_ignoring_case(scope, "col") || equals_ignoring_case(scope, "colgroup"))
    return "columnheader";
  if (equals_ignoring_case(scope, "row") || equals_ignoring_case(scope, "rowgroup"))
    return "rowheader";
  // No scope: HTML's auto state. A th in thead heads a column; one sharing
  // its row with data cells heads that row.
  const Node* row = parent_element(th);
  if (row == nullptr) return "columnheader";
  const Node* group = parent_element(*row);
  if (group != nullptr && group->is(tag::thead)) return "columnheader";
  for (const Node& cell : row->children())
    if (cell.is(tag::td)) return "rowheader";
  return "columnheader";
}

// SVG-AAM: shapes and groups are in the tree only when named.
std::string_view svg_role(const Node& el, const Document& doc, const RoleContext& context) {
  std::string_view name = doc.spelling(el.name);
  if (name == "svg") return "graphics-document";
  if (name == "a") {
    bool link = el.has(attr::href);
    for (const Attribute& a : el.attributes()) link = link || doc.spelling(a.name) == "xlink:href";
    return link ? "link" : "group";
  }
  if (name == "image") return named(context, el) ? "img" : "";
  if (name == "g" || name == "text") return named(context, el) ? "group" : "";
  if (name == "circle" || name == "ellipse" || name == "line" || name == "path" ||
      name == "polygon" || name == "polyline" || name == "rect" || name == "use")
    return named(context, el) ? "graphics-symbol" : "";
  return "";
}

// implicit_role, except that with `presentational_allowed` false an element
// the AAM would present as none keeps its own role (img alt="" is then img):
// ARIA 1.2 §9.3 restores that role on focusable or globally-labelled images.
std::string_view implicit(const Node& el, const Document& doc, const RoleContext& context,
                          bool presentational_allowed) {
  if (!el.is_element()) return "";
  switch (el.ns) {
    case Namespace::svg:
      return svg_role(el, doc, context);
    case Namespace::mathml:
      return doc.spelling(el.name) == "math" ? "math" : "";
    case Namespace::xforms:
    case Namespace::other:
      return "";
    case Namespace::html:
      break;
  }
  // HTML-AAM: autonomous custom elements (and unknown elements, which
  // browsers treat alike) are generic.
  if (!el.name.known()) return "generic";
  switch (static_cast<KnownName>(el.name.id)) {
    case KnownName::a:
      return el.has(attr::href) ? "link" : "generic";
    case KnownName::area:
      return el.has(attr::href) ? "link" : "";
    case KnownName::address:
    case KnownName::details:
    case KnownName::fieldset:
    case KnownName::hgroup:
    case KnownName::optgroup:
      return "group";
    case KnownName::article:
      return "article";
    case KnownName::aside:
      if (scope_of(el) != Scope::sectioning) return "complementary";
      return named(context, el) ? "complementary" : "generic";
    case KnownName::b:
    case KnownName::bdi:
    case KnownName::bdo:
    case KnownName::body:
    case KnownName::data:
    case KnownName::div:
    case KnownName::i:
    case KnownName::pre:
    case KnownName::q:
    case KnownName::samp:
    case KnownName::small:
    case KnownName::span:
    case KnownName::u:
      return "generic";
    case KnownName::blockquote:
      return "blockquote";
    case KnownName::button:
      return "button";
    case KnownName::caption:
      return "caption";
    case KnownName::code:
      return "code";
    case KnownName::datalist:
      return "listbox";
    case KnownName::dd:
      return "definition";
    case KnownName::del:
    case KnownName::s:
      return "deletion";
    case KnownName::dfn:
    case KnownName::dt:
      return "term";
    case KnownName::dialog:
      return "dialog";
    case KnownName::em:
      return "emphasis";
    case KnownName::figure:
      return "figure";
    case KnownName::footer:
      return scope_of(el) == Scope::body ? "contentinfo" : "generic";
    case KnownName::header:
      return scope_of(el) == Scope::body ? "banner" : "generic";
    // HTML-AAM: a form always has role form; unnamed, it is no landmark
    // (exposed_as_landmark).
    case KnownName::form:
      return "form";
    case KnownName::h1:
    case KnownName::h2:
    case KnownName::h3:
    case KnownName::h4:
    case KnownName::h5:
    case KnownName::h6:
      return "heading";
    case KnownName::hr:
      return "separator";
    case KnownName::html:
      return "document";
    case KnownName::img: {
      std::optional<std::string_view> alt = el.attr(attr::alt);
      return alt && alt->empty() && presentational_allowed ? "none" : "img";
    }
    case KnownName::input:
      return input_role(el, doc);
    case KnownName::ins:
      return "insertion";
    case KnownName::li: {
      const Node* list = parent_element(el);
      bool in_list =
          list != nullptr && (list->is(tag::ol) || list->is(tag::ul) || list->is(tag::menu));
      return in_list ? "listitem" : "generic";
    }
    case KnownName::main:
      return "main";
    case KnownName::mark:
      return "mark";
    case KnownName::menu:
    case KnownName::ol:
    case KnownName::ul:
      return "list";
    case KnownName::meter:
      return "meter";
    case KnownName::nav:
      return "navigation";
    case KnownName::option:
      return "option";
    case KnownName::output:
      return "status";
    case KnownName::p:
      return "paragraph";
    case KnownName::progress:
      return "progressbar";
    case KnownName::search:
      return "search";
    case KnownName::section:
      return named(context, el) ? "region" : "generic";
    case KnownName::select:
      return select_role(el);
    case KnownName::strong:
      return "strong";
    case KnownName::sub:
      return "subscript";
    case KnownName::sup:
      return "superscript";
    // HTML-AAM gives summary no ARIA role, but every engine exposes a
    // details' summary as a push button (Chromium's disclosure triangle, the
    // button of Firefox and WebKit) and screen readers say "button"; so
    // button, which also lets it take a name from its contents.
    case KnownName::summary: {
      const Node* details = parent_element(el);
      if (details == nullptr || !details->is(tag::details)) return "generic";
      for (const Node& c : details->children())
        if (c.is(tag::summary)) return &c == &el ? "button" : "generic";
      return "generic";
    }
    case KnownName::table:
      return "table";
    case KnownName::tbody:
    case KnownName::tfoot:
    case KnownName::thead:
      return table_role(el, doc, context).empty() ? "" : "rowgroup";
    case KnownName::td: {
      std::string_view table = table_role(el, doc, context);
      if (table.empty()) return "";
      return table == "table" ? "cell" : "gridcell";
    }
    case KnownName::th:
      return header_cell_role(el, doc, context);
    case KnownName::textarea:
      return "textbox";
    case KnownName::time:
      return "time";
    case KnownName::tr:
      return table_role(el, doc, context).empty() ? "" : "row";
    default:
      return "";
  }
}

}  // namespace

std::string_view implicit_role(const Node& element, const Document& doc,
                               const RoleContext& context) {
  return implicit(element, doc, context, true);
}

std::string_view explicit_role(const Node& element) noexcept {
  std::optional<std::string_view> value = element.attr(attr::role);
  return value ? first_concrete_role(*value) : std::string_view{};
}

bool has_global_aria_attribute(const Node& element, const Document& doc) noexcept {
  for (const Attribute& a : element.attributes()) {
    std::string_view name = doc.spelling(a.name);
    if (!name.starts_with("aria-")) continue;
    const AttributeInfo* info = attribute_info(name);
    if (info != nullptr && info->global) return true;
  }
  return false;
}

ResolvedRole resolve_role(const Node& element, const Document& doc, const RoleContext& context) {
  ResolvedRole r;
  const Attribute* attribute = element.attribute(attr::role);
  std::string_view chosen = attribute ? first_concrete_role(attribute->value) : "";
  if (!chosen.empty()) {
    r.role = chosen;
    r.from_attribute = true;
  } else {
    r.invalid_role_attribute = attribute != nullptr && !trim(attribute->value).empty();
    r.role = implicit(element, doc, context, true);
  }
  // ARIA 1.2 §9.3, the focusable and the global-attribute bullets: a
  // focusable element must stay operable and a global state or property must
  // reach assistive technologies, so none/presentation gives way to the
  // element's own role.
  if (is_presentational(r.role) &&
      (called(context.is_focusable, element) || has_global_aria_attribute(element, doc))) {
    r.role = implicit(element, doc, context, false);
    r.from_attribute = false;
    r.presentation_overridden = true;
  }
  return r;
}

int heading_level(const Node& element, std::string_view role) noexcept {
  if (role != "heading") return 0;
  if (std::optional<std::string_view> level = element.attr(attr::aria_level)) {
    std::string_view v = trim(*level);
    int n = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec == std::errc{} && end == v.data() + v.size() && n >= 1) return n;
  }
  if (element.ns == Namespace::html && element.name.known()) {
    switch (static_cast<KnownName>(element.name.id)) {
      case KnownName::h1: return 1;
      case KnownName::h2: return 2;
      case KnownName::h3: return 3;
      case KnownName::h4: return 4;
      case KnownName::h5: return 5;
      case KnownName::h6: return 6;
      default: break;
    }
  }
  return 2;
}

bool exposed_as_landmark(std::string_view role, bool has_accessible_name) noexcept {
  if (!is_a(role, "landmark")) return false;
  return (role != "form" && role != "region") || has_accessible_name;
}

}  // namespace rampa::aria
