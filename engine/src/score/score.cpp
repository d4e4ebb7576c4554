#include "rampa/score.hpp"

namespace rampa {

void RunScore::add(const PageReport& page) {
  RunSummary& s = summary_;
  ++s.pages;
  if (page.error) ++s.errors;
  for (const RuleResult& r : page.rules)
    if (r.internal_error) ++s.rule_errors;
  for (const Finding& f : page.findings) {
    if (f.outcome == Outcome::cant_tell) ++s.cant_tell;
    if (f.outcome != Outcome::failed) continue;
    ++s.failed;
    if (!s.worst_failure || f.rule->impact > *s.worst_failure) s.worst_failure = f.rule->impact;
  }
}

}  // namespace rampa
