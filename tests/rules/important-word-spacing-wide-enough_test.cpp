#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "important-word-spacing-wide-enough";
}

TEST(ImportantWordSpacingWideEnough, FailsOnANarrowEmValueAndPointsAtTheStyleAttribute) {
  auto result = run_rule(kRule, "failed-em-too-narrow.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.too-narrow");
  EXPECT_EQ(result.findings[0].args.at("value"), "0.1em");
  EXPECT_EQ(result.findings[0].args.at("ratio"), "0.10");
  EXPECT_EQ(result.findings[0].args.at("size"), "16.00");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 4}));
}

TEST(ImportantWordSpacingWideEnough, FailsOnInitialImportant) {
  auto result = run_rule(kRule, "failed-initial-important.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("value"), "initial");
}

TEST(ImportantWordSpacingWideEnough, PassesAtOrAboveTheMinimum) {
  EXPECT_EQ(run_rule(kRule, "passed-em-wide-enough.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule(kRule, "passed-px-exactly-minimum.html").outcome, Outcome::passed);
}

TEST(ImportantWordSpacingWideEnough, IsInapplicableWhenTheAttributeDoesNotLockTheValue) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-stylesheet-wins.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "inapplicable-unset-important.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "inapplicable-no-text.html").outcome, Outcome::inapplicable);
}

TEST(ImportantWordSpacingWideEnough, EdgeCases) {
  // The inherited spacing of a child is the child's own business, not a new target.
  auto nested = run_rule_on(kRule,
                            "<div style=\"font-size: 20px; word-spacing: 2px !important\">"
                            "<p style=\"font-size: 10px\">Vagas de emprego</p></div>");
  EXPECT_EQ(nested.outcome, Outcome::inapplicable);
  // A font size from the style sheet decides a px value.
  EXPECT_EQ(run_rule_on(kRule, "<style>p { font-size: 10px }</style><p style=\"word-spacing: 2px !important\">Vagas</p>")
                .outcome,
            Outcome::passed);
  // Whitespace alone is no visible text.
  EXPECT_EQ(run_rule_on(kRule, "<p style=\"word-spacing: 0 !important\">&nbsp; </p>").outcome, Outcome::inapplicable);
  // A visibility the page's own rules hide.
  EXPECT_EQ(run_rule_on(kRule, "<style>.x { visibility: hidden }</style><p class=x style=\"word-spacing: 0 !important\">Vagas</p>")
                .outcome,
            Outcome::inapplicable);
}
