// The registry behind RAMPA_RULE.
#include "audit/registry.hpp"

#include <algorithm>

#include "rampa/engine.hpp"

namespace rampa::rules {

namespace {
std::vector<RuleDef>& mutable_registry() {
  static std::vector<RuleDef> rules;
  return rules;
}
}  // namespace

const std::vector<RuleDef>& registered() { return mutable_registry(); }

Registrar::Registrar(RuleDef def) { mutable_registry().push_back(std::move(def)); }

}  // namespace rampa::rules

namespace rampa {

bool is_known_rule(std::string_view id) noexcept {
  const auto& all = rules::registered();
  return std::any_of(all.begin(), all.end(), [&](const rules::RuleDef& d) { return d.id == id; });
}

}  // namespace rampa
