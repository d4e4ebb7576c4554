#include "rampa/vocabulary.hpp"

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

}  // namespace rampa
