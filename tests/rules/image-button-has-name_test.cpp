#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "image-button-has-name";
}

TEST(ImageButtonHasName, FailsWithoutAlt) {
  auto result = run_rule(kRule, "failed-no-alt.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.no-alt");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 3}));
}

TEST(ImageButtonHasName, FailsOnABlankAltAndPointsAtIt) {
  auto result = run_rule(kRule, "failed-blank-alt.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.blank-alt");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 43}));
}

TEST(ImageButtonHasName, PassesOnAltTitleAndLabelledby) {
  for (const char* f : {"passed-alt.html", "passed-title-and-labelledby.html"}) {
    auto result = run_rule(kRule, f);
    EXPECT_EQ(result.outcome, Outcome::passed) << f;
    EXPECT_TRUE(result.findings.empty()) << f;
  }
}

TEST(ImageButtonHasName, IsInapplicableToOtherButtonsAndHiddenOnes) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-other-buttons.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule, "<input type=\"image\" src=\"a.png\" style=\"display: none;\">").outcome,
            Outcome::inapplicable);
}

TEST(ImageButtonHasName, CannotTellOnAValueOnlyName) {
  auto result = run_rule(kRule, "cant-tell-value-only.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.value-only");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 3}));
}

TEST(ImageButtonHasName, EdgeCases) {
  EXPECT_EQ(run_rule_on(kRule, "<input type=\"image\" src=\"a.png\" aria-labelledby=\"nada\">").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<input type=\"Image\" src=\"a.png\" aria-label=\"Buscar\">").outcome,
            Outcome::passed);
  EXPECT_EQ(run_rule_on(kRule, "<input type=\"image\" src=\"a.png\" alt=\" \" title=\"Buscar\">").outcome,
            Outcome::passed);
}
