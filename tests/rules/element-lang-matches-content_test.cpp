#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;

namespace {
const char kRule[] = "element-lang-matches-content";
}

TEST(ElementLangMatchesContent, FailsAPortuguesePassageMarkedEnglish) {
  auto result = run_rule(kRule, "failed-portugues-marcado-ingles.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.other-language");
  EXPECT_EQ(result.findings[0].args.at("value"), "en");
  EXPECT_EQ(result.findings[0].args.at("detected"), "pt");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 17, .column = 14}));
}

TEST(ElementLangMatchesContent, FailsAnEnglishPassageMarkedSpanish) {
  auto result = run_rule(kRule, "failed-english-marked-spanish.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("detected"), "en");
}

TEST(ElementLangMatchesContent, PassesAQuotationInItsLanguage) {
  auto result = run_rule(kRule, "passed-cita-en-ingles.html", true);
  ASSERT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 1u);
}

TEST(ElementLangMatchesContent, AnInnerLangSpeaksForItsOwnText) {
  auto result = run_rule(kRule, "passed-anidado.html", true);
  ASSERT_EQ(result.outcome, Outcome::passed);
  ASSERT_EQ(result.findings.size(), 2u);  // the section and the passage inside it
  EXPECT_EQ(result.findings[0].args.at("value"), "en");
  EXPECT_EQ(result.findings[1].args.at("value"), "es");
}

TEST(ElementLangMatchesContent, CannotTellOnAFewWordsOrCloseLanguages) {
  auto shortish = run_rule(kRule, "cant-tell-pasaje-corto.html");
  ASSERT_EQ(shortish.outcome, Outcome::cant_tell);
  ASSERT_EQ(shortish.findings.size(), 1u);
  EXPECT_EQ(shortish.findings[0].message, "cant-tell.short");
  auto close = run_rule(kRule, "cant-tell-espanol-marcado-portugues.html");
  ASSERT_EQ(close.outcome, Outcome::cant_tell);
  EXPECT_EQ(close.findings[0].message, "cant-tell.close");
  EXPECT_EQ(close.findings[0].args.at("detected"), "es");
}

TEST(ElementLangMatchesContent, IsInapplicableOnHiddenEmptyOrAbsentLang) {
  for (const char* fixture :
       {"inapplicable-texto-oculto.html", "inapplicable-lang-vacio.html", "inapplicable-sin-lang-en-el-body.html"})
    EXPECT_EQ(run_rule(kRule, fixture).outcome, Outcome::inapplicable) << fixture;
}
