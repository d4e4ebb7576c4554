#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

TEST(HtmlLangValid, FailsOnAWordAndPointsAtTheAttribute) {
  auto result = run_rule("html-lang-valid", "failed-english-word.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);  // one defect, one finding
  EXPECT_EQ(result.findings[0].message, "failed.unknown");
  EXPECT_EQ(result.findings[0].args.at("value"), "english");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 2, .column = 7}));
  EXPECT_EQ(result.findings[0].selector, "html");
}

TEST(HtmlLangValid, FailsOnAThreeLetterCodeWhenATwoLetterOneExists) {
  auto result = run_rule("html-lang-valid", "failed-three-letter-code.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("value"), "spa");
}

TEST(HtmlLangValid, PassesOnRegionalTags) {
  EXPECT_EQ(run_rule("html-lang-valid", "passed-es-419.html").outcome, Outcome::passed);
  EXPECT_EQ(run_rule("html-lang-valid", "passed-pt-br.html").outcome, Outcome::passed);
  EXPECT_TRUE(run_rule("html-lang-valid", "passed-pt-br.html").findings.empty());
}

TEST(HtmlLangValid, IsInapplicableWithoutLangAndOnSvg) {
  EXPECT_EQ(run_rule("html-lang-valid", "inapplicable-no-lang.html").outcome, Outcome::inapplicable);
  EXPECT_EQ(run_rule("html-lang-valid", "inapplicable-svg-root.svg").outcome, Outcome::inapplicable);
}

TEST(HtmlLangValid, GrandfatheredAndPrivateTagsAreNotLanguages) {
  EXPECT_EQ(run_rule_on("html-lang-valid", "<html lang=\"i-lux\"><title>x</title></html>").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on("html-lang-valid", "<html lang=\"#1\"><title>x</title></html>").outcome,
            Outcome::failed);
  EXPECT_EQ(run_rule_on("html-lang-valid", "<html lang=\" ES \"><title>x</title></html>").outcome,
            Outcome::passed);
}
