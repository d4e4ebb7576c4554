#pragma once
// Runs one rule on one fixture, for per-rule tests:
//   auto r = run_rule("html-lang-valid", "failed-english-word.html");
// Findings are the failed and cantTell ones (passed too with include_passed),
// with message ids and arguments, never prose.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "rampa/engine.hpp"

namespace rampa::testing {

struct TestFinding {
  Outcome outcome;
  std::string message;  // message id, e.g. "failed.unknown"
  std::map<std::string, std::string> args;
  SourcePos at;
  std::string selector;
  std::string snippet;
};

struct RuleRun {
  Outcome outcome = Outcome::inapplicable;
  std::vector<TestFinding> findings;
  std::string error;  // the page error or the rule's internal error, if any
};

std::filesystem::path source_dir();
std::filesystem::path fixture_path(const std::string& rule, const std::string& fixture);
RuleRun run_rule(const std::string& rule, const std::string& fixture, bool include_passed = false);
// The same on markup given inline (named "inline.html").
RuleRun run_rule_on(const std::string& rule, std::string_view html, bool include_passed = false);

}  // namespace rampa::testing
