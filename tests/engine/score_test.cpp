// RunScore: the run's totals, and the writers printing those totals rather
// than counting the pages they were given.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

#include "rampa/catalog.hpp"
#include "rampa/score.hpp"
#include "rampa/writers.hpp"

namespace rampa {
namespace {

const RuleInfo kMinor{.id = "minor-rule", .impact = Impact::minor};
const RuleInfo kSerious{.id = "serious-rule", .impact = Impact::serious};

Finding finding(const RuleInfo& rule, Outcome outcome) {
  Finding f;
  f.rule = &rule;
  f.outcome = outcome;
  return f;
}

// Two failures (one serious), a cantTell, a pass and a rule that threw.
PageReport page_with_findings() {
  PageReport p;
  p.path = "vacantes.html";
  p.rules.push_back({.rule = &kMinor, .outcome = Outcome::failed});
  p.rules.push_back({.rule = &kSerious, .outcome = Outcome::failed,
                     .internal_error = "selector engine gave up"});
  p.findings = {finding(kMinor, Outcome::failed), finding(kSerious, Outcome::failed),
                finding(kMinor, Outcome::cant_tell), finding(kMinor, Outcome::passed)};
  return p;
}

PageReport unreadable_page() {
  PageReport p;
  p.path = "missing.html";
  p.error = Error{ErrorCode::not_found, "missing.html", "no such file"};
  return p;
}

TEST(RunScore, StartsEmpty) {
  RunSummary s = RunScore{}.summary();
  EXPECT_EQ(s.pages, 0u);
  EXPECT_EQ(s.errors, 0u);
  EXPECT_EQ(s.failed, 0u);
  EXPECT_EQ(s.cant_tell, 0u);
  EXPECT_EQ(s.rule_errors, 0u);
  EXPECT_FALSE(s.worst_failure);
}

TEST(RunScore, CountsPagesErrorsOutcomesAndRuleErrors) {
  RunScore score;
  score.add(page_with_findings());
  score.add(unreadable_page());
  score.add(page_with_findings());
  RunSummary s = score.summary();
  EXPECT_EQ(s.pages, 3u);
  EXPECT_EQ(s.errors, 1u);
  EXPECT_EQ(s.failed, 4u);
  EXPECT_EQ(s.cant_tell, 2u);  // passed findings count nowhere
  EXPECT_EQ(s.rule_errors, 2u);
  EXPECT_EQ(s.worst_failure, Impact::serious);
}

TEST(RunScore, WorstFailureIgnoresWhatDidNotFail) {
  // A serious rule that only cannot tell or passes is no serious failure.
  PageReport p;
  p.findings = {finding(kSerious, Outcome::cant_tell), finding(kSerious, Outcome::passed),
                finding(kMinor, Outcome::failed)};
  RunScore score;
  score.add(p);
  EXPECT_EQ(score.summary().worst_failure, Impact::minor);
}

TEST(RunScore, TheJsonSummaryIsTheScoreGivenNotThePagesWritten) {
  // The writer sees one clean page; the score was given three others.
  RunScore score;
  score.add(page_with_findings());
  score.add(unreadable_page());
  score.add(page_with_findings());
  std::ostringstream out;
  auto writer = json_report_writer(out, Catalog::get("en"));
  PageReport clean;
  clean.path = "clean.html";
  writer->page(clean);
  writer->finish(score);
  auto report = nlohmann::json::parse(out.str());
  ASSERT_EQ(report["pages"].size(), 1u);
  EXPECT_EQ(report["summary"],
            nlohmann::json({{"pages", 3}, {"errors", 1}, {"failed", 4}, {"cantTell", 2}, {"ruleErrors", 2}}));
}

TEST(RunScore, TheTextSummaryIsTheScoreGiven) {
  RunScore score;
  score.add(page_with_findings());
  score.add(unreadable_page());
  std::ostringstream out;
  auto writer = text_report_writer(out, Catalog::get("en"), {});
  writer->finish(score);
  std::string expected = Catalog::get("en").format(
      "_report", "summary", {{"pages", "2"}, {"failed", "2"}, {"cantTell", "1"}, {"errors", "1"}});
  EXPECT_EQ(out.str(), "\n" + expected + "\n");
}

}  // namespace
}  // namespace rampa
