#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

TEST(AriaAttributeDefined, FailsOnAMisspeltAttributeAndPointsAtIt) {
  auto result = run_rule("aria-attribute-defined", "failed-misspelt-labelledby.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.undefined");
  EXPECT_EQ(result.findings[0].args.at("attribute"), "aria-labeledby");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 44}));
}

TEST(AriaAttributeDefined, FailsOnlyTheInventedOneOfTwo) {
  auto result = run_rule("aria-attribute-defined", "failed-invented-state.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);  // aria-selected beside it is fine
  EXPECT_EQ(result.findings[0].args.at("attribute"), "aria-selecionado");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 43}));
}

TEST(AriaAttributeDefined, PassesOnHtmlAndSvgAttributes) {
  EXPECT_EQ(run_rule("aria-attribute-defined", "passed-search-form.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule("aria-attribute-defined", "passed-svg-icon.html").outcome, Outcome::passed);
  EXPECT_TRUE(run_rule("aria-attribute-defined", "passed-svg-icon.html").findings.empty());
}

TEST(AriaAttributeDefined, IsInapplicableWithoutAriaAttributes) {
  EXPECT_EQ(run_rule("aria-attribute-defined", "inapplicable-no-aria.html").outcome, Outcome::inapplicable);
}

TEST(AriaAttributeDefined, EdgeCases) {
  // The HTML parser lower-cases names; deprecated and ARIA 1.3 attributes are
  // still defined.
  EXPECT_EQ(run_rule_on("aria-attribute-defined", "<p ARIA-LABEL=x aria-grabbed=false aria-description=y>").outcome,
            Outcome::passed);
  // MathML is neither HTML nor SVG.
  EXPECT_EQ(run_rule_on("aria-attribute-defined", "<math aria-hiden=true></math>").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule_on("aria-attribute-defined", "<svg><rect aria-lable=x /></svg>").outcome, Outcome::failed);
}
