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

TEST(MetaRefreshNoDelayAaa, FailsEvenAfterTwentyHours) {
  auto result = run_rule("meta-refresh-no-delay-aaa", "failed-after-twenty-hours.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.delay");
  EXPECT_EQ(result.findings[0].args.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("seconds"), "72001");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 28}));
  // The A-level rule lets the same delay through.
  EXPECT_EQ(run_rule_on("meta-refresh-no-delay", page("72001; url=https://empleo.example/cursos")).outcome,
            Outcome::passed);
}

TEST(MetaRefreshNoDelayAaa, FailsOnAThirtySecondReload) {
  auto result = run_rule("meta-refresh-no-delay-aaa", "failed-thirty-seconds.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.delay");
  EXPECT_EQ(result.findings[0].args.at("seconds"), "30");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 28}));
}

TEST(MetaRefreshNoDelayAaa, PassesOnAnImmediateRedirect) {
  auto result = run_rule("meta-refresh-no-delay-aaa", "passed-immediate-redirect.html", true);
  EXPECT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "passed");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 28}));
  EXPECT_TRUE(run_rule("meta-refresh-no-delay-aaa", "passed-immediate-redirect.html").findings.empty());
}

TEST(MetaRefreshNoDelayAaa, OnlyTheFirstValidRefreshIsJudged) {
  auto result = run_rule("meta-refresh-no-delay-aaa", "passed-first-valid-wins.html", true);
  EXPECT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 4, .column = 28}));
  // An invalid first refresh is skipped: the 72001 s one after it counts.
  auto skipped = run_rule_on("meta-refresh-no-delay-aaa",
                             "<html lang=\"es\"><title>E</title>\n"
                             "<meta http-equiv=\"refresh\" content=\"0: https://empleo.example\">\n"
                             "<meta http-equiv=\"refresh\" content=\"72001; https://empleo.example\"></html>");
  ASSERT_EQ(skipped.findings.size(), 1u);
  EXPECT_EQ(skipped.findings[0].args.at("seconds"), "72001");
  EXPECT_EQ(skipped.findings[0].at, (SourcePos{.line = 3, .column = 28}));
}

TEST(MetaRefreshNoDelayAaa, IsInapplicableWhenBrowsersWouldNotRefresh) {
  for (const char* fixture :
       {"inapplicable-negative-fraction.html", "inapplicable-in-template.html", "inapplicable-semicolon-first.html"}) {
    auto result = run_rule("meta-refresh-no-delay-aaa", fixture, true);
    EXPECT_EQ(result.outcome, Outcome::inapplicable) << fixture;
    EXPECT_TRUE(result.findings.empty()) << fixture;
  }
  for (const char* content : {"", "+72001; https://empleo.example", "0: https://empleo.example", "foo"}) {
    EXPECT_EQ(run_rule_on("meta-refresh-no-delay-aaa", page(content)).outcome, Outcome::inapplicable) << content;
  }
}

TEST(MetaRefreshNoDelayAaa, EdgeCasesInline) {
  auto one = run_rule_on("meta-refresh-no-delay-aaa", page("1; url=https://empleo.example"));
  ASSERT_EQ(one.findings.size(), 1u);
  EXPECT_EQ(one.findings[0].args.at("seconds"), "1");
  EXPECT_EQ(one.findings[0].at, (SourcePos{.line = 1, .column = 60}));
  EXPECT_EQ(run_rule_on("meta-refresh-no-delay-aaa", page("0.5; url=https://empleo.example")).outcome, Outcome::passed);
  EXPECT_EQ(run_rule_on("meta-refresh-no-delay-aaa", page("00")).outcome, Outcome::passed);
}

TEST(MetaRefreshNoDelayAaa, AHugeDelayIsReportedAsWritten) {
  auto huge = run_rule_on("meta-refresh-no-delay-aaa", page("99999999999999999999; url=https://empleo.example"));
  EXPECT_EQ(huge.outcome, Outcome::failed);
  ASSERT_EQ(huge.findings.size(), 1u);
  EXPECT_EQ(huge.findings[0].args.at("seconds"), "99999999999999999999");
}
