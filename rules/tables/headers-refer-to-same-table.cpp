// The headers attribute of a table cell names header cells of the same
// table, and not the cell itself, so a screen reader announces the right
// headers with each value; a broken reference leaves a blind person with a
// bare number and no idea what it measures. Implements ACT a25f45
// (WCAG 1.3.1).
#include <string>

#include "common/css_hints.hpp"
#include "rule.hpp"

namespace rampa::rules {
namespace {

bool is_cell(const Node& e) { return e.is(tag::td) || e.is(tag::th); }

// HTML's table model: a cell belongs to its nearest table.
const Node* table_of(const Node& cell) {
  for (const Node* n = cell.parent; n != nullptr && n->is_element(); n = n->parent)
    if (n->is(tag::table)) return n;
  return nullptr;
}

bool applicable_table(const Node& table, const Semantics& sem) {
  const ElementSemantics& s = sem.of(table);
  if (s.visible == Tri::no || s.hidden == Tri::yes) return false;
  return s.role == "table" || s.role == "grid" || s.role == "treegrid";
}

Targets applicability(const Page& page) {
  Targets out;
  for (const Attribute* headers : page.document().attributes_named(attr::headers)) {
    const Node* e = headers->owner;
    if (!is_cell(*e) || e->in_template || is_blank(headers->value)) continue;
    const Node* table = table_of(*e);
    if (table != nullptr && applicable_table(*table, page.semantics())) out.push_back(*headers);
  }
  return out;
}

void evaluate(const Target& headers, const Page& page, Verdicts& out) {
  const Node& cell = headers.element();
  const Node* table = table_of(cell);
  auto own_id = cell.attr(attr::id);
  for (std::string_view token : split_spaces(headers.value())) {
    std::string_view message;
    if (own_id && *own_id == token) {
      message = "failed.self";
    } else {
      auto found = page.document().by_id(token);
      if (found.empty()) message = "failed.missing";
      else {
        bool same_table = false;
        for (const Node* r : found) same_table = same_table || (is_cell(*r) && table_of(*r) == table);
        if (!same_table) message = "failed.not-in-table";
      }
    }
    if (message.empty()) continue;
    // A table that CSS may keep off the screen is out of the rule's reach.
    if (inline_css_may_hide(page, *table, CssHiding::any)) out.cant_tell(headers, "cant-tell.style");
    else out.fail(headers, message, {{"id", std::string(token)}});
    return;
  }
  out.pass(headers, "passed");
}

}  // namespace

RAMPA_RULE(.id = "headers-refer-to-same-table", .wcag = {"1.3.1"}, .act = {"a25f45"},
           .impact = Impact::serious, .tags = {"tables"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/a25f45/",
           .messages = {"passed", "failed.missing", "failed.not-in-table", "failed.self", "cant-tell.style"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
