#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
constexpr const char* kRule = "important-letter-spacing-wide-enough";
}

TEST(ImportantLetterSpacingWideEnough, FailsOnANarrowEmValueAndPointsAtTheStyleAttribute) {
  auto result = run_rule(kRule, "failed-em-too-narrow.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.too-narrow");
  EXPECT_EQ(result.findings[0].args.at("value"), "0.05em");
  EXPECT_EQ(result.findings[0].args.at("ratio"), "0.05");
  EXPECT_EQ(result.findings[0].args.at("size"), "16.00");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 4}));
}

TEST(ImportantLetterSpacingWideEnough, FailsOnNormalImportant) {
  auto result = run_rule(kRule, "failed-normal-important.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("value"), "normal");
  EXPECT_EQ(result.findings[0].args.at("ratio"), "0.00");
}

TEST(ImportantLetterSpacingWideEnough, PassesAtOrAboveTheMinimum) {
  EXPECT_EQ(run_rule(kRule, "passed-em-wide-enough.html").outcome, Outcome::passed);
  auto exact = run_rule(kRule, "passed-px-exactly-minimum.html", true);
  ASSERT_EQ(exact.outcome, Outcome::passed);
  ASSERT_EQ(exact.findings.size(), 1u);
  EXPECT_EQ(exact.findings[0].message, "passed");
}

TEST(ImportantLetterSpacingWideEnough, IsInapplicableWhenReadersCanOverrideOrCannotSee) {
  EXPECT_EQ(run_rule(kRule, "inapplicable-not-important.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "inapplicable-inherit-important.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule(kRule, "inapplicable-hidden.html").outcome, Outcome::inapplicable);
}

TEST(ImportantLetterSpacingWideEnough, CannotTellThroughVar) {
  auto result = run_rule(kRule, "cant-tell-custom-property.html");
  ASSERT_EQ(result.outcome, Outcome::cant_tell);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "cant-tell.value");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 7, .column = 4}));
}

TEST(ImportantLetterSpacingWideEnough, EdgeCases) {
  // The later of two important declarations wins; the important one beats a later normal one.
  EXPECT_EQ(run_rule_on(kRule, "<p style=\"letter-spacing: 0.05em !important; letter-spacing: 0.2em !important\">Vagas</p>")
                .outcome,
            Outcome::passed);
  EXPECT_EQ(run_rule_on(kRule, "<p style=\"letter-spacing: 0.05em !important; letter-spacing: 0.2em\">Vagas</p>").outcome,
            Outcome::failed);
  // Only elements with text of their own: the div's spacing is the p's problem.
  EXPECT_EQ(run_rule_on(kRule, "<div style=\"letter-spacing: 0.05em !important\"> <p>Vagas</p> </div>").outcome,
            Outcome::inapplicable);
  // Text that cannot be seen: transparent or off-screen.
  EXPECT_EQ(run_rule_on(kRule, "<p style=\"color: transparent; letter-spacing: 0 !important\">Vagas</p>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on(kRule,
                        "<p style=\"position: absolute; left: -9999px; letter-spacing: 0 !important\">Vagas</p>")
                .outcome,
            Outcome::inapplicable);
  // initial is 0, and unset inherits (not important).
  EXPECT_EQ(run_rule_on(kRule, "<p style=\"letter-spacing: initial !important\">Vagas</p>").outcome, Outcome::failed);
  EXPECT_EQ(run_rule_on(kRule, "<p style=\"letter-spacing: unset !important\">Vagas</p>").outcome,
            Outcome::inapplicable);
  // An unreadable style sheet could change the font size: no failure.
  EXPECT_EQ(run_rule_on(kRule,
                        "<link rel=\"stylesheet\" href=\"https://example.org/a.css\">"
                        "<p style=\"letter-spacing: 1px !important\">Vagas</p>")
                .outcome,
            Outcome::cant_tell);
  // SVG text is not HTML.
  EXPECT_EQ(run_rule_on(kRule, "<svg><text style=\"letter-spacing: 0 !important\">Vagas</text></svg>").outcome,
            Outcome::inapplicable);
}
