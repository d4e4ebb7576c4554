// Every aria-* attribute is one WAI-ARIA defines. A misspelt attribute
// (aria-labeledby, aria-not-checked) is silently ignored by browsers, so the
// name, state or relation the author meant never reaches a screen reader
// user. Implements ACT 5f99a7 (best practice; WCAG 1.3.1 and 4.1.2 are only
// secondary to it).
#include "rule.hpp"
#include "semantics/aria/aria_data.hpp"

namespace rampa::rules {
namespace {

// ACT scopes the rule to HTML and SVG: MathML and other XML vocabularies
// define no ARIA processing.
Targets applicability(const Page& page) {
  Targets out;
  for (const Attribute* a : page.document().aria_attributes()) {
    Namespace ns = a->owner->ns;
    if (ns == Namespace::html || ns == Namespace::svg) out.emplace_back(*a);
  }
  return out;
}

void evaluate(const Target& target, const Page&, Verdicts& out) {
  // The HTML parser already lower-cased the name; XHTML keeps the author's
  // case, and a wrong case there is left alone rather than guessed about.
  std::string name = ascii_lower(target.attribute->spelling);
  if (aria::attribute_info(name) != nullptr) {
    out.pass(target, "passed");
  } else {
    out.fail(target, "failed.undefined", {{"attribute", std::string(target.attribute->spelling)}});
  }
}

}  // namespace

RAMPA_RULE(.id = "aria-attribute-defined", .wcag = {}, .act = {"5f99a7"},
           .impact = Impact::serious, .tags = {"aria", "best-practice"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/5f99a7/",
           .messages = {"passed", "failed.undefined"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
