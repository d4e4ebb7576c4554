#include <gtest/gtest.h>

#include <string>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
// A page with one refresh meta; its content attribute is at line 1, column 60.
std::string page(const std::string& content) {
  return "<html lang=\"es\"><title>E</title><meta http-equiv=\"refresh\" content=\"" + content + "\"></html>";
}
}  // namespace

TEST(MetaRefreshNoDelay, FailsOnAThirtySecondReloadAndPointsAtContent) {
  auto result = run_rule("meta-refresh-no-delay", "failed-thirty-seconds.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.delay");
  EXPECT_EQ(result.findings[0].args.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("seconds"), "30");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 28}));
}

TEST(MetaRefreshNoDelay, AnInvalidRefreshIsSkippedAndTheNextValidOneCounts) {
  auto result = run_rule("meta-refresh-no-delay", "failed-invalid-then-delayed.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.delay");
  EXPECT_EQ(result.findings[0].args.at("seconds"), "5");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 28}));
}

TEST(MetaRefreshNoDelay, PassesOnAnImmediateRedirectOrAfterTwentyHours) {
  for (const char* fixture : {"passed-immediate-redirect.html", "passed-after-twenty-hours.html"}) {
    auto result = run_rule("meta-refresh-no-delay", fixture, true);
    EXPECT_EQ(result.outcome, Outcome::passed) << fixture;
    ASSERT_EQ(result.findings.size(), 1u) << fixture;
    EXPECT_EQ(result.findings[0].message, "passed") << fixture;
    EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 28})) << fixture;
  }
  EXPECT_TRUE(run_rule("meta-refresh-no-delay", "passed-after-twenty-hours.html").findings.empty());
}

TEST(MetaRefreshNoDelay, OnlyTheFirstValidRefreshIsJudged) {
  auto result = run_rule("meta-refresh-no-delay", "passed-first-valid-wins.html", true);
  EXPECT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 1u);  // the later "30" is not a target
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 28}));
}

TEST(MetaRefreshNoDelay, IsInapplicableWhenBrowsersWouldNotRefresh) {
  for (const char* fixture :
       {"inapplicable-plus-sign.html", "inapplicable-colon.html", "inapplicable-no-http-equiv.html"}) {
    auto result = run_rule("meta-refresh-no-delay", fixture, true);
    EXPECT_EQ(result.outcome, Outcome::inapplicable) << fixture;
    EXPECT_TRUE(result.findings.empty()) << fixture;
  }
  for (const char* content : {"", "foo; url=https://empleo.example", "; 30", "-1", "-00.12 foo"}) {
    EXPECT_EQ(run_rule_on("meta-refresh-no-delay", page(content)).outcome, Outcome::inapplicable) << content;
  }
  // No content attribute at all.
  EXPECT_EQ(run_rule_on("meta-refresh-no-delay",
                        "<html lang=\"es\"><title>E</title><meta http-equiv=\"refresh\"></html>")
                .outcome,
            Outcome::inapplicable);
}

TEST(MetaRefreshNoDelay, EdgeCasesInline) {
  // Exactly 20 hours is still a delay; one second more is not.
  auto twenty = run_rule_on("meta-refresh-no-delay", page("72000; url=https://empleo.example"));
  ASSERT_EQ(twenty.findings.size(), 1u);
  EXPECT_EQ(twenty.findings[0].args.at("seconds"), "72000");
  EXPECT_EQ(twenty.findings[0].at, (SourcePos{.line = 1, .column = 60}));
  EXPECT_EQ(run_rule_on("meta-refresh-no-delay", page("72001")).outcome, Outcome::passed);
  // A fraction is ignored: "0.9" is immediate, "5.5" is 5 seconds, ".5" is 0.
  EXPECT_EQ(run_rule_on("meta-refresh-no-delay", page("0.9; url=https://empleo.example")).outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on("meta-refresh-no-delay", page(".5")).outcome, Outcome::passed);
  auto fraction = run_rule_on("meta-refresh-no-delay", page("5.5"));
  ASSERT_EQ(fraction.findings.size(), 1u);
  EXPECT_EQ(fraction.findings[0].args.at("seconds"), "5");
  // Leading spaces, a comma separator and an upper-case http-equiv are fine.
  EXPECT_EQ(run_rule_on("meta-refresh-no-delay", page("  10,url=https://empleo.example")).outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on("meta-refresh-no-delay",
                        "<html lang=\"es\"><title>E</title><meta http-equiv=\" REFRESH \" content=\"10\"></html>")
                .outcome,
            Outcome::failed);
  // A refresh inside a template never runs.
  EXPECT_EQ(run_rule_on("meta-refresh-no-delay",
                        "<html lang=\"es\"><title>E</title><template><meta http-equiv=\"refresh\" "
                        "content=\"10\"></template></html>")
                .outcome,
            Outcome::inapplicable);
}
