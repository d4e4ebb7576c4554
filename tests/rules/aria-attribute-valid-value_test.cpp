#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
rampa::testing::RuleRun run(const char* html) { return run_rule_on("aria-attribute-valid-value", html); }
}  // namespace

TEST(AriaAttributeValidValue, FailsOnAWordWhereAStateIsExpected) {
  auto result = run_rule("aria-attribute-valid-value", "failed-expanded-word.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.true-false-undefined");
  EXPECT_EQ(result.findings[0].args.at("attribute"), "aria-expanded");
  EXPECT_EQ(result.findings[0].args.at("value"), "abierto");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 9}));
}

TEST(AriaAttributeValidValue, FailsOnADecimalLevel) {
  auto result = run_rule("aria-attribute-valid-value", "failed-level-decimal.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.integer");
  EXPECT_EQ(result.findings[0].args.at("value"), "2.5");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 21}));
}

TEST(AriaAttributeValidValue, PassesOnTokensAndDanglingIdReferences) {
  EXPECT_EQ(run_rule("aria-attribute-valid-value", "passed-live-region.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule("aria-attribute-valid-value", "passed-missing-error-target.html").outcome, Outcome::passed);
}

TEST(AriaAttributeValidValue, PassesOnNumbersWithASignOrABareDecimalPoint) {
  auto result = run_rule("aria-attribute-valid-value", "passed-numbers-browsers-accept.html");
  EXPECT_EQ(result.outcome, Outcome::passed);
  EXPECT_TRUE(result.findings.empty());
}

TEST(AriaAttributeValidValue, IsInapplicableOnEmptyValues) {
  EXPECT_EQ(run_rule("aria-attribute-valid-value", "inapplicable-empty-values.html").outcome,
            Outcome::inapplicable);
  // Undefined attributes are aria-attribute-defined's to report.
  EXPECT_EQ(run("<div aria-abierto=quizas>x</div>").outcome, Outcome::inapplicable);
}

TEST(AriaAttributeValidValue, NamesTheAllowedTokens) {
  auto live = run("<div role=main aria-live=page></div>");
  ASSERT_EQ(live.findings.size(), 1u);
  EXPECT_EQ(live.findings[0].message, "failed.token");
  EXPECT_EQ(live.findings[0].args.at("allowed"), "assertive, off, polite");
  auto relevant = run("<div role=alert aria-relevant=\"text always\"></div>");
  ASSERT_EQ(relevant.findings.size(), 1u);
  EXPECT_EQ(relevant.findings[0].message, "failed.token-list");
}

TEST(AriaAttributeValidValue, ValueTypes) {
  EXPECT_EQ(run("<div role=checkbox aria-checked=\" TRUE \">x</div>").outcome, Outcome::passed);
  EXPECT_EQ(run("<div role=spinbutton aria-valuenow=1.5 aria-valuemin=-2>x</div>").outcome, Outcome::passed);
  EXPECT_EQ(run("<div role=spinbutton aria-valuemin=one>x</div>").findings.at(0).message, "failed.number");
  EXPECT_EQ(run("<div role=button aria-pressed=horizontal>x</div>").findings.at(0).message, "failed.tristate");
  EXPECT_EQ(run("<div role=dialog aria-modal=si>x</div>").findings.at(0).message, "failed.true-false");
  EXPECT_EQ(run("<div role=combobox aria-activedescendant=\"a b\">x</div>").findings.at(0).message,
            "failed.id-reference");
  EXPECT_EQ(run("<div role=list aria-owns=\"a b\">x</div>").outcome, Outcome::passed);
}
