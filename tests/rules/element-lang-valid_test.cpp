#include <gtest/gtest.h>

#include "support/rule_test.hpp"

using rampa::Outcome;
using rampa::SourcePos;
using rampa::testing::run_rule;
using rampa::testing::run_rule_on;

namespace {
Outcome on_body(const std::string& body) {
  return run_rule_on("element-lang-valid", "<html lang=\"es\"><title>x</title><body>" + body + "</body></html>")
      .outcome;
}
}  // namespace

TEST(ElementLangValid, FailsOnALanguageNameAndPointsAtTheAttribute) {
  auto result = run_rule("element-lang-valid", "failed-nombre-del-idioma.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].message, "failed.unknown");
  EXPECT_EQ(result.findings[0].args.at("value"), "portugues");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 6, .column = 4}));
}

TEST(ElementLangValid, AnAltTextIsTextInThatLanguage) {
  auto result = run_rule("element-lang-valid", "failed-texto-alternativo.html");
  ASSERT_EQ(result.outcome, Outcome::failed);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].args.at("value"), "ingles");
  EXPECT_EQ(result.findings[0].at, (SourcePos{.line = 5, .column = 6}));
}

TEST(ElementLangValid, PassesOnKnownLanguages) {
  EXPECT_EQ(run_rule("element-lang-valid", "passed-cita-en-ingles.html").outcome, Outcome::passed);
  auto result = run_rule("element-lang-valid", "passed-portugues-do-brasil.html");
  EXPECT_EQ(result.outcome, Outcome::passed);
  EXPECT_TRUE(result.findings.empty());
}

TEST(ElementLangValid, IsInapplicableWithoutTextOfItsOwn) {
  EXPECT_EQ(run_rule("element-lang-valid", "inapplicable-sin-texto.html").outcome, Outcome::inapplicable);
  // The nearer lang takes the text over.
  EXPECT_EQ(on_body("<div lang=\"xx-1\"><p lang=\"es\">Hola</p></div>"), Outcome::passed);
  EXPECT_EQ(on_body("<div lang=\"zz\">   </div>"), Outcome::inapplicable);
  // The page's own lang is html-lang-valid's.
  EXPECT_EQ(run_rule_on("element-lang-valid", "<html lang=\"espanol\"><body>Hola</body></html>").outcome,
            Outcome::inapplicable);
}

TEST(ElementLangValid, TextHiddenByStyleIsOutOfReach) {
  EXPECT_EQ(run_rule("element-lang-valid", "inapplicable-texto-oculto-por-estilo.html").outcome,
            Outcome::inapplicable);
}

TEST(ElementLangValid, EdgeCases) {
  // Only whitespace is not "empty": it names no language.
  EXPECT_EQ(on_body("<p lang=\"  \">Hola</p>"), Outcome::failed);
  // Text hidden from assistive technologies is still on screen.
  EXPECT_EQ(on_body("<p lang=\"english\"><span aria-hidden=\"true\">Hi</span></p>"), Outcome::failed);
  // Off-screen text is still read.
  EXPECT_EQ(on_body("<p lang=\"english\"><span style=\"position:absolute;left:-9999px\">Hi</span></p>"),
            Outcome::failed);
  EXPECT_EQ(on_body("<p lang=\"english\" hidden>Hi</p>"), Outcome::inapplicable);
  EXPECT_EQ(on_body("<p lang=\"i-lux\">Moien</p>"), Outcome::failed);
  EXPECT_EQ(on_body("<p lang=\"EN-gb\">Hi</p>"), Outcome::passed);
}
