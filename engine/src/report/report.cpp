#include "rampa/report.hpp"

namespace rampa {

RunSummary summarize(const std::vector<PageReport>& pages) {
  RunSummary s;
  for (const auto& p : pages) add_to_summary(s, p);
  return s;
}

void add_to_summary(RunSummary& s, const PageReport& p) {
  ++s.pages;
  if (p.error) ++s.errors;
  for (const auto& r : p.rules)
    if (r.internal_error) ++s.rule_errors;
  for (const auto& f : p.findings) {
    if (f.outcome == Outcome::failed) ++s.failed;
    if (f.outcome == Outcome::cant_tell) ++s.cant_tell;
  }
}

}  // namespace rampa
