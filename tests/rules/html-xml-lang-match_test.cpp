#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

TEST(HtmlXmlLangMatch, FailsOnDifferentLanguagesAndPointsAtXmlLang) {
  auto result = run_rule("html-xml-lang-match", "failed-spanish-and-portuguese.xhtml");
  EXPECT_EQ(result.error, "");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.mismatch");
  EXPECT_EQ(result.findings[0].args.size(), 2u);
  EXPECT_EQ(result.findings[0].args.at("lang"), "es");
  EXPECT_EQ(result.findings[0].args.at("xml-lang"), "pt-BR");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 2, .column = 54}));
}

TEST(HtmlXmlLangMatch, FailsInHtmlSyntaxToo) {
  auto result = run_rule("html-xml-lang-match", "failed-html-syntax.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.mismatch");
  EXPECT_EQ(result.findings[0].args.at("lang"), "pt-BR");
  EXPECT_EQ(result.findings[0].args.at("xml-lang"), "en");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 2, .column = 20}));
}

TEST(HtmlXmlLangMatch, PassesOnTheSamePrimarySubtag) {
  auto same = run_rule("html-xml-lang-match", "passed-same-language.xhtml");
  EXPECT_EQ(same.outcome, Outcome::passed);
  EXPECT_TRUE(same.findings.empty());

  auto region = run_rule("html-xml-lang-match", "passed-same-primary-subtag.xhtml", true);
  EXPECT_EQ(region.outcome, Outcome::passed);
  ASSERT_EQ(region.findings.size(), 1u);
  EXPECT_EQ(region.findings[0].message, "passed");
  EXPECT_EQ(region.findings[0].at, (SourcePos{.line = 2, .column = 57}));
}

TEST(HtmlXmlLangMatch, IsInapplicableWithoutXmlLangOrWithAnInvalidOne) {
  auto none = run_rule("html-xml-lang-match", "inapplicable-no-xml-lang.xhtml");
  EXPECT_EQ(none.outcome, Outcome::inapplicable);
  EXPECT_TRUE(none.findings.empty());
  auto invalid = run_rule("html-xml-lang-match", "inapplicable-invalid-xml-lang.xhtml");
  EXPECT_EQ(invalid.outcome, Outcome::inapplicable);
  EXPECT_TRUE(invalid.findings.empty());
}

TEST(HtmlXmlLangMatch, EdgeCasesInline) {
  // Case and surrounding spaces do not matter.
  EXPECT_EQ(run_rule_on("html-xml-lang-match", "<html lang=\"ES\" xml:lang=\" es-MX \"><title>Empleo</title></html>")
                .outcome,
            Outcome::passed);
  // Arguments are trimmed.
  auto mismatch =
      run_rule_on("html-xml-lang-match", "<html lang=\" es \" xml:lang=\"pt\"><title>Empleo</title></html>");
  ASSERT_EQ(mismatch.findings.size(), 1u);
  EXPECT_EQ(mismatch.findings[0].args.at("lang"), "es");
  EXPECT_EQ(mismatch.findings[0].args.at("xml-lang"), "pt");
  // An invalid lang, a missing lang or only xml:lang: other rules' findings.
  EXPECT_EQ(
      run_rule_on("html-xml-lang-match", "<html lang=\"espanol\" xml:lang=\"pt\"><title>E</title></html>").outcome,
      Outcome::inapplicable);
  EXPECT_EQ(run_rule_on("html-xml-lang-match", "<html xml:lang=\"pt\"><title>E</title></html>").outcome,
            Outcome::inapplicable);
  EXPECT_EQ(run_rule_on("html-xml-lang-match", "<html lang=\"\" xml:lang=\"pt\"><title>E</title></html>").outcome,
            Outcome::inapplicable);
}
