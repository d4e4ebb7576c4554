#pragma once
// The rules linked into the program. Each rule file registers itself with
// RAMPA_RULE, so adding a rule edits no list; the engine reads the registry.
#include <string_view>
#include <vector>

#include "audit/page.hpp"
#include "audit/verdicts.hpp"
#include "rampa/vocabulary.hpp"

namespace rampa::rules {

using Applicability = Targets (*)(const Page&);
using Evaluate = void (*)(const Target&, const Page&, Verdicts&);

struct RuleDef {
  std::string_view id;
  std::vector<std::string_view> wcag;
  std::vector<std::string_view> act;
  Impact impact = Impact::moderate;
  std::vector<std::string_view> tags;
  std::string_view help;
  std::vector<std::string_view> messages;
  Applicability applicability = nullptr;
  Evaluate evaluate = nullptr;
};

// Every rule linked into the program, in registration order.
const std::vector<RuleDef>& registered();

struct Registrar {
  explicit Registrar(RuleDef def);
};

}  // namespace rampa::rules

#define RAMPA_RULE_CAT2(a, b) a##b
#define RAMPA_RULE_CAT(a, b) RAMPA_RULE_CAT2(a, b)
// Registers the rule defined in this file; arguments are RuleDef's fields as
// designated initializers, in declaration order.
#define RAMPA_RULE(...)                                                   \
  static const ::rampa::rules::Registrar RAMPA_RULE_CAT(rampa_rule_, __LINE__) { \
    ::rampa::rules::RuleDef { __VA_ARGS__ }                              \
  }
