#include "rampa/report.hpp"

namespace rampa {

std::string_view to_string(Outcome outcome) noexcept {
  switch (outcome) {
    case Outcome::inapplicable: return "inapplicable";
    case Outcome::passed: return "passed";
    case Outcome::cant_tell: return "cantTell";
    case Outcome::failed: return "failed";
  }
  return "inapplicable";
}

std::string_view to_string(Impact impact) noexcept {
  switch (impact) {
    case Impact::minor: return "minor";
    case Impact::moderate: return "moderate";
    case Impact::serious: return "serious";
    case Impact::critical: return "critical";
  }
  return "moderate";
}

std::optional<Impact> parse_impact(std::string_view text) noexcept {
  for (Impact i : {Impact::minor, Impact::moderate, Impact::serious, Impact::critical})
    if (to_string(i) == text) return i;
  return std::nullopt;
}

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
