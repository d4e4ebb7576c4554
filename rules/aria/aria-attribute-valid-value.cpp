// Every WAI-ARIA state or property has a value of its type: aria-expanded
// is true, false or undefined, aria-level an integer, aria-live one of its
// tokens. Browsers drop an invalid value or fall back to a default, so a
// screen reader user hears a state the author did not mean ("collapsed" read
// as nothing at all). Implements ACT 6a7281 (best practice; WCAG 1.3.1 and
// 4.1.2 are only secondary to it).
#include "rule.hpp"
#include "semantics/aria/aria_data.hpp"

namespace rampa::rules {
namespace {

// Undefined aria-* names are aria-attribute-defined's finding, and an empty
// value stands for the default (ACT applies only to non-empty values).
Targets applicability(const Page& page) {
  Targets out;
  for (const Attribute* a : page.document().aria_attributes()) {
    if (a->owner->ns != Namespace::html && a->owner->ns != Namespace::svg) continue;
    if (a->value.empty()) continue;
    if (aria::attribute_info(ascii_lower(a->spelling)) != nullptr) out.emplace_back(*a);
  }
  return out;
}

std::string_view failure_for(aria::ValueType type) {
  switch (type) {
    case aria::ValueType::true_false: return "failed.true-false";
    case aria::ValueType::tristate: return "failed.tristate";
    case aria::ValueType::true_false_undefined: return "failed.true-false-undefined";
    case aria::ValueType::id_reference: return "failed.id-reference";
    case aria::ValueType::integer: return "failed.integer";
    case aria::ValueType::number: return "failed.number";
    case aria::ValueType::token: return "failed.token";
    case aria::ValueType::token_list: return "failed.token-list";
    // Strings and ID reference lists accept any value; valid_value never
    // rejects them.
    case aria::ValueType::id_reference_list:
    case aria::ValueType::string: break;
  }
  return "failed.token";
}

std::string joined(const aria::WordList& words) {
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += ", ";
    out += w;
  }
  return out;
}

void evaluate(const Target& target, const Page&, Verdicts& out) {
  const aria::AttributeInfo* info = aria::attribute_info(ascii_lower(target.attribute->spelling));
  // ID references need not point anywhere (ACT's exception): an error
  // message inserted only when there is an error is a common, valid pattern.
  if (info == nullptr || aria::valid_value(*info, target.value())) {
    out.pass(target, "passed");
    return;
  }
  MessageArgs args = {{"attribute", std::string(target.attribute->spelling)},
                      {"value", std::string(trim(target.value()))}};
  if (info->type == aria::ValueType::token || info->type == aria::ValueType::token_list)
    args.emplace_back("allowed", joined(info->tokens));
  out.fail(target, failure_for(info->type), std::move(args));
}

}  // namespace

RAMPA_RULE(.id = "aria-attribute-valid-value", .wcag = {}, .act = {"6a7281"},
           .impact = Impact::serious, .tags = {"aria", "best-practice"},
           .help = "https://www.w3.org/WAI/standards-guidelines/act/rules/6a7281/",
           .messages = {"passed", "failed.true-false", "failed.tristate",
                        "failed.true-false-undefined", "failed.id-reference", "failed.integer",
                        "failed.number", "failed.token", "failed.token-list"},
           .applicability = applicability, .evaluate = evaluate);

}  // namespace rampa::rules
